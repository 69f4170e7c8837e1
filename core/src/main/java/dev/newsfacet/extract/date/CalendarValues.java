package dev.newsfacet.extract.date;

import static dev.newsfacet.extract.date.DateWords.month;
import static dev.newsfacet.extract.date.DateWords.ordinal;
import static dev.newsfacet.extract.date.DateWords.ymd;

import dev.newsfacet.model.DateMention;
import dev.newsfacet.model.DateType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/** The values of calendar dates written out: days, months, years, decades, quarters, seasons, clock times. */
final class CalendarValues {
  private static final Set<String> BEFORE_MONTH = Set.copyOf(List.of("in", "since", "until", "by", "of", "from",
      "during", "through", "before", "after", "early", "late", "mid", "and", "or", "to", "between", "last", "next", "this"));

  private CalendarValues() {}

  /** "3 p.m.", "10:30 am EST on Friday": the day from the words after it, else the published day. */
  static DateMention clock(Matcher m, DateContext c) {
    int hour = Integer.parseInt(m.group(1));
    String minutes = m.group(2) == null ? "00" : m.group(2);
    if (hour < 1 || hour > 12) {
      return null;
    }
    hour = hour % 12 + (m.group(3).equals("p") ? 12 : 0);
    String day = c.published() == null ? "XXXX-XX-XX" : c.published().toString();
    if (m.group(4) != null) {
      List<DateMention> tail = c.extractPart().apply(c.text().substring(m.start(4), m.end(4)) + " ");
      if (!tail.isEmpty() && tail.get(0).value().length() >= 10) {
        day = tail.get(0).value().substring(0, 10);
      }
    }
    return c.mention(m, DateType.TIME, day + String.format("T%02d:%s", hour, minutes));
  }

  static DateMention iso(Matcher m, DateContext c) {
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    return c.mention(m, DateType.DATE, m.group());
  }

