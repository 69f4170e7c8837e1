package dev.newsfacet.extract.date;

import static dev.newsfacet.extract.date.DateRule.cased;
import static dev.newsfacet.extract.date.DateRule.caseless;

import dev.newsfacet.text.CalendarWords;
import java.util.List;

/**
 * The date rules, one row each: name, pattern, value, and an example with the value it gets when published
 * on Thursday 16 October 2025 (tested by {@code DateRulesTest}; words in square brackets are context the
 * expression leaves out). Earlier rows win where two would match
 * the same words. Every expression starts with a word some pattern can start with: the extractor derives
 * those trigger words from the patterns themselves ({@link Triggers}).
 */
final class DateRules {
  private static final String MONTH = "(" + CalendarWords.capitalisedMonthAlternation() + "|"
      + CalendarWords.capitalisedAbbreviationAlternation() + ")";
  /** "the end of 1989", "the middle of October": part of the expression, same value as the inner one. */
  private static final String PART_OF = "(?:(?:the\\s+)?(?:end|beginning|start|middle|first half|second half|last half|latter half|rest)\\s+of\\s+)?";
  private static final String TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
  private static final String NUM = "(" + TENS + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
      + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a couple of|a|an|one|two|three|four|five"
      + "|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|many|\\d+)";
  private static final String UNIT = "(years?|months?|weeks?|days?|decades?|centuries|century|hours?|minutes?|min|quarters?)";
  /**
   * The space between the parts of one date: blanks, and at most one line break ("26 February" at the end
   * of a paragraph and "1600 GMT" opening the next are two things, not the date 1600-02-26).
   */
  private static final String GAP = "(?:[ \\t]+(?:\\n[ \\t]*)?|\\n[ \\t]*)";
  /** Four digits followed by a time zone are a clock time ("1600 GMT"), not a year. */
  private static final String NOT_CLOCK = "(?![ \\t]*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|hrs|hours)\\b)";

  private DateRules() {}

