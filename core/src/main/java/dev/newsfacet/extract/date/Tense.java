package dev.newsfacet.extract.date;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The tense of a sentence around a date, from the nearest tense marker either way: weekdays and months use it. */
final class Tense {
  private static final Set<String> FUTURE_MARKERS = Set.copyOf(List.of("will", "would", "'ll", "’ll", "shall", "going",
      "scheduled", "expected", "plans", "plan", "planned", "ahead", "upcoming", "next", "set", "due"));
  private static final Set<String> PAST_MARKERS = Set.copyOf(List.of("said", "was", "were", "had", "did", "met", "spoke",
      "told", "announced", "mentioned", "indicated", "stated", "remarked", "wrote", "posted", "reported",
      "warned", "added", "last", "ago", "earlier", "signed", "held", "visited", "called", "made"));
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}'’]+");

  private Tense() {}

  /** +1 when the words around {@code at} in its sentence speak of the future, -1 of the past, 0 unknown. */
  static int at(String text, int at) {
    int from = Math.max(0, at - 120);
    int to = Math.min(text.length(), at + 80);
    for (int i = at - 1; i > from; i--) {
      char c = text.charAt(i);
      if (c == '.' || c == '\n' || c == '!' || c == '?') {
        from = i + 1;
        break;
      }
    }
    for (int i = at; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)) || c == '\n') {
        to = i;
        break;
      }
    }
    String[] before = NOT_LETTERS.split(text.substring(from, at).toLowerCase(Locale.ROOT));
    String[] after = NOT_LETTERS.split(text.substring(Math.min(at, to), to).toLowerCase(Locale.ROOT));
    for (int d = 0; d < Math.max(before.length, after.length); d++) {
      int b = before.length - 1 - d;
      if (b >= 0) {
        int t = marker(before[b]);
        if (t != 0) {
          return t;
        }
      }
      if (d < after.length) {
        int t = marker(after[d]);
        if (t != 0) {
          return t;
        }
      }
    }
    return 0; // no marker: callers decide (weekdays and months look back, as news mostly does)
  }

  static int marker(String w) {
    if (w.isEmpty()) {
      return 0;
    }
    if (FUTURE_MARKERS.contains(w)) {
      return 1;
    }
    if (PAST_MARKERS.contains(w) || (w.endsWith("ed") && w.length() > 4)) {
      return -1;
    }
    return 0;
  }
}