  static DateMention monthDayYear(Matcher m, DateContext c) {
    return c.mention(m, DateType.DATE, ymd(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
  }

  /** "15 August 2025", or "15 August" with the year from the published date. */
  static DateMention dayMonthYear(Matcher m, DateContext c) {
    int day = Integer.parseInt(m.group(1));
    int month = month(m.group(2));
    if (m.groupCount() >= 3 && m.group(3) != null) {
      return c.mention(m, DateType.DATE, ymd(Integer.parseInt(m.group(3)), month, day));
    }
    return c.mention(m, DateType.DATE, yearFor(month, day, c, m.start()));
  }

  static DateMention monthYear(Matcher m, DateContext c) {
    return c.mention(m, DateType.DATE, String.format("%04d-%02d", Integer.parseInt(m.group(2)), month(m.group(1))));
  }

  /** "August 15": the year from the published date; a lower-case "may 5" is no date. */
  static DateMention monthDay(Matcher m, DateContext c) {
    int month = month(m.group(1));
    int day = Integer.parseInt(m.group(2));
    if (day < 1 || day > 31) {
      return null;
    }
    if (m.group(1).equals("May") && !Character.isUpperCase(c.text().charAt(m.start()))) {
      return null;
    }
    return c.mention(m, DateType.DATE, yearFor(month, day, c, m.start()));
  }

  /** "April", "last November", "this coming June": the year from the published date and the tense. */
  static DateMention namedMonth(Matcher m, DateContext c) {
    String text = c.text();
    if (m.group(2).equals("May") && m.group(1) == null && m.start(2) == m.start()
        && (opensSentence(text, m.start()) || afterName(text, m.start()))) {
      return null; // "May I …": the modal capitalised by position; "Theresa May": a surname
    }
    int month = month(m.group(2));
    LocalDate published = c.published();
    if (published == null) {
      return c.mention(m, DateType.DATE, String.format("XXXX-%02d", month));
    }
    int year = published.getYear();
    String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    boolean future = which.equals("next") || which.equals("this coming")
        || (!which.equals("last") && !which.equals("this past") && c.tense(m.start()) > 0);
    if (which.equals("last") || which.equals("this past")) {
      year = month < published.getMonthValue() ? year : year - 1;
    } else if (which.equals("next")) {
      year = month > published.getMonthValue() ? year : year + 1;
    } else if (which.equals("this")) {
      // "this September": the one in the published year
    } else if (!future && month > published.getMonthValue()) {
      year--;
    } else if (future && month < published.getMonthValue()) {
      year++;
    }
    return c.mention(m, DateType.DATE, String.format("%04d-%02d", year, month));
  }

  static DateMention year(Matcher m, DateContext c) {
    return c.mention(m, DateType.DATE, m.group(1));
  }

  /** "the 1990s", "the mid-1980s": the decade's first three digits. */
  static DateMention decade(Matcher m, DateContext c) {
    return c.mention(m, DateType.DATE, m.group(1).substring(0, 3));
  }

  static DateMention yearEnd(Matcher m, DateContext c) {
    return c.mention(m, DateType.DATE, c.published() == null ? "XXXX" : String.valueOf(c.published().getYear()));
  }

  /**
   * "the third quarter", "the year-ago quarter", "the 1988 third quarter": quarters are reported after
   * they end, so a quarter later in the year than publication is last year's; "a quarter of voters" is no date.
   */
  static DateMention fiscalQuarter(Matcher m, DateContext c) {
    String which = m.group(2); // group 1 is the leading year ("the 1988 third quarter")
    String ord = m.group(3);
    if (which == null && ord == null && !m.group().toLowerCase(Locale.ROOT).startsWith("the")) {
      return null;
    }
    LocalDate published = c.published();
    if (published == null) {
      return c.mention(m, DateType.DATE, "XXXX-Q" + (ord == null ? "X" : String.valueOf(ordinal(ord))));
    }
    int current = (published.getMonthValue() - 1) / 3 + 1;
    int year = published.getYear();
    int q;
    if (ord != null) {
      q = ordinal(ord);
      if (q > current) {
        year--;
      }
    } else if (which != null && (which.equals("this") || which.equals("current"))) {
      q = current;
    } else {
      q = current - 1;
      if (q == 0) {
        q = 4;
        year--;
      }
    }
    if (which != null && (which.startsWith("year") || which.equals("previous") && ord != null)) {
      year--;
    }
    if (m.group("lead") != null) {
      year = Integer.parseInt(m.group("lead"));
    }
    if (m.group(4) != null) {
      String y = m.group(4);
      year = Character.isDigit(y.charAt(0)) ? Integer.parseInt(y)
          : published.getYear() + (y.startsWith("last") ? -1 : y.startsWith("next") ? 1 : 0);
    }
    DateMention d = c.mention(m, DateType.DATE, year + "-Q" + q);
    if (d.text().toLowerCase(Locale.ROOT).startsWith("the ") && d.text().contains("-quarter")) {
      // "the third-quarter loss": the adjective is the expression, the article belongs to the noun
      return new DateMention(d.start() + 4, d.end(), d.text().substring(4), d.type(), d.value());
    }
    return d;
  }

  /** "the first quarter of 2024", "Q3 2025", "third quarter next year". */
  static DateMention quarter(Matcher m, DateContext c) {
    String ord = m.group(1) != null ? m.group(1).toLowerCase(Locale.ROOT) : m.group(2);
    int q = ord.startsWith("f") && ord.startsWith("fi") ? 1 : ord.startsWith("s") ? 2 : ord.startsWith("t") ? 3
        : ord.startsWith("fo") ? 4 : Character.isDigit(ord.charAt(0)) ? ord.charAt(0) - '0' : 1;
    String y = m.group(3);
    LocalDate published = c.published();
    String year = y == null ? (published == null ? "XXXX" : String.valueOf(published.getYear()))
        : Character.isDigit(y.charAt(0)) ? y
        : published == null ? "XXXX"
        : String.valueOf(published.getYear() + (y.startsWith("last") ? -1 : y.startsWith("next") ? 1 : 0));
    return c.mention(m, DateType.DATE, year + "-Q" + q);
  }

  /** "last summer", "the winter of 1999"; a bare "fall" is the verb or "the fall of the Wall". */
  static DateMention season(Matcher m, DateContext c) {
    String season = switch (m.group(1).toLowerCase(Locale.ROOT)) {
      case "spring" -> "SP";
      case "summer" -> "SU";
      case "autumn", "fall" -> "FA";
      default -> "WI";
    };
    String seasonPrefix = m.group().substring(0, m.start(1) - m.start()).strip().toLowerCase(Locale.ROOT);
    if (m.group(1).equals("fall") && m.group(2) == null
        && !List.of("this", "last", "next", "this past", "early", "late").contains(seasonPrefix)) {
      return null;
    }
    LocalDate published = c.published();
    String year = m.group(2) != null ? m.group(2) : published == null ? "XXXX" : String.valueOf(
        published.getYear() + (m.group().startsWith("last") ? -1 : m.group().startsWith("next") ? 1 : 0));
    return c.mention(m, DateType.DATE, year + "-" + season);
  }

  /** A month and day without a year: the year that puts it nearest the published date, tense breaking ties. */
  static String yearFor(int month, int day, DateContext c, int at) {
    LocalDate published = c.published();
    if (published == null) {
      return String.format("XXXX-%02d-%02d", month, day);
    }
    int year = published.getYear();
    LocalDate candidate;
    try {
      candidate = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return String.format("XXXX-%02d-%02d", month, day);
    }
    long diff = candidate.toEpochDay() - published.toEpochDay();
    int tense = c.tense(at);
    // past tense: the latest such day not after publication (some slack for reports of what is
    // announced), however long ago ("the year ended March 31"); future: the earliest not before it;
    // no tense: the nearest
    if ((diff > 183 && tense <= 0) || (tense < 0 && diff > 60)) {
      year--;
    } else if ((diff < -183 && tense >= 0) || (tense > 0 && diff < -60)) {
      year++;
    }
    return ymd(year, month, day);
  }

  /** True when a capitalised word that is not a preposition stands right before {@code at} ("Theresa May"). */
  private static boolean afterName(String text, int at) {
    int e = at - 1;
    while (e >= 0 && text.charAt(e) == ' ') {
      e--;
    }
    int b = e;
    while (b >= 0 && Character.isLetter(text.charAt(b))) {
      b--;
    }
    if (b == e) {
      return false;
    }
    String word = text.substring(b + 1, e + 1);
    return Character.isUpperCase(word.charAt(0)) && !BEFORE_MONTH.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True when only white space, quotation marks or a sentence's end stand before {@code at}. */
  private static boolean opensSentence(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?';
  }
}
