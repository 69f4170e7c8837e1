package dev.newsfacet.ingest;

import dev.newsfacet.model.ArticleMetadata;
import java.io.IOException;
import java.nio.file.Path;

/** Reads the articles of one file format. */
interface ArticleReader {
  /**
   * Reads every article in {@code file}, passing each to the listener. Bad records are reported and
   * skipped; only an I/O failure of the file as a whole is thrown.
   *
   * @param metadata what is known about the file from sidecars, manifests and flags (records win)
   */
  void read(Path file, ArticleMetadata metadata, IngestListener listener) throws IOException;
}
