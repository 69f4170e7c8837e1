package dev.newsfacet.text;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The English names of months and weekdays, and the abbreviations news writes for months ("Jan.",
 * "Sept."): one vocabulary for the entity and date extractors, the tokenizer and the query parser. Made
 * from {@link Month} and {@link DayOfWeek}, so no list is written out anywhere. All forms lower case,
 * without a full stop.
 */
public final class CalendarWords {
  private CalendarWords() {}

  /** "january" … "december", in order. */
  public static final List<String> MONTH_NAMES =
      Stream.of(Month.values()).map(m -> m.name().toLowerCase(Locale.ROOT)).toList();

  /** "jan", "feb", …, "dec", and "sept" ("may" has none). */
  public static final Set<String> MONTH_ABBREVIATIONS = monthAbbreviations();

  /** Each month's name and abbreviations, with its number 1–12. */
  public static final Map<String, Integer> MONTH_NUMBERS = monthNumbers();

  /** "monday" … "sunday", with the day each names. */
  public static final Map<String, DayOfWeek> WEEKDAYS = Stream.of(DayOfWeek.values())
      .collect(Collectors.toUnmodifiableMap(d -> d.name().toLowerCase(Locale.ROOT), d -> d));

  /** Whether a lower-case word names a month or abbreviates one ("march", "oct", "oct."). */
  public static boolean isMonth(String lower) {
    return MONTH_NUMBERS.containsKey(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
  }

  /** Whether a lower-case word names a weekday. */
  public static boolean isWeekday(String lower) {
    return WEEKDAYS.containsKey(lower);
  }

  /** The month names as a regular-expression alternation ("january|february|…"), lower case. */
  public static String monthNameAlternation() {
    return String.join("|", MONTH_NAMES);
  }

  /** The month names capitalised, as a regular-expression alternation ("January|February|…"). */
  public static String capitalisedMonthAlternation() {
    return MONTH_NAMES.stream().map(CalendarWords::capitalised).collect(Collectors.joining("|"));
  }

  /** The abbreviations capitalised, each with an optional full stop ("Jan\\.?|…|Sept\\.?|Sep\\.?"), longest first. */
  public static String capitalisedAbbreviationAlternation() {
    return MONTH_ABBREVIATIONS.stream().sorted((a, b) -> b.length() - a.length())
        .map(a -> capitalised(a) + "\\.?").collect(Collectors.joining("|"));
  }

  /** The weekday names as a regular-expression alternation ("monday|tuesday|…"), lower case. */
  public static String weekdayAlternation() {
    return Stream.of(DayOfWeek.values()).map(d -> d.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|"));
  }

  /** The weekday names capitalised, as a regular-expression alternation ("Monday|Tuesday|…"). */
  public static String capitalisedWeekdayAlternation() {
    return Stream.of(DayOfWeek.values()).map(d -> capitalised(d.name().toLowerCase(Locale.ROOT)))
        .collect(Collectors.joining("|"));
  }

  private static String capitalised(String lower) {
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private static Set<String> monthAbbreviations() {
    Set<String> out = new LinkedHashSet<>();
    for (String name : MONTH_NAMES) {
      if (name.length() > 3) {
        out.add(name.substring(0, 3));
      }
    }
    out.add("sept");
    return Set.copyOf(out);
  }

  private static Map<String, Integer> monthNumbers() {
    Map<String, Integer> out = new HashMap<>();
    for (int m = 0; m < MONTH_NAMES.size(); m++) {
      String name = MONTH_NAMES.get(m);
      out.put(name, m + 1);
      if (name.length() > 3) {
        out.put(name.substring(0, 3), m + 1);
      }
    }
    out.put("sept", 9);
    return Map.copyOf(out);
  }
}
