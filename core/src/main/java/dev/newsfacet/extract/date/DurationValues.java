package dev.newsfacet.extract.date;

import dev.newsfacet.model.DateMention;
import dev.newsfacet.model.DateType;
import dev.newsfacet.text.CalendarWords;
import java.util.Locale;
import java.util.regex.Matcher;

/** The values of durations ("two years" P2Y, "for weeks" PXW) and sets ("every week" P1W). */
final class DurationValues {
  private DurationValues() {}

  static DateMention duration(Matcher m, DateContext c) {
    int n = DateWords.number(m.group(1));
    String unit = DateWords.UNITS.get(m.group(2).toLowerCase(Locale.ROOT));
    String amount = n < 0 ? "X" : String.valueOf(n);
    String value = switch (unit) {
      case "H" -> "PT" + amount + "H";
      case "MIN" -> "PT" + amount + "M";
      case "DE" -> n < 0 ? "PXDE" : "P" + (n * 10) + "Y";
      case "CE" -> n < 0 ? "PXCE" : "P" + (n * 100) + "Y";
      case "Q" -> n < 0 ? "PXQ" : "P" + (n * 3) + "M";
      default -> "P" + amount + unit;
    };
    return c.mention(m, DateType.DURATION, value);
  }

  /** "for years": the unit alone is the expression ("for" is context). */
  static DateMention vagueDuration(Matcher m, DateContext c) {
    String unit = DateWords.UNITS.get(m.group(1).toLowerCase(Locale.ROOT));
    int start = m.start(1);
    return new DateMention(start, m.end(1), c.text().substring(start, m.end(1)), DateType.DURATION,
        "PX" + ("DE".equals(unit) ? "DE" : unit));
  }

  /** "every day" P1D, "weekly" P1W, "every Monday" (weekly), "each morning" TMO. */
  static DateMention set(Matcher m, DateContext c) {
    String g = m.group().toLowerCase(Locale.ROOT);
    boolean weekday = CalendarWords.WEEKDAYS.keySet().stream().anyMatch(g::contains);
    String value = g.contains("day") && !weekday ? "P1D"
        : g.contains("week") ? "P1W" : g.contains("month") ? "P1M" : g.contains("year") || g.contains("annual") ? "P1Y"
        : g.contains("morning") ? "TMO" : g.contains("evening") || g.contains("night") ? "TEV" : "P1W";
    return c.mention(m, DateType.SET, value);
  }
}
