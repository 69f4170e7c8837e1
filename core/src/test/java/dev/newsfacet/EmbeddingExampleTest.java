package dev.newsfacet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.fixtures.Seeds;
import dev.newsfacet.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding example from the README, verbatim between the markers, so the README cannot drift. */
class EmbeddingExampleTest {
  @TempDir
  Path tmp;

  @Test
  void readmeExampleRuns() throws Exception {
    Path indexDir = tmp.resolve("news-index");
    StringBuilder printed = new StringBuilder();
    // README-EXAMPLE-START
    try (NewsIndex index = NewsIndex.open(indexDir)) {
      index.add(Article.builder()
          .title("Orban welcomes summit")
          .body("Hungarian Prime Minister Viktor Orban said Hungary is \"ready\" to host the talks. "
              + "\"We are ready!\" Orban wrote on X.")
          .source("Example News")
          .published(LocalDate.of(2025, 10, 16))
          .build());
      index.commit();

      SearchResult result = index.search("statements by Orban");
      for (Hit hit : result.hits()) {
        if (hit instanceof StatementHit s) {
          printed.append(s.speaker()).append(": ").append(s.text()).append('\n');
        }
      }
      for (FacetValue v : result.facet("speaker").values()) {
        printed.append(v.value()).append(" (").append(v.count()).append(")\n");
      }
    }
    // README-EXAMPLE-END
    String out = printed.toString();
    assertTrue(out.contains("Viktor Orban: We are ready!"), out);
    assertTrue(out.contains("Viktor Orban: Hungary is \"ready\" to host the talks"), out);
    assertTrue(out.contains("Viktor Orban (2)"), out);
  }

  @Test
  void readmeShowsThisExampleVerbatim() throws Exception {
    String source = java.nio.file.Files.readString(Path.of("src/test/java/dev/newsfacet/EmbeddingExampleTest.java"));
    String block = source.substring(source.indexOf("// README-EXAMPLE-START") + "// README-EXAMPLE-START".length(),
        source.indexOf("// README-EXAMPLE-END"));
    String readme = java.nio.file.Files.readString(Seeds.dir().getParent().getParent().resolve("README.md"));
    assertTrue(normalise(readme).contains(normalise(block)), "README.md's embedding example differs from this test's");
  }

  private static String normalise(String s) {
    return s.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(java.util.stream.Collectors.joining("\n"));
  }

  @Test
  void aNationalityInARoleLinksTheArticleToTheCountry() throws Exception {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("demonym"))) {
      index.add(Article.of("Visit", "Ukrainian President Volodymyr Zelensky arrived. Russian officials said nothing."));
      SearchResult r = index.search("type:article");
      java.util.List<String> places = r.facet("place").values().stream().map(FacetValue::value).toList();
      assertTrue(places.contains("Ukraine"), places.toString());
      assertTrue(!places.contains("Russia"), "a bare nationality adjective is not a place: " + places);
    }
  }

  @Test
  void withNothingToRankByNewestComesFirst() throws Exception {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("order"))) {
      index.add(Article.builder().title("Old").body("Joe Biden said the economy was weak.").published(LocalDate.of(2020, 1, 1)).build());
      index.add(Article.builder().title("New").body("Joe Biden said the economy was strong.").published(LocalDate.of(2024, 1, 1)).build());
      index.add(Article.builder().title("Mid").body("Joe Biden said the economy was fine.").published(LocalDate.of(2022, 1, 1)).build());
      java.util.List<LocalDate> order = index.search("statements by Biden").hits().stream()
          .map(h -> ((StatementHit) h).occurrences().get(0).published()).toList();
      assertEquals(java.util.List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2022, 1, 1), LocalDate.of(2020, 1, 1)), order);
    }
  }

  @Test
  void aStatementReportedByManyArticlesListsTheEarliestFirstAndCountsTheRest() throws Exception {
    int papers = StatementHit.OCCURRENCES_LISTED + 3;
    try (NewsIndex index = NewsIndex.open(tmp.resolve("syndicated"))) {
      for (int i = 0; i < papers; i++) {
        index.add(Article.builder().id("paper-" + i).title("Paper " + i)
            .body("Budget talks. \"We will not raise taxes,\" Angela Merkel said on Monday. Paper " + i + " reports.")
            .published(LocalDate.of(2020, 1, 1).plusDays(i)).build());
      }
      index.add(Article.builder().id("other").title("Other")
          .body("\"Growth is back,\" Angela Merkel said.").published(LocalDate.of(2019, 1, 1)).build());
      java.util.List<StatementHit> hits = index.search("statements by Merkel").hits().stream()
          .map(StatementHit.class::cast).toList();
      assertEquals(2, hits.size(), hits.toString());
      StatementHit taxes = hits.get(0);
      assertTrue(taxes.text().contains("We will not raise taxes"), taxes.text());
      assertEquals(papers, taxes.articleCount());
      assertEquals(StatementHit.OCCURRENCES_LISTED, taxes.occurrences().size());
      assertEquals(java.util.stream.IntStream.range(0, StatementHit.OCCURRENCES_LISTED)
              .mapToObj(i -> "paper-" + i).toList(),
          taxes.occurrences().stream().map(Occurrence::articleId).toList(), "the first to report it first");
      assertEquals(java.util.List.of("paper-0"), taxes.firstReported().stream().map(Occurrence::articleId).toList());
      taxes.occurrences().forEach(o -> assertEquals("Angela Merkel", o.speakerText()));
      taxes.occurrences().forEach(o -> assertEquals("said", o.cue()));
      assertEquals(1, hits.get(1).articleCount());
    }
  }

  @Test
  void aReopenedIndexKeepsWhatWasCommitted() throws Exception {
    Path indexDir = tmp.resolve("reopen");
    try (NewsIndex index = NewsIndex.open(indexDir)) {
      index.add(Article.of("A title", "Trump said the talks would go well."));
    }
    try (NewsIndex index = NewsIndex.openReadOnly(indexDir)) {
      assertEquals(1, index.stats().articles());
      assertEquals(1, index.search("statements by Trump").total());
    }
  }
}
