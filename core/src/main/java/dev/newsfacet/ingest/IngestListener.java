package dev.newsfacet.ingest;

import dev.newsfacet.model.Article;
import dev.newsfacet.model.IngestProblem;

/** Receives what ingest reads: each article, and each problem as it happens. */
public interface IngestListener {
  /** An article was read. */
  void article(Article article);

  /** Something was skipped or kept with a fallback; ingest goes on. */
  void problem(IngestProblem problem);

  /** Raw bytes of the input files were read (reported in steps); for progress. */
  default void bytesRead(long bytes) {}
}
