package dev.newsfacet.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacet.model.DateMention;
import dev.newsfacet.model.DateType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorTest {
  private static final LocalDate THURSDAY = LocalDate.of(2025, 10, 16);
  private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

  private DateMention only(String text, LocalDate published) {
    List<DateMention> all = extractor.extract(text, published);
    assertEquals(1, all.size(), all::toString);
    return all.get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Trump on Thursday said he will meet Putin.|Thursday|2025-10-16",
      "He will meet Zelensky on Friday at the White House.|Friday|2025-10-17",
      "The two met in Alaska on Aug. 15 to talk.|Aug. 15|2025-08-15",
      "They met on August 15 in Anchorage.|August 15|2025-08-15",
      "Officials will meet next week.|next week|2025-W43",
      "In April, the parliament voted.|April|2025-04",
      "A warrant was issued in 2023 over the abductions.|2023|2023",
      "The invasion began in February 2022.|February 2022|2022-02",
      "Trump said so on Oct. 15 in Washington.|Oct. 15|2025-10-15",
      "The photo was taken on Aug. 15, 2025.|Aug. 15, 2025|2025-08-15",
      "They will talk tomorrow.|tomorrow|2025-10-17",
      "Earlier this week he spoke in Jerusalem.|this week|2025-W42",
      "The last meeting was about two months ago.|about two months ago|2025-08",
      "He said on Tuesday that he wanted more.|Tuesday|2025-10-14",
      "Parliament voted earlier this year.|this year|2025",
      "They met last November.|last November|2024-11",
      "Profit rose at the end of 2024.|the end of 2024|2024",
      "The third-quarter loss widened.|third-quarter|2025-Q3",
      "Sales fell last month.|last month|2025-09"})
  void normalisesAgainstThePublishedDate(String sentence, String expression, String value) {
    DateMention d = only(sentence, THURSDAY);
    assertEquals(expression, d.text());
    assertEquals(value, d.value());
  }

  @Test
  void aDateEndsAtAParagraphBreakAndFourDigitsBeforeATimeZoneAreNoYear() {
    // a fixture list: the day, then the kick-off time opening the next paragraph (a future day: next February)
    assertEquals("2026-02-26", only("The final is on 26 February\n\n1600 GMT at the stadium.", THURSDAY).value());
    assertEquals("2026-02-26", only("Kick-off is on 26 February 1600 GMT.", THURSDAY).value());
    // one line break inside a date is a wrapped line
    assertEquals("2024-02-26", only("It was signed on 26 February\n2024 in Geneva.", THURSDAY).value());
  }

  @Test
  void withoutAPublishedDateUnknownPartsStayUnknown() {
    assertEquals("XXXX-08-15", only("They met on Aug. 15.", null).value());
    assertEquals("XXXX-WXX-5", only("They meet on Friday.", null).value());
    assertEquals("2023", only("It happened in 2023.", null).value());
  }

  @Test
  void withoutAPublishedDateAnExplicitDateInTheTextAnchorsRelativeOnes() {
    List<DateMention> all = extractor.extract("WASHINGTON, Oct. 16, 2025 - Trump will meet Zelensky on Friday.", null);
    assertEquals("2025-10-16", all.get(0).value());
    assertEquals("2025-10-17", all.get(1).value());
  }

  @Test
  void durationsAndSets() {
    DateMention d = only("The war has lasted two years.", THURSDAY);
    assertEquals(DateType.DURATION, d.type());
    assertEquals("P2Y", d.value());
    DateMention spelled = only("Stocks fell in the last twenty four hours.", THURSDAY);
    assertEquals("the last twenty four hours", spelled.text());
    assertEquals("PT24H", spelled.value());
    assertEquals("P40Y", only("For nearly forty years it held.", THURSDAY).value());
    assertEquals("P2Y", only("It will not change for a couple of years.", THURSDAY).value());
    DateMention s = only("The board meets every week.", THURSDAY);
    assertEquals(DateType.SET, s.type());
    assertEquals("P1W", s.value());
  }

  @Test
  void mayIsAMonthOnlyWhereAMonthCanStand() {
    assertEquals("2025-05", only("The law passed in May after a long fight.", THURSDAY).value());
    assertEquals(List.of(), extractor.extract("Theresa May said the talks would go on.", THURSDAY));
    assertEquals(List.of(), extractor.extract("May I add something?", THURSDAY));
  }

  @Test
  void numbersThatAreNotYearsAreNotDates() {
    assertEquals(List.of(), extractor.extract("The missile flies 2500 kilometers with 1600 troops.", THURSDAY));
  }

  @Test
  void aYearAgoMeansTheReferencePeriodAYearBack() {
    LocalDate published = LocalDate.of(1989, 10, 26);
    List<DateMention> found = extractor.extract(
        "Net income rose in the third quarter to $5 million from $4 million a year ago.", published);
    assertEquals("1989-Q3", found.get(0).value());
    assertEquals("a year ago", found.get(1).text());
    assertEquals("1988-Q3", found.get(1).value());
    assertEquals("1988", only("Sales were flat a year ago.", published).value(), "no reference: the year before");
  }

  @Test
  void aLeadingYearNamesTheQuartersYearAndPartsOfTheDayGetTheirCodes() {
    assertEquals("1988-Q3", only("Profit fell from the 1988 third quarter.", LocalDate.of(1989, 10, 26)).value());
    assertEquals("2025-10-17TEV", only("They will meet Friday evening.", THURSDAY).value());
    assertEquals("2025-10-16TMO", only("He arrived this morning.", THURSDAY).value());
  }

  @Test
  void aDayInThePastTenseStaysInThePastHoweverLongAgo() {
    assertEquals("1989-03-31", only("Revenue was $76 million for the year ended March 31.", LocalDate.of(1989, 11, 2)).value());
  }
}
