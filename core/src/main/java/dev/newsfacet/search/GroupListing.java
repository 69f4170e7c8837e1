package dev.newsfacet.search;

import dev.newsfacet.StatementHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which members of a statement group its hit lists, and what it counts, the same in every backend: one
 * member per article (its first match), earliest published first (undated last, ties in match order), at
 * most {@value StatementHit#OCCURRENCES_LISTED}; the articles, the outlets, and the earliest day.
 *
 * @param listed indexes into the group's members, in listing order
 * @param firstDay the earliest published day among all the group's articles, or null when none is dated or
 *     only one article reports it (no "first" to tell)
 */
public record GroupListing(List<Integer> listed, int articles, int outlets, Long firstDay) {
  /** What the listing needs of one member: its article, the day that was published, its outlet's hash. */
  public record Member(String articleId, Long publishedDay, Long sourceHash) {}

  public GroupListing {
    listed = List.copyOf(listed);
  }

  /** The listing of a group's members, given in match order. */
  public static GroupListing of(List<Member> members) {
    Set<String> articles = new HashSet<>();
    Set<Long> outlets = new HashSet<>();
    List<Integer> perArticle = new ArrayList<>();
    Long firstDay = null;
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      if (!articles.add(m.articleId())) {
        continue;
      }
      perArticle.add(i);
      if (m.sourceHash() != null) {
        outlets.add(m.sourceHash());
      }
      if (m.publishedDay() != null && (firstDay == null || m.publishedDay() < firstDay)) {
        firstDay = m.publishedDay();
      }
    }
    Comparator<Integer> byDay = Comparator.comparing(i -> members.get(i).publishedDay(),
        Comparator.nullsLast(Comparator.naturalOrder()));
    List<Integer> listed = perArticle.stream().sorted(byDay) // stable: ties keep match order
        .limit(StatementHit.OCCURRENCES_LISTED).toList();
    return new GroupListing(listed, articles.size(), outlets.size(), articles.size() > 1 ? firstDay : null);
  }

  /**
   * The wording that stands for a group, chosen as the listed occurrences are offered: one the query's
   * words matched before one added as a version of it, then the longest. Not thread-safe: one per hit.
   */
  public static final class Representative {
    private String text;
    private int start;
    private boolean matched;

    /** Offers one occurrence's wording and where it starts in its article. */
    public void offer(String wording, int wordingStart, boolean wasMatched) {
      boolean better = text == null || (wasMatched != matched ? wasMatched : wording.length() > text.length());
      if (better) {
        text = wording;
        start = wordingStart;
        matched = wasMatched;
      }
    }

    /** The chosen wording ("" when nothing was offered). */
    public String text() {
      return text == null ? "" : text;
    }

    /** Where the chosen wording starts in its article. */
    public int start() {
      return start;
    }
  }

  /** Whether the member at this index of the group was published on the first day. */
  public boolean first(List<Member> members, int index) {
    return firstDay != null && firstDay.equals(members.get(index).publishedDay());
  }
}
