package dev.newsfacet;

import java.util.List;

/**
 * The answer to a search.
 *
 * @param query the query as parsed
 * @param total how many results match; a statement query counts the same words by the same speaker once
 *     however many articles carry them, and groups at most the best 10,000 matching statement documents, so
 *     beyond that many its total is the number of distinct statements among those (a lower bound)
 * @param hits the best results, at most the query's limit
 * @param facets counts per dimension over all matches; a dimension the query filters on still
 *     shows its other values (drill-sideways)
 * @param facetCountsEstimated true when the facet counts were estimated from a random sample of the
 *     matches, because more than {@link NewsQuery#EXACT_COUNTS_UP_TO} documents matched and the query did
 *     not ask for {@link NewsQuery#exactCounts()}; the estimates are repeatable (the same index and query
 *     give the same numbers), the total is counted exactly
 * @param didYouMean when nothing matched and a speaker's name is unknown to the index, the known names
 *     nearest to it ("Tony Blaire" → "Tony Blair"); empty otherwise
 * @param matches how many documents match: articles, and every occurrence of a statement in every article
 *     that carries it. Facet counts are in this unit, so filtering on a facet value gives a result whose
 *     {@code matches} is the count the facet showed. It equals {@code total} except for statement queries,
 *     whose total counts a statement carried by several articles once.
 */
public record SearchResult(NewsQuery query, long total, List<Hit> hits, List<Facet> facets,
                           boolean facetCountsEstimated, List<String> didYouMean, long matches) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
    didYouMean = List.copyOf(didYouMean);
  }

  /** A result without suggestions. */
  public SearchResult(NewsQuery query, long total, List<Hit> hits, List<Facet> facets, boolean facetCountsEstimated) {
    this(query, total, hits, facets, facetCountsEstimated, List.of(), total);
  }

  /** A statement result: {@code total} grouped statements from {@code matches} statement documents. */
  public SearchResult(NewsQuery query, long total, List<Hit> hits, List<Facet> facets, boolean facetCountsEstimated,
                      long matches) {
    this(query, total, hits, facets, facetCountsEstimated, List.of(), matches);
  }

  /** The same result with names to suggest. */
  public SearchResult withDidYouMean(List<String> names) {
    return new SearchResult(query, total, hits, facets, facetCountsEstimated, names, matches);
  }

  /** A result whose facet counts are exact. */
  public SearchResult(NewsQuery query, long total, List<Hit> hits, List<Facet> facets) {
    this(query, total, hits, facets, false);
  }

  /** The facet for a dimension, or an empty one. */
  public Facet facet(String dimension) {
    return facets.stream().filter(f -> f.dimension().equals(dimension)).findFirst()
        .orElse(new Facet(dimension, List.of()));
  }
}
