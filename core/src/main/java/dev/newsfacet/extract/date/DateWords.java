package dev.newsfacet.extract.date;

import dev.newsfacet.text.CalendarWords;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The words and number forms date values are read from, and the TIMEX3 value formats they are written in. */
final class DateWords {
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("several", -1), Map.entry("few", -1), Map.entry("a few", -1),
      Map.entry("many", -1), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
      Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
      Map.entry("a couple of", 2));
  /** A unit word as its TIMEX3 code: "years" is Y, "decade" DE, "minutes" MIN. */
  static final Map<String, String> UNITS = Map.ofEntries(
      Map.entry("year", "Y"), Map.entry("years", "Y"), Map.entry("month", "M"), Map.entry("months", "M"),
      Map.entry("week", "W"), Map.entry("weeks", "W"), Map.entry("day", "D"), Map.entry("days", "D"),
      Map.entry("decade", "DE"), Map.entry("decades", "DE"), Map.entry("century", "CE"), Map.entry("centuries", "CE"),
      Map.entry("hour", "H"), Map.entry("hours", "H"), Map.entry("minute", "MIN"), Map.entry("minutes", "MIN"),
      Map.entry("min", "MIN"), Map.entry("quarter", "Q"), Map.entry("quarters", "Q"));
  private static final Pattern HYPHEN_OR_SPACE = Pattern.compile("[- ]");

  private DateWords() {}

  /** A number as written ("12", "twelve", "forty-two"); -1 for a vague one ("several", "a few"). */
  static int number(String s) {
    String w = s.toLowerCase(Locale.ROOT);
    if (Character.isDigit(w.charAt(0))) {
      return Integer.parseInt(w);
    }
    String[] parts = HYPHEN_OR_SPACE.split(w);
    if (parts.length == 2 && NUMBERS.containsKey(parts[0]) && NUMBERS.containsKey(parts[1]) && NUMBERS.get(parts[0]) >= 20) {
      return NUMBERS.get(parts[0]) + NUMBERS.get(parts[1]); // "twenty four", "forty-two"
    }
    return NUMBERS.getOrDefault(w, -1);
  }

  /** "first", "2nd", "third", "fourth" as 1–4. */
  static int ordinal(String s) {
    return switch (s.toLowerCase(Locale.ROOT).charAt(0)) {
      case 'f' -> s.toLowerCase(Locale.ROOT).startsWith("fo") ? 4 : 1;
      case 's' -> 2;
      case 't' -> 3;
      case '1' -> 1;
      case '2' -> 2;
      case '3' -> 3;
      default -> 4;
    };
  }

  /** A month's name or abbreviation ("Oct."), any case, as 1–12. */
  static int month(String s) {
    return CalendarWords.MONTH_NUMBERS.get(s.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /** TimeML's part-of-day codes: morning TMO, afternoon TAF, evening TEV, night TNI. */
  static String partCode(String part) {
    return switch (part.toLowerCase(Locale.ROOT)) {
      case "morning" -> "TMO";
      case "afternoon" -> "TAF";
      case "evening" -> "TEV";
      default -> "TNI";
    };
  }

  static String ymd(int year, int month, int day) {
    return String.format("%04d-%02d-%02d", year, month, day);
  }

  static String ym(LocalDate d) {
    return String.format("%04d-%02d", d.getYear(), d.getMonthValue());
  }

  static String week(LocalDate d) {
    return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