  static final List<DateRule> ALL = List.of(
      caseless("clock", "\\b(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?m\\.?(?:\\s+(?:est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|et|bst|cet))?"
          + "(?:,?\\s+(?:on\\s+)?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}"
          + "|" + CalendarWords.weekdayAlternation() + "|today|yesterday|tomorrow))?",
          CalendarValues::clock, "3 p.m. tomorrow", "2025-10-17T15:00"),
      cased("iso", "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b", CalendarValues::iso, "2025-10-16", "2025-10-16"),
      caseless("fiscal quarter", "\\b(?:the\\s+)?(?:(?<lead>1[89]\\d{2}|20\\d{2})\\s+)?(?:(year-ago|year-earlier|year ago|year earlier|latest|current|this|fiscal|same|previous|past|most recent)\\s+)?"
          + "(?:(?:fiscal\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+)?quarter\\b"
          + "(?:\\s+(?:of\\s+)?(\\d{4}|this year|last year|next year))?",
          CalendarValues::fiscalQuarter, "the year-ago quarter", "2024-Q3"),
      caseless("year earlier", "\\b(?:a|one)\\s+year\\s+(?:earlier|before)\\b|\\byear-(?:earlier|ago)\\b",
          RelativeValues::vague, "a year earlier", "2024"),
      // vague references that TimeML annotators tag most of the time; "the past", "soon", "recent", "previously" and a bare
      // "future" are tagged in under a third of their uses, so they are left out
      caseless("vague reference", "\\b(recently|recent years|currently|current|the future|nowadays|"
          + "these days|lately|the near future|the coming days)\\b", RelativeValues::vague, "the near future", "FUTURE_REF"),
      caseless("weekend", "\\b(?:(this|last|next|the)\\s+)weekend\\b", RelativeValues::weekend, "next weekend", "2025-W43-WE"),
      caseless("decade", "\\b(?:the\\s+)?(?:(?:early|mid|late)[- ])?(1[89]\\d0|20\\d0)'?s\\b", CalendarValues::decade,
          "the mid-1990s", "199"),
      caseless("holiday", "\\b(" + Holidays.alternation() + ")\\b", Holidays::value, "Christmas Eve", "2025-12-24"),
      caseless("year end", "\\b(?:(?:the|this)\\s+)?(?:year-end|year's end|year end|end of the year)\\b",
          CalendarValues::yearEnd, "the end of the year", "2025"),
      caseless("vague duration", "\\bfor\\s+(days|weeks|months|years|decades)\\b", DurationValues::vagueDuration,
          "[for] months", "PXM"),
      cased("month day year", "\\b" + MONTH + GAP + "(\\d{1,2})(?:st|nd|rd|th)?,?" + GAP + "(\\d{4})\\b" + NOT_CLOCK,
          CalendarValues::monthDayYear, "March 3, 2021", "2021-03-03"),
      cased("day month year", "\\b(\\d{1,2})(?:st|nd|rd|th)?" + GAP + MONTH + ",?" + GAP + "(\\d{4})\\b" + NOT_CLOCK,
          CalendarValues::dayMonthYear, "3rd March 2021", "2021-03-03"),
      cased("month year", "\\b" + MONTH + ",?" + GAP + "(\\d{4})\\b" + NOT_CLOCK, CalendarValues::monthYear,
          "Sept. 2019", "2019-09"),
      cased("month day", "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d)", CalendarValues::monthDay,
          "Oct. 9", "2025-10-09"),
      cased("day month", "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\b", CalendarValues::dayMonthYear,
          "9 October", "2025-10-09"),
      caseless("quarter", "\\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter|Q([1-4]))(?:\\s+of)?\\s+(\\d{4}|this year|last year|next year)?",
          CalendarValues::quarter, "Q2 2024", "2024-Q2"),
      cased("season", "\\b(?:(?:the|this past|this|last|next|the early|the late|early|late)\\s+)?(spring|summer|autumn|fall|winter)\\b(?:\\s+(?:of\\s+)?(\\d{4}))?",
          CalendarValues::season, "last winter", "2024-WI"),
      cased("month", "(?i:\\b" + PART_OF + "(?:(last|this|next|this past|this coming)\\s+)?)(?:(?:early|late|mid)[- ])?"
          + "(" + CalendarWords.capitalisedMonthAlternation() + ")\\b", CalendarValues::namedMonth, "next March", "2026-03"),
      cased("weekday", "\\b(?:(?:last|next|this|on|by|until|since|before|from|the previous|previous|this coming|the coming|coming)\\s+)?("
          + CalendarWords.capitalisedWeekdayAlternation() + ")(?:\\s+(morning|afternoon|evening|night))?\\b",
          RelativeValues::weekday, "last Monday", "2025-10-13"),
      caseless("relative unit", "\\b" + PART_OF + "(?:(early|late)\\s+)?(this|last|next|the past|the coming|the previous|the last|the next)\\s+(week|month|year|decade|weekend)\\b",
          RelativeValues::relativeUnit, "early next year", "2026"),
      caseless("ago", "\\b(?:(?:about|nearly|almost|some|around|more than|less than|over)\\s+)?" + NUM + "\\s+" + UNIT + "\\s+ago\\b",
          RelativeValues::ago, "three weeks ago", "2025-09-25"),
      caseless("deictic", "\\b(?:(?:late|early)\\s+)?(today|tonight|tomorrow|yesterday|this morning|this afternoon|this evening|last night|the day before|the day after|the next day|the following day|the previous day)\\b",
          RelativeValues::deictic, "last night", "2025-10-15TNI"),
      caseless("set", "\\b(every|each)\\s+(day|week|month|year|morning|evening|night|" + CalendarWords.weekdayAlternation() + ")\\b|\\b(daily|weekly|monthly|annually|yearly)\\b",
          DurationValues::set, "every week", "P1W"),
      // "the past three months", "the first nine months": TimeML counts the determiner in a duration's extent
      caseless("duration", "\\b(?:the\\s+(?:(?:past|last|next|first|previous|coming|following)\\s+)?|(?:about|nearly|almost|some|around|more than|less than|over|up to|at least)\\s+)?" + NUM + "[- ]" + UNIT + "\\b",
          DurationValues::duration, "the past three decades", "P30Y"),
      caseless("present", "\\b(now|currently|nowadays|at present|at the moment)\\b", RelativeValues::present,
          "at the moment", "PRESENT_REF"),
      cased("year", "(?i:\\b" + PART_OF + "(?:(?:fiscal|early|late|mid)[- ]|the\\s+(?=\\d{4}\\s+period))?)(?<![\\d.,$€£-])\\b(1[89]\\d{2}|20\\d{2})(?:\\s+period)?\\b(?![.,]?\\d)(?!\\s*(?:km|kilomet|mile|people|troops|soldiers|%|percent))",
          CalendarValues::year, "fiscal 2024", "2024"));

  static {
    if (ALL.size() > Long.SIZE) {
      throw new AssertionError("rule masks hold at most 64 rules");
    }
  }
}
