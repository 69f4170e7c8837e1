package dev.newsfacet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One statement in several outlets' wordings is one hit; different statements stay apart. */
class StatementGroupingTest {
  @TempDir
  Path tmp;

  private static Article article(String id, String source, LocalDate day, String body) {
    return Article.builder().id(id).title("Harbour " + id).source(source).published(day).body(body).build();
  }

  private static List<StatementHit> statements(NewsIndex index, String query) throws Exception {
    return index.search(query).hits().stream().map(StatementHit.class::cast).toList();
  }

  @Test
  void versionsOfOneQuotationGroupWithEachWordingAndTheFirstOutletMarked() throws Exception {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("versions"))) {
      index.add(article("a", "Coast Post", LocalDate.of(2026, 3, 2),
          "\"The harbour will reopen on Friday and the ferries will run to the old timetable,\" Anna Berg said."));
      index.add(article("b", "Island News", LocalDate.of(2026, 3, 3),
          "\"Repairs took longer than we hoped. The harbour will reopen on Friday, and the ferries will run to "
              + "the old timetable,\" Anna Berg said on Tuesday."));
      List<StatementHit> hits = statements(index, "statements by Anna Berg");
      assertEquals(1, hits.size(), hits.toString());
      StatementHit hit = hits.get(0);
      assertEquals(2, hit.articleCount());
      assertEquals(2, hit.outletCount());
      assertEquals(List.of("a", "b"), hit.occurrences().stream().map(Occurrence::articleId).toList(), "earliest first");
      assertEquals(List.of("a"), hit.firstReported().stream().map(Occurrence::articleId).toList());
      assertTrue(hit.text().startsWith("Repairs took longer"), "the longest wording stands for it: " + hit.text());
      assertTrue(hit.occurrences().get(0).text().startsWith("The harbour will reopen"), "each its own wording");
    }
  }

  @Test
  void statementsQuotingOneSameWordAreNotOneStatement() throws Exception {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("one-word"))) {
      index.add(article("a", "Coast Post", LocalDate.of(2026, 3, 2),
          "Anna Berg said the storm had caused \"significant\" damage to the harbour wall."));
      index.add(article("b", "Island News", LocalDate.of(2026, 5, 9),
          "Anna Berg said the new timetable would bring a \"significant\" rise in passengers this summer."));
      assertEquals(2, statements(index, "statements by Anna Berg").size());
    }
  }

  @Test
  void aQuotedPhraseSearchListsTheVersionsThePhraseMisses() throws Exception {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("who-said"))) {
      index.add(article("a", "Coast Post", LocalDate.of(2026, 3, 2),
          "\"We will meet in Portkerry to agree the new timetable for the island ferries,\" Anna Berg said."));
      index.add(article("b", "Island News", LocalDate.of(2026, 3, 2),
          "\"We will meet in an agreed-upon place, Portkerry, to agree the new timetable for the island ferries,\" "
              + "Anna Berg said."));
      List<StatementHit> hits = statements(index, "who said \"agreed-upon place\"");
      assertEquals(1, hits.size(), hits.toString());
      assertEquals(2, hits.get(0).articleCount(), "the version without the phrase is listed too");
      assertTrue(hits.get(0).text().contains("agreed-upon place"), "the wording the phrase matched stands for it");
      assertEquals(1, statements(index, "statements by Anna Berg \"agreed-upon place\" published:2026-03").get(0)
          .articleCount(), "a query with another restriction is not completed");
    }
  }
}
