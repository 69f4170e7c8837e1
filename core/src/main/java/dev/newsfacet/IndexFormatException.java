package dev.newsfacet;

/** The index was written by an incompatible newsfacet schema or Lucene version, or is missing or damaged. */
public final class IndexFormatException extends NewsfacetException {
  private static final long serialVersionUID = 1L;

  public IndexFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
