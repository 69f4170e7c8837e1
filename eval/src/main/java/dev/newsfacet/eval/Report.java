package dev.newsfacet.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one scoring run gives, the same for every evaluation: its figures in table order, the figures that
 * are averages over classes rather than counts ({@code averaged}: P, R, F1), how many items were
 * extracted ({@code unit}: articles, tokens, documents) and how long extraction took.
 */
public record Report(Map<String, Prf> figures, Map<String, double[]> averaged, long items, String unit, double seconds) {
  public Report {
    figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    averaged = Map.copyOf(averaged);
  }

  /** Items extracted per second, one thread. */
  public double perSecond() {
    return seconds == 0 ? 0 : items / seconds;
  }
}
