package dev.newsfacet;

import dev.newsfacet.model.IngestProblem;
import java.util.List;

/**
 * What an ingest did.
 *
 * @param added articles new to the index
 * @param updated articles that replaced a version with the same id from an earlier run
 * @param duplicates articles whose id came again within this run (a byte-identical file, the same record
 *     twice): the later one replaced the earlier, and neither counts as added or updated twice
 * @param duplicateIds the first ids counted as duplicates (at most {@link #MAX_PROBLEMS_KEPT}), with the
 *     title, as "id (title)"
 * @param skipped files, lines or records left out
 * @param warnings items kept with a fallback (e.g. decoded as Windows-1252)
 * @param problems the first problems, in order (at most {@link #MAX_PROBLEMS_KEPT})
 */
public record IngestReport(long added, long updated, long duplicates, long skipped, long warnings,
    List<IngestProblem> problems, List<String> duplicateIds) {
  public static final int MAX_PROBLEMS_KEPT = 1000;

  public IngestReport {
    problems = List.copyOf(problems);
    duplicateIds = List.copyOf(duplicateIds);
  }

  /** A report with no duplicates. */
  public IngestReport(long added, long updated, long skipped, long warnings, List<IngestProblem> problems) {
    this(added, updated, 0, skipped, warnings, problems, List.of());
  }
}
