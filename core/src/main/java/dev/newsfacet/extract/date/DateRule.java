package dev.newsfacet.extract.date;

import java.util.regex.Pattern;

/**
 * One row of the date rule table: a name, the pattern, how its match becomes a value, and an example with
 * the value it gets when published on Thursday 16 October 2025 (each example is a test case; words in square
 * brackets are context the expression leaves out, as "[for] months").
 *
 * @param caseless matched against the lower-cased text, which is faster than a case-insensitive pattern
 */
record DateRule(String name, Pattern pattern, boolean caseless, DateValue value, String example, String exampleValue) {
  /** A rule whose pattern is matched as written. */
  static DateRule cased(String name, String regex, DateValue value, String example, String exampleValue) {
    return new DateRule(name, Pattern.compile(regex), false, value, example, exampleValue);
  }

  /** A rule matched against the lower-cased text: its literal letters are lower-cased, not escapes such as \S or \p{L}. */
  static DateRule caseless(String name, String regex, DateValue value, String example, String exampleValue) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      boolean escaped = i > 0 && regex.charAt(i - 1) == '\\';
      boolean inProperty = i > 1 && regex.charAt(i - 1) == '{' && regex.charAt(i - 2) == 'p';
      sb.append(escaped || inProperty ? c : Character.toLowerCase(c));
    }
    return new DateRule(name, Pattern.compile(sb.toString()), true, value, example, exampleValue);
  }
}
