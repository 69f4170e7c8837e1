package dev.newsfacet;

/** Another process (or another open {@link NewsIndex}) is writing to the same index. */
public final class IndexInUseException extends NewsfacetException {
  private static final long serialVersionUID = 1L;

  public IndexInUseException(String message, Throwable cause) {
    super(message, cause);
  }
}
