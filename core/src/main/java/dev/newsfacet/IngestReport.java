package dev.newsfacet;

import dev.newsfacet.ingest.IngestProblem;
import java.util.List;

/**
 * What an ingest did.
 *
 * @param added articles new to the index
 * @param updated articles that replaced an earlier version with the same id
 * @param skipped files, lines or records left out
 * @param warnings items kept with a fallback (e.g. decoded as Windows-1252)
 * @param problems the first problems, in order (at most {@link #MAX_PROBLEMS_KEPT})
 */
public record IngestReport(long added, long updated, long skipped, long warnings, List<IngestProblem> problems) {
  public static final int MAX_PROBLEMS_KEPT = 1000;

  public IngestReport {
    problems = List.copyOf(problems);
  }
}
