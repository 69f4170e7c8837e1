package dev.newsfacet;

/** A query string that cannot be parsed; the message says where and why. */
public final class QuerySyntaxException extends NewsfacetException {
  private static final long serialVersionUID = 1L;

  public QuerySyntaxException(String message) {
    super(message);
  }
}
