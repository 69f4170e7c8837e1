package dev.newsfacet.extract.date;

import static dev.newsfacet.extract.date.DateWords.partCode;
import static dev.newsfacet.extract.date.DateWords.week;
import static dev.newsfacet.extract.date.DateWords.ym;

import dev.newsfacet.model.DateMention;
import dev.newsfacet.model.DateType;
import dev.newsfacet.text.CalendarWords;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;

/** The values of expressions read against the published date: weekdays, "tomorrow", "last week", "two years ago". */
final class RelativeValues {
  private RelativeValues() {}

  /**
   * "Thursday", "last Monday", "Friday evening": the day of the published week, else the past or the
   * coming one by the sentence's tense (the past when it gives none, as news mostly reports).
   */
  static DateMention weekday(Matcher m, DateContext c) {
    String whole = m.group();
    DayOfWeek day = CalendarWords.WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT));
    String part = m.group(2);
    String lower = whole.toLowerCase(Locale.ROOT);
    String dayCode = String.valueOf(day.getValue());
    LocalDate published = c.published();
    if (published == null) {
      String v = "XXXX-WXX-" + dayCode;
      return c.mention(m, part == null ? DateType.DATE : DateType.TIME, part == null ? v : v + partCode(part));
    }
    int delta = day.getValue() - published.getDayOfWeek().getValue();
    LocalDate date;
    if (lower.startsWith("the previous ") || lower.startsWith("previous ")) {
      lower = "last " + lower.substring(lower.indexOf("previous ") + 9);
    } else if (lower.contains("coming ")) {
      lower = "next " + lower.substring(lower.indexOf("coming ") + 7);
    }
    if (lower.startsWith("next ")) {
      date = published.plusDays(delta + 7);
    } else if (lower.startsWith("last ")) {
      date = published.plusDays(delta < 0 ? delta : delta - 7);
    } else if (delta == 0) {
      date = published;
    } else if (c.tense(m.start()) > 0) {
      date = published.plusDays(delta > 0 ? delta : delta + 7);
    } else {
      date = published.plusDays(delta < 0 ? delta : delta - 7);
    }
    // TimeML's part-of-day codes: "Friday evening" is 1989-10-27TEV (TimeBank and AQUAINT give it so
    // twice as often as the bare day)
    return part != null ? c.mention(m, DateType.TIME, date + partCode(part)) : c.mention(m, DateType.DATE, date.toString());
  }

  /** "today", "tomorrow", "last night"; "the next day" is relative to another event, not the article. */
  static DateMention deictic(Matcher m, DateContext c) {
    String w = m.group(1).toLowerCase(Locale.ROOT);
    if (w.startsWith("the ")) {
      return c.mention(m, DateType.DATE, "XXXX-XX-XX");
    }
    LocalDate published = c.published();
    if (published == null) {
      return c.mention(m, DateType.DATE, w.equals("today") ? "PRESENT_REF" : "XXXX-XX-XX");
    }
    return switch (w) {
      case "today" -> c.mention(m, DateType.DATE, published.toString());
      case "tomorrow" -> c.mention(m, DateType.DATE, published.plusDays(1).toString());
      case "yesterday" -> c.mention(m, DateType.DATE, published.minusDays(1).toString());
      case "tonight" -> c.mention(m, DateType.TIME, published + "TNI");
      case "this evening", "this morning", "this afternoon" -> c.mention(m, DateType.TIME, published + partCode(w.substring(5)));
      case "last night" -> c.mention(m, DateType.TIME, published.minusDays(1) + "TNI");
      default -> null;
    };
  }

  /** "last week", "this year", "the next decade"; "the past month" is a duration. */
  static DateMention relativeUnit(Matcher m, DateContext c) {
    String which = m.group(2).toLowerCase(Locale.ROOT);
    String unit = m.group(3).toLowerCase(Locale.ROOT);
    int offset = switch (which) {
      case "last", "the past", "the previous", "the last" -> -1;
      case "next", "the coming", "the next" -> 1;
      default -> 0;
    };
    if ((which.equals("the past") || which.equals("the coming")) && !unit.equals("weekend")) {
      return c.mention(m, DateType.DURATION, "P1" + DateWords.UNITS.getOrDefault(unit, "X"));
    }
    LocalDate published = c.published();
    if (published == null) {
      return c.mention(m, DateType.DATE, offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF");
    }
    String value = switch (unit) {
      case "week" -> week(published.plusWeeks(offset));
      case "weekend" -> week(published.plusWeeks(offset)) + "-WE";
      case "month" -> ym(published.plusMonths(offset));
      case "year" -> String.valueOf(published.getYear() + offset);
      case "decade" -> String.valueOf((published.getYear() / 10) + offset).substring(0, 3);
      default -> null;
    };
    return value == null ? null : c.mention(m, DateType.DATE, value);
  }

  /** "two months ago": as precise as its unit; a vague number ("several years ago") is the past. */
  static DateMention ago(Matcher m, DateContext c) {
    int n = DateWords.number(m.group(1));
    String unit = DateWords.UNITS.get(m.group(2).toLowerCase(Locale.ROOT));
    LocalDate published = c.published();
    if (published == null || n < 0) {
      return c.mention(m, DateType.DATE, "PAST_REF");
    }
    return switch (unit) {
      case "Y" -> c.mention(m, DateType.DATE, String.valueOf(published.getYear() - n));
      case "M" -> c.mention(m, DateType.DATE, ym(published.minusMonths(n)));
      case "W" -> c.mention(m, DateType.DATE, published.minusWeeks(n).toString());
      case "D" -> c.mention(m, DateType.DATE, published.minusDays(n).toString());
      default -> c.mention(m, DateType.DATE, "PAST_REF");
    };
  }

  /** "this weekend", "the weekend" (the coming one when the sentence speaks of the future). */
  static DateMention weekend(Matcher m, DateContext c) {
    LocalDate published = c.published();
    if (published == null) {
      return c.mention(m, DateType.DATE, "XXXX-WXX-WE");
    }
    String w = m.group(1).toLowerCase(Locale.ROOT);
    int offset = w.equals("last") ? -1 : w.equals("next") ? 1 : w.equals("this") ? 0 : c.tense(m.start()) > 0 ? 0 : -1;
    if (w.equals("the") && published.getDayOfWeek().getValue() >= 6) {
      offset = 0;
    }
    return c.mention(m, DateType.DATE, week(published.plusWeeks(offset)) + "-WE");
  }

  /**
   * "recently", "currently", "the near future" as PAST_REF, PRESENT_REF, FUTURE_REF; "a year earlier" as
   * last year (last year's quarter when quarters are spoken of nearby).
   */
  static DateMention vague(Matcher m, DateContext c) {
    String w = m.group().toLowerCase(Locale.ROOT);
    if (w.contains("year") && (w.contains("earlier") || w.contains("before") || w.contains("ago"))) {
      LocalDate published = c.published();
      if (published == null) {
        return c.mention(m, DateType.DATE, "PAST_REF");
      }
      String text = c.text();
      boolean quarterly = text.substring(Math.max(0, m.start() - 200), Math.min(text.length(), m.end() + 100)).contains("quarter");
      int q = (published.getMonthValue() - 1) / 3;
      int y = published.getYear() - 1;
      if (q == 0) {
        q = 4;
        y--;
      }
      return c.mention(m, DateType.DATE, quarterly ? y + "-Q" + q : String.valueOf(published.getYear() - 1));
    }
    String value = w.startsWith("recent") || w.equals("lately") ? "PAST_REF"
        : w.contains("future") || w.contains("coming") ? "FUTURE_REF" : "PRESENT_REF";
    return c.mention(m, DateType.DATE, value);
  }

  static DateMention present(Matcher m, DateContext c) {
    return c.mention(m, DateType.DATE, "PRESENT_REF");
  }
}
