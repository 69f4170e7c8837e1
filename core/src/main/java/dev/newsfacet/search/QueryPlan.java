package dev.newsfacet.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link dev.newsfacet.NewsQuery} asks of the index once its names are resolved: the same plan
 * runs on every backend, so they give the same answers.
 *
 * @param filters clauses every hit matches, unscored
 * @param scored clauses every hit matches, whose scores rank the hits; empty: rank newest first
 * @param facetFilters facet filters by dimension (values of one dimension OR-ed); each dimension's own
 *     counts leave its filter out (drill-sideways)
 * @param bodyHighlight what to highlight in an article's text, or null
 * @param statementHighlight what to highlight in a statement's text, or null
 */
public record QueryPlan(List<Clause> filters, List<Clause> scored, Map<String, Clause> facetFilters,
                        Clause bodyHighlight, Clause statementHighlight) {
  public QueryPlan {
    filters = List.copyOf(filters);
    scored = List.copyOf(scored);
    facetFilters = Collections.unmodifiableMap(new LinkedHashMap<>(facetFilters));
  }

  /** Whether hits are ranked by relevance (else newest first). */
  public boolean scoring() {
    return !scored.isEmpty();
  }
}
