package dev.newsfacet;

import dev.newsfacet.model.StatementKind;
import java.util.List;
import java.util.Optional;

/**
 * A statement that matched. One statement reported by several articles comes back as one hit: the same
 * speaker's words, identical or near-identical (one outlet quoting a sentence more, another a phrase
 * less, other punctuation or quotation marks; README "Grouping"). {@code articleCount} says in how many
 * articles, {@code outletCount} in how many outlets, and {@code occurrences} lists up to
 * {@value #OCCURRENCES_LISTED} of those articles, earliest published first, each with its own wording (a
 * wire quote can run in hundreds of papers; each listed one costs a read of its article).
 *
 * @param text the wording that stands for the statement: the longest listed one the query's words matched
 *     (a quote search also lists versions its words missed), else the longest listed
 * @param speaker the canonical speaker, or null when none was found
 * @param occurrences where it appears, at most {@value #OCCURRENCES_LISTED}, earliest published first
 *     (undated last, then in result order); those first published are marked {@link Occurrence#first()}
 * @param articleCount how many articles report it among the query's matches (among its best 10,000 matching
 *     statement documents when more match; at least {@code occurrences.size()})
 * @param outletCount how many distinct outlets (sources) those articles come from; 0 when none names one
 * @param passages the statement text with the query's words highlighted (offsets in its article)
 */
public record StatementHit(String text, StatementKind kind, String speaker, float score,
                           List<Occurrence> occurrences, int articleCount, int outletCount,
                           List<Passage> passages) implements Hit {
  /** The most occurrences a hit lists. */
  public static final int OCCURRENCES_LISTED = 5;

  public StatementHit {
    occurrences = List.copyOf(occurrences);
    passages = List.copyOf(passages);
    if (articleCount < occurrences.size()) {
      throw new IllegalArgumentException("articleCount " + articleCount + " < " + occurrences.size() + " occurrences");
    }
  }

  /** The articles that had the statement first, when more than one article reports it and a date says so. */
  public List<Occurrence> firstReported() {
    return occurrences.stream().filter(Occurrence::first).toList();
  }

  /** The first listed article, if any. */
  public Optional<Occurrence> firstOccurrence() {
    return occurrences.isEmpty() ? Optional.empty() : Optional.of(occurrences.get(0));
  }
}
