package dev.newsfacet.model;

import java.nio.file.Path;

/**
 * Something ingest could not use, or could only use with a fallback, named by file and line.
 *
 * @param file the file concerned
 * @param line the 1-based line (or record number in a JSON array), or 0 when it concerns the whole file
 * @param message one sentence saying what happened
 * @param skipped true when the item was left out, false when it was kept with a stated fallback
 */
public record IngestProblem(Path file, long line, String message, boolean skipped) {
  /** {@code file:line: message}, the form the command line prints. */
  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + (skipped ? "skipped: " : "warning: ") + message;
  }
}
