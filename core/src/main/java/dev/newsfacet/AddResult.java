package dev.newsfacet;

import java.util.List;

/** Whether an add created a new article or replaced one with the same id. */
public enum AddResult {
  ADDED, UPDATED;

  /** One result per article of a batch, from whether each replaced one. */
  public static List<AddResult> of(List<Boolean> updated) {
    return updated.stream().map(u -> u ? UPDATED : ADDED).toList();
  }
}
