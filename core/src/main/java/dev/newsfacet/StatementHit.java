package dev.newsfacet;

import dev.newsfacet.model.StatementKind;
import java.util.List;

/**
 * A statement that matched. The same words by the same speaker in several articles come back as one
 * hit: {@code articleCount} says in how many articles, and {@code occurrences} lists the first
 * {@value #OCCURRENCES_LISTED} of them in result order (a wire quote can run in hundreds of papers; each
 * listed one costs a read of its article).
 *
 * @param text the statement as the first (best-scoring) article reports it
 * @param speaker the canonical speaker, or null when none was found
 * @param occurrences where it appears, at most {@value #OCCURRENCES_LISTED}, first one first
 * @param articleCount how many articles report it among the query's matches (among its best 10,000 matching
 *     statement documents when more match; at least {@code occurrences.size()})
 * @param passages the statement text with the query's words highlighted (offsets in the first article)
 */
public record StatementHit(String text, StatementKind kind, String speaker, float score,
                           List<Occurrence> occurrences, int articleCount, List<Passage> passages) implements Hit {
  /** The most occurrences a hit lists. */
  public static final int OCCURRENCES_LISTED = 5;

  public StatementHit {
    occurrences = List.copyOf(occurrences);
    passages = List.copyOf(passages);
    if (articleCount < occurrences.size()) {
      throw new IllegalArgumentException("articleCount " + articleCount + " < " + occurrences.size() + " occurrences");
    }
  }
}
