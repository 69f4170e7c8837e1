package dev.newsfacet.search;

import java.util.List;

/**
 * One part of a planned query, independent of the engine that runs it: the embedded index compiles it
 * to Lucene queries ({@link LuceneQueries}), the OpenSearch backend to its query DSL. Text clauses hold
 * the words as typed; each engine analyses them with the same analysis chain.
 */
public sealed interface Clause {
  /** An exact keyword; where the clause scores, a match scores {@code boost} (not by term frequency). */
  record Term(String field, String value, float boost) implements Clause {
    public Term(String field, String value) {
      this(field, value, 1f);
    }
  }

  /** The analysed words of {@code text} in a row. */
  record Phrase(String field, String text) implements Clause {}

  /** All the analysed words of {@code text}, anywhere. */
  record Words(String field, String text) implements Clause {}

  /** Keywords from {@code from} to {@code to}, both inclusive; null for an open end. */
  record KeywordRange(String field, String from, String to) implements Clause {}

  /** Whole numbers from {@code from} to {@code to}, both inclusive. */
  record LongRange(String field, long from, long to) implements Clause {}

  /** At least one of the clauses (none: nothing matches). */
  record AnyOf(List<Clause> clauses) implements Clause {
    public AnyOf {
      clauses = List.copyOf(clauses);
    }
  }

  /** Documents the clause does not match ("Blair -Iraq", "NOT Iraq"); unscored. */
  record None(Clause clause) implements Clause {}

  /** Every clause (the scores add up). */
  record AllOf(List<Clause> clauses) implements Clause {
    public AllOf {
      clauses = List.copyOf(clauses);
    }
  }
}
