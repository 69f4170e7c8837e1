package dev.newsfacet.extract.date;

import dev.newsfacet.model.DateMention;
import dev.newsfacet.model.DateType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;

/** Named holidays and the day each falls on in the year of publication: the holiday rule's pattern and values in one table. */
final class Holidays {
  /** Longer names first, so that "christmas day" is not read as "christmas". Easter moves: its year is all we give. */
  private static final Map<String, Function<LocalDate, LocalDate>> DAYS = new LinkedHashMap<>();

  static {
    DAYS.put("christmas day", p -> LocalDate.of(p.getYear(), 12, 25));
    DAYS.put("christmas eve", p -> LocalDate.of(p.getYear(), 12, 24));
    DAYS.put("christmas", p -> LocalDate.of(p.getYear(), 12, 25));
    DAYS.put("new year's day", p -> LocalDate.of(p.getYear() + (p.getMonthValue() == 12 ? 1 : 0), 1, 1));
    DAYS.put("new year's eve", p -> LocalDate.of(p.getYear(), 12, 31));
    DAYS.put("thanksgiving day", Holidays::thanksgiving);
    DAYS.put("thanksgiving", Holidays::thanksgiving);
    DAYS.put("independence day", p -> LocalDate.of(p.getYear(), 7, 4));
    DAYS.put("halloween", p -> LocalDate.of(p.getYear(), 10, 31));
    DAYS.put("valentine's day", p -> LocalDate.of(p.getYear(), 2, 14));
    DAYS.put("labor day", p -> LocalDate.of(p.getYear(), 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
    DAYS.put("memorial day", p -> LocalDate.of(p.getYear(), 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    DAYS.put("easter", p -> null);
  }

  private Holidays() {}

  /** The names as a regular-expression alternation, lower case. */
  static String alternation() {
    return String.join("|", DAYS.keySet());
  }

  /** The holiday's day in the year of publication (its year alone for Easter; unknown without a date). */
  static DateMention value(Matcher m, DateContext c) {
    if (c.published() == null) {
      return c.mention(m, DateType.DATE, "XXXX-XX-XX");
    }
    LocalDate day = DAYS.get(m.group(1).toLowerCase(Locale.ROOT)).apply(c.published());
    return c.mention(m, DateType.DATE, day == null ? String.valueOf(c.published().getYear()) : day.toString());
  }

  private static LocalDate thanksgiving(LocalDate published) {
    return LocalDate.of(published.getYear(), 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
  }
}
