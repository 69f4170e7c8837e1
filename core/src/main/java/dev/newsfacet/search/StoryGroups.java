package dev.newsfacet.search;

import dev.newsfacet.index.StoryTerms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Groups the articles a query matched into stories, as every backend does: articles sharing
 * {@value StoryTerms#MIN_SHARED_KEYS} candidate keys ({@link StoryTerms#keys}) are compared, and those that
 * are one story ({@link StoryTerms#sameStory}) join; joining is transitive (a follow-up close to two
 * reports joins both).
 */
public final class StoryGroups {
  /** A word more of the matched articles than this have among their heaviest makes no candidates (the query's own word). */
  static final int MAX_PER_KEY = 64;
  /** The most matched articles grouped; the rest of the matches are counted, not grouped. */
  public static final int MAX_ARTICLES_GROUPED = 1000;

  /** What deciding a candidate pair needs of an article, read only for articles with candidates. */
  public record Details(StoryTerms terms, Long publishedDay) {}

  /** Reads the details of articles by their index in the matched list, in one go. */
  @FunctionalInterface
  public interface DetailsLoader {
    Map<Integer, Details> load(Collection<Integer> articles) throws IOException;
  }

  private StoryGroups() {}

  /** Whether a query asks for one hit per story. */
  public static boolean groups(dev.newsfacet.NewsQuery q) {
    return q.filters().getOrDefault(dev.newsfacet.NewsQuery.GROUP, List.of()).contains(dev.newsfacet.NewsQuery.GROUP_STORIES);
  }

  /**
   * The stories of the matched articles, each a list of indexes in match order, ordered by their first
   * article.
   *
   * @param keys each matched article's candidate keys
   */
  public static List<List<Integer>> group(List<long[]> keys, DetailsLoader loader) throws IOException {
    int n = keys.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    long[] pairs = StatementGroups.candidatePairs(keys, MAX_PER_KEY, (shared, a, b) -> shared >= StoryTerms.MIN_SHARED_KEYS);
    if (pairs.length > 0) {
      TreeSet<Integer> wanted = new TreeSet<>();
      for (long p : pairs) {
        wanted.add((int) (p >>> 32));
        wanted.add((int) p);
      }
      Map<Integer, Details> details = loader.load(wanted);
      for (long p : pairs) {
        int ra = StatementGroups.root(parent, (int) (p >>> 32));
        int rb = StatementGroups.root(parent, (int) p);
        if (ra == rb) {
          continue;
        }
        Details da = details.get((int) (p >>> 32));
        Details db = details.get((int) p);
        if (da != null && db != null && StoryTerms.sameStory(da.terms(), da.publishedDay(), db.terms(), db.publishedDay())) {
          parent[Math.max(ra, rb)] = Math.min(ra, rb); // the root stays the earliest match
        }
      }
    }
    return StatementGroups.byRoot(n, i -> StatementGroups.root(parent, i));
  }

  /**
   * Which of a story hit's other articles it lists, as indexes into {@code days}: earliest published first
   * (undated last, ties in match order), at most {@value dev.newsfacet.ArticleHit#STORY_LISTED}.
   */
  public static List<Integer> earliest(Long[] days) {
    return IntStream.range(0, days.length).boxed()
        .sorted(Comparator.comparing(i -> days[i], Comparator.nullsLast(Comparator.naturalOrder())))
        .limit(dev.newsfacet.ArticleHit.STORY_LISTED).toList();
  }

  /**
   * The articles of the story of one article: itself and the candidates (articles sharing a key with it,
   * read by the backend) that are one story with it.
   */
  public static List<String> storyOf(String articleId, Details article, Map<String, Details> candidates) {
    List<String> out = new ArrayList<>(List.of(articleId));
    candidates.forEach((id, d) -> {
      if (!id.equals(articleId)
          && StoryTerms.sameStory(article.terms(), article.publishedDay(), d.terms(), d.publishedDay())) {
        out.add(id);
      }
    });
    return out;
  }

  /** How many keys two ascending key arrays share. */
  public static int sharedKeys(long[] a, long[] b) {
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }
}
