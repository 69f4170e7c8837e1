package dev.newsfacet;

import java.time.LocalDate;
import java.util.List;

/**
 * An article that matched, with highlighted passages. Grouped by story ({@code group:stories},
 * {@link NewsQuery#withStories()}), a hit stands for its story: {@code story} lists the story's other
 * matching articles and {@code storyArticleCount} counts them all; {@code story:ID} with this hit's id
 * finds the whole story, also beyond the query's matches.
 *
 * @param story the story's other articles among the matches, earliest published first (undated last), at
 *     most {@value #STORY_LISTED}; empty when not grouped or alone
 * @param storyArticleCount the story's articles among the matches, this one included (1 when not grouped)
 */
public record ArticleHit(String id, String title, String source, String url, LocalDate published, float score,
                         List<Passage> passages, List<StoryArticle> story, int storyArticleCount) implements Hit {
  /** The most other articles a story hit lists. */
  public static final int STORY_LISTED = 10;

  public ArticleHit {
    passages = List.copyOf(passages);
    story = List.copyOf(story);
  }

  /** An article hit of its own (not grouped by story). */
  public ArticleHit(String id, String title, String source, String url, LocalDate published, float score,
                    List<Passage> passages) {
    this(id, title, source, url, published, score, passages, List.of(), 1);
  }

  /** Another article of a hit's story. */
  public record StoryArticle(String id, String title, String source, String url, LocalDate published) {}
}
