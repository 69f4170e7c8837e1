package dev.newsfacet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CalendarWordsTest {
  @Test
  void monthsAndTheirAbbreviationsHaveTheirNumbers() {
    assertEquals(12, CalendarWords.MONTH_NAMES.size());
    assertEquals(9, CalendarWords.MONTH_NUMBERS.get("sept"));
    assertEquals(9, CalendarWords.MONTH_NUMBERS.get("sep"));
    assertEquals(5, CalendarWords.MONTH_NUMBERS.get("may"));
    assertTrue(CalendarWords.isMonth("oct.") && CalendarWords.isMonth("october"));
    assertFalse(CalendarWords.isMonth("mon") || CalendarWords.isMonth("octo"));
    assertEquals(DayOfWeek.FRIDAY, CalendarWords.WEEKDAYS.get("friday"));
  }

  @Test
  void theAlternationsMatchWholeNamesAndAbbreviations() {
    Pattern month = Pattern.compile("(?:" + CalendarWords.capitalisedMonthAlternation() + "|"
        + CalendarWords.capitalisedAbbreviationAlternation() + ")");
    for (String s : new String[] {"January", "Sept.", "Sep", "Dec.", "May"}) {
      assertTrue(month.matcher(s).matches(), s);
    }
    assertFalse(month.matcher("Mayo").matches());
    assertTrue(Pattern.compile(CalendarWords.weekdayAlternation()).matcher("wednesday").matches());
    assertTrue(Pattern.compile(CalendarWords.capitalisedWeekdayAlternation()).matcher("Sunday").matches());
  }
}
