package dev.newsfacet;

/** A query string that cannot be parsed; the message says where and why. */
public final class QuerySyntaxException extends NewsfacetException {
  public QuerySyntaxException(String message) {
    super(message);
  }
}
