package dev.newsfacet;

import java.util.List;

/**
 * The answer to a search.
 *
 * @param query the query as parsed
 * @param total how many results match (statements grouped across articles count once)
 * @param hits the best results, at most the query's limit
 * @param facets counts per dimension over all matches; a dimension the query filters on still
 *     shows its other values (drill-sideways)
 */
public record SearchResult(NewsQuery query, long total, List<Hit> hits, List<Facet> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
  }

  /** The facet for a dimension, or an empty one. */
  public Facet facet(String dimension) {
    return facets.stream().filter(f -> f.dimension().equals(dimension)).findFirst()
        .orElse(new Facet(dimension, List.of()));
  }
}
