package dev.newsfacet;

import java.util.List;

/**
 * Counts for one dimension (speaker, person, place, org, event, source, type, kind, published.year,
 * published.month, published.day, mentioned), most frequent first.
 */
public record Facet(String dimension, List<FacetValue> values) {
  public Facet {
    values = List.copyOf(values);
  }
}
