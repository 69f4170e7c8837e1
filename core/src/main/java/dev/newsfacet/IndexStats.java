package dev.newsfacet;

import java.util.List;

/** What an index holds: document counts and the largest facet values. */
public record IndexStats(long articles, long statements, List<Facet> facets) {
  public IndexStats {
    facets = List.copyOf(facets);
  }
}
