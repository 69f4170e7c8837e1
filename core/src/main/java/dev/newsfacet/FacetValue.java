package dev.newsfacet;

/** One value of a facet and how many matching documents have it. */
public record FacetValue(String value, long count) {}
