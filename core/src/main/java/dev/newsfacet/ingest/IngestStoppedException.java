package dev.newsfacet.ingest;

/**
 * Thrown by a listener to stop an {@link ArticleSource} read at once (for instance when the index can no
 * longer be written); unlike a reader's own errors it is not turned into a problem with the file.
 */
public final class IngestStoppedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IngestStoppedException(Throwable cause) {
    super(cause.getMessage(), cause);
  }
}
