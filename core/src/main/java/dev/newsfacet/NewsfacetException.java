package dev.newsfacet;

/** A problem a user can act on, explained in one sentence by {@link #getMessage()}. */
public class NewsfacetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NewsfacetException(String message) {
    super(message);
  }

  public NewsfacetException(String message, Throwable cause) {
    super(message, cause);
  }
}
