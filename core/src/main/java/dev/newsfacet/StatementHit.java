package dev.newsfacet;

import dev.newsfacet.model.StatementKind;
import java.util.List;

/**
 * A statement that matched. The same words by the same speaker in several articles come back as one
 * hit listing every {@link Occurrence}.
 *
 * @param text the statement as the first (best-scoring) article reports it
 * @param speaker the canonical speaker, or null when none was found
 * @param passages the statement text with the query's words highlighted (offsets in the first article)
 */
public record StatementHit(String text, StatementKind kind, String speaker, float score,
                           List<Occurrence> occurrences, List<Passage> passages) implements Hit {
  public StatementHit {
    occurrences = List.copyOf(occurrences);
    passages = List.copyOf(passages);
  }
}
