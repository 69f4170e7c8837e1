package dev.newsfacet.text;

/** The regular expression word boundary, tested by hand where a pattern would cost too much (keys and tokens are hot). */
public final class WordBoundary {
  private WordBoundary() {}

  /**
   * The regex {@code \b} after a letter (JDK 19+): the text ends, or neither an {@code [A-Za-z0-9_]} nor a
   * combining mark (which joins the letter before it) follows.
   */
  public static boolean afterLetter(String text, int at) {
    if (at >= text.length()) {
      return true;
    }
    char c = text.charAt(at);
    return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || Character.getType(text.codePointAt(at)) == Character.NON_SPACING_MARK);
  }
}
