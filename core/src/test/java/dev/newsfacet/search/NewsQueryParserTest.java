package dev.newsfacet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.NewsQuery;
import dev.newsfacet.QuerySyntaxException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsQueryParserTest {
  private final NewsQueryParser parser = new NewsQueryParser();

  @Test
  void naturalPhrasings() {
    NewsQuery a = parser.parse("statements by Orban");
    assertEquals(NewsQuery.Target.STATEMENTS, a.target());
    assertEquals(List.of("Orban"), a.speakers());
    NewsQuery b = parser.parse("What did Trump say about Tomahawks?");
    assertEquals(List.of("Trump"), b.speakers());
    assertEquals("Tomahawks", b.text());
    NewsQuery c = parser.parse("quotes by \"Viktor Orban\" about Hungary");
    assertEquals(List.of("Viktor Orban"), c.speakers());
    NewsQuery d = parser.parse("mentions of Alaska summit");
    assertEquals(NewsQuery.Target.ARTICLES, d.target());
    assertEquals(List.of("Alaska summit"), d.mentions());
    assertEquals(List.of("Zelensky"), parser.parse("articles about Zelensky").mentions());
  }

  @Test
  void storiesAreGroupedForArticlesAndAStoryIsAFilter() {
    NewsQuery q = parser.parse("Budapest group:stories");
    assertEquals(NewsQuery.Target.ARTICLES, q.target());
    assertTrue(StoryGroups.groups(q));
    assertEquals(List.of("sha256:abc"), parser.parse("statements by Putin story:sha256:abc").filters().get(NewsQuery.STORY));
    assertTrue(assertThrows(QuerySyntaxException.class, () -> parser.parse("Budapest group:outlets")).getMessage()
        .contains("stories"));
    assertTrue(assertThrows(QuerySyntaxException.class, () -> parser.parse("statements by Putin group:stories"))
        .getMessage().contains("story:ARTICLE_ID"));
  }

  @Test
  void fieldedSyntax() {
    NewsQuery q = parser.parse("speaker:orban place:budapest person:\"viktor orban\" source:ndtv kind:direct "
        + "published:[2025-10-01 TO 2025-10-31] limit:20 peace talks");
    assertEquals(List.of("orban"), q.speakers());
    assertEquals(List.of("budapest"), q.filters().get("place"));
    assertEquals(List.of("viktor orban"), q.filters().get("person"));
    assertEquals(List.of("ndtv"), q.filters().get("source"));
    assertEquals(LocalDate.of(2025, 10, 1), q.publishedFrom());
    assertEquals(LocalDate.of(2025, 10, 31), q.publishedTo());
    assertEquals(20, q.limit());
    assertEquals("peace talks", q.text());
    assertEquals(NewsQuery.Target.STATEMENTS, q.target());
  }

  @Test
  void periodsAndOpenRanges() {
    NewsQuery q = parser.parse("type:article published:2025-10");
    assertEquals(LocalDate.of(2025, 10, 31), q.publishedTo());
    NewsQuery open = parser.parse("published:[2025-01-01 TO *]");
    assertNull(open.publishedTo());
    assertEquals(NewsQuery.Target.STATEMENTS, parser.parse("type:quote").target());
  }

  @Test
  void malformedQueriesSayWhy() {
    assertTrue(assertThrows(QuerySyntaxException.class, () -> parser.parse("colour:red")).getMessage().contains("unknown field"));
    assertTrue(assertThrows(QuerySyntaxException.class, () -> parser.parse("\"unbalanced")).getMessage().contains("unbalanced"));
    assertThrows(QuerySyntaxException.class, () -> parser.parse("published:[2025-10-31 TO 2025-10-01]"));
    assertThrows(QuerySyntaxException.class, () -> parser.parse("published:yesterday"));
    assertThrows(QuerySyntaxException.class, () -> parser.parse("limit:100000"));
    assertThrows(QuerySyntaxException.class, () -> parser.parse("   "));
    assertThrows(QuerySyntaxException.class, () -> parser.parse("x".repeat(5000)));
    assertThrows(QuerySyntaxException.class, () -> parser.parse("kind:sarcastic"));
  }

  @Test
  void timePhrasesBecomePublishedRanges() {
    NewsQueryParser at = new NewsQueryParser(java.time.Clock.fixed(java.time.Instant.parse("2025-10-20T12:00:00Z"),
        java.time.ZoneOffset.UTC));
    NewsQuery a = at.parse("statements by Trump in October 2025");
    assertEquals(List.of("Trump"), a.speakers());
    assertEquals(LocalDate.of(2025, 10, 1), a.publishedFrom());
    assertEquals(LocalDate.of(2025, 10, 31), a.publishedTo());
    NewsQuery b = at.parse("mentions of Alaska summit since August");
    assertEquals(List.of("Alaska summit"), b.mentions());
    assertEquals(LocalDate.of(2025, 8, 1), b.publishedFrom());
    assertNull(b.publishedTo());
    NewsQuery c = at.parse("articles about Zelensky between 2025-10-01 and 2025-10-20");
    assertEquals(LocalDate.of(2025, 10, 1), c.publishedFrom());
    assertEquals(LocalDate.of(2025, 10, 20), c.publishedTo());
    assertEquals(LocalDate.of(2024, 11, 30), at.parse("statements by Orban in November").publishedTo(),
        "a month still to come this year means last year's");
    assertEquals(LocalDate.of(2025, 9, 30), at.parse("quotes by Putin before October").publishedTo());
    assertEquals("talks in Budapest", at.parse("talks in Budapest").text(), "not a time phrase");
  }

  /** One row per phrasing of the query-language review: what a user typed, and what it must mean. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "statements about the election | | the election",
      "quotes about Iraq | | Iraq",
      "statements mentioning Iraq | | Iraq",
      "comments on tax | | tax",
      "who talked about Tomahawks | | Tomahawks",
      "who spoke on tariffs? | | tariffs",
      "Blair's comments on Iraq | Blair | Iraq",
      "Howard's statements | Howard |",
      "statements by Blair about | Blair |",
      "statements by Blair OR Brown | Blair;Brown |",
      "statements by Blair or Brown about tax | Blair;Brown | tax",
      "what did the government say | the government |",
      "statements by Trump NOT Tomahawks | Trump | NOT Tomahawks",
      "statements by Trump -Tomahawks | Trump | -Tomahawks"})
  void statementPhrasings(String query, String speakers, String text) {
    NewsQuery q = parser.parse(query);
    assertEquals(NewsQuery.Target.STATEMENTS, q.target(), query);
    assertEquals(speakers == null ? List.of() : List.of(speakers.split(";")), q.speakers(), query);
    assertEquals(text, q.text(), query);
  }

  @Test
  void punctuationAloneIsAUsageError() {
    assertThrows(QuerySyntaxException.class, () -> parser.parse("!!!"));
    assertThrows(QuerySyntaxException.class, () -> parser.parse("source:ndtv ?!"));
  }

  @Test
  void freeTextOperators() {
    FreeText t = FreeText.parse("Blair -Iraq \"peace talks\" Brown OR Howard NOT -\"dodgy dossier\" tax");
    assertEquals(List.of(List.of(new FreeText.Part("Blair", false)), List.of(new FreeText.Part("peace talks", true)),
        List.of(new FreeText.Part("Brown", false), new FreeText.Part("Howard", false)), List.of(new FreeText.Part("tax", false))),
        t.groups());
    assertEquals(List.of(new FreeText.Part("Iraq", false), new FreeText.Part("dodgy dossier", true)), t.excluded());
    assertEquals(List.of(List.of(new FreeText.Part("Wal-Mart", false))), FreeText.parse("Wal-Mart").groups());
  }

  @Test
  void aKnownSpeakerOnAThemeIsTheirStatementsAboutIt() {
    NewsQueryParser knowing = new NewsQueryParser(() -> java.time.LocalDate.of(2025, 10, 20), "Brown"::equals);
    NewsQuery q = knowing.parse("Brown on tax");
    assertEquals(List.of("Brown"), q.speakers());
    assertEquals("tax", q.text());
    assertEquals(NewsQuery.Target.STATEMENTS, q.target());
    NewsQuery free = knowing.parse("war on terror");
    assertTrue(free.speakers().isEmpty());
    assertEquals("war on terror", free.text());
  }
}
