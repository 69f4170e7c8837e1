package dev.newsfacet.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.AddResult;
import dev.newsfacet.ArticleHit;
import dev.newsfacet.Hit;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsBackend;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.SearchResult;
import dev.newsfacet.StatementHit;
import dev.newsfacet.fixtures.Seeds;
import dev.newsfacet.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed articles in the embedded index and in a real OpenSearch cluster: every acceptance query gives
 * the same answer on both (hits, totals, facet counts, passages). Needs a cluster at
 * {@code $NEWSFACET_OPENSEARCH_URL} ({@code bin/opensearch-cluster} starts one; {@code bin/test} does so
 * itself); skipped, saying so, without one.
 */
class SameAnswersTest {
  static final List<String> QUERIES = List.of(
      "statements by Orban", "statements by Orbán", "quotes by ORBAN", "speaker:orban", "statements by Putin",
      "statements by the Kremlin", "statements by Orban in October 2025", "statements by Orban in September 2025",
      "what did Trump say about Tomahawks", "mentions of Alaska summit",
      "mentions of Alaska summit between 2025-10-01 and 2025-10-31", "type:article mentioned:2025-08-15",
      "type:article mentioned:[2025-08-01 TO 2025-08-31]", "type:article published:2024",
      "type:article published:[2025-10-01 TO 2025-10-31]", "type:article source:ndtv", "type:article",
      "Budapest", "\"peace talks\"", "statements by Trump source:ndtv", "mentions of Zelensky person:putin",
      "speaker:putin kind:indirect", "Ukraine person:zelensky person:trump",
      // near-identical versions grouped (the Budapest post in three wordings), and completed for a quote search
      "statements by Trump limit:1000", "who said \"agreed-upon location\"", "who said \"meet in Budapest, Hungary\"",
      // stories: one hit per story, and the story of one seed article
      "type:article group:stories", "Budapest group:stories", "type:article story:sha256:edbaa7fdfe6ed8e2",
      "statements by Putin story:sha256:edbaa7fdfe6ed8e2");

  @TempDir
  static Path dir;
  static NewsIndex embedded;
  static OpenSearchNewsIndex cluster;

  @BeforeAll
  static void indexBoth() throws Exception {
    String url = System.getenv("NEWSFACET_OPENSEARCH_URL");
    Assumptions.assumeTrue(url != null && !url.isBlank(),
        "no OpenSearch cluster: set NEWSFACET_OPENSEARCH_URL, or run bin/test, which starts one");
    Path seeds = Seeds.dir();
    embedded = NewsIndex.open(dir.resolve("embedded"));
    OpenSearchConfig config = OpenSearchConfig.of(url).withIndex("newsfacet-test-" + ProcessHandle.current().pid());
    cluster = OpenSearchNewsIndex.open(config);
    cluster.deleteIndex();
    cluster.close();
    cluster = OpenSearchNewsIndex.open(config);
    IngestReport a = embedded.ingest(List.of(seeds), null, null);
    IngestReport b = cluster.ingest(List.of(seeds), null, null);
    assertEquals(5, a.added());
    assertEquals(a, b);
  }

  @AfterAll
  static void cleanUp() throws Exception {
    if (cluster != null) {
      cluster.deleteIndex();
      cluster.close();
    }
    if (embedded != null) {
      embedded.close();
    }
  }


  @Test
  void everyAcceptanceQueryGivesTheSameAnswer() throws Exception {
    for (String q : QUERIES) {
      assertSame(q, embedded.search(q, 50), cluster.search(q, 50));
    }
  }

  @Test
  void statsAgree() throws Exception {
    assertEquals(embedded.stats(), cluster.stats());
    assertTrue(cluster.stats().statements() > 0);
  }

  @Test
  void reAddingAnArticleReplacesItAndItsStatements() throws Exception {
    Article a = Article.builder().id("replace-me").title("Test").source("Test Wire").published(LocalDate.of(2025, 10, 1))
        .body("Orban said: \"We are ready to host the summit.\" He added: \"Budapest is safe.\"").build();
    Article shorter = Article.builder().id("replace-me").title("Test").source("Test Wire").published(LocalDate.of(2025, 10, 1))
        .body("Nothing said here.").build();
    // indexes of their own: the deletions would make term statistics, so scores, differ from the others'
    OpenSearchConfig config = OpenSearchConfig.of(System.getenv("NEWSFACET_OPENSEARCH_URL"))
        .withIndex("newsfacet-test-replace-" + ProcessHandle.current().pid());
    try (NewsIndex embeddedToo = NewsIndex.open(dir.resolve("replace"));
         OpenSearchNewsIndex clusterToo = OpenSearchNewsIndex.open(config)) {
      try {
        for (NewsBackend b : List.<NewsBackend>of(embeddedToo, clusterToo)) {
          assertEquals(AddResult.ADDED, b.add(a));
          assertEquals(2, b.stats().statements());
          assertEquals(AddResult.UPDATED, b.add(shorter));
          assertEquals(1, b.stats().articles());
          assertEquals(0, b.stats().statements());
        }
        String q = "source:\"test wire\"";
        assertSame(q, embeddedToo.search(q, 50), clusterToo.search(q, 50));
      } finally {
        clusterToo.deleteIndex();
      }
    }
  }

  /** Equal answers; hits whose scores tie may come in either order, so ties are compared sorted. */
  static void assertSame(String query, SearchResult expected, SearchResult actual) {
    assertEquals(expected.total(), actual.total(), query + ": total");
    assertEquals(expected.facets(), actual.facets(), query + ": facets");
    assertEquals(expected.hits().size(), actual.hits().size(), query + ": hits");
    for (int i = 0; i < expected.hits().size(); i++) {
      float e = expected.hits().get(i).score();
      float a = actual.hits().get(i).score();
      assertTrue(Float.isNaN(e) ? Float.isNaN(a) : Math.abs(e - a) <= 1e-3f * Math.max(1f, Math.abs(e)),
          query + ": score of hit " + i + " " + e + " vs " + a);
    }
    // when the hits fill the limit, the last tied run may continue past it: which of the tied hits make the
    // cut is up to each engine
    boolean full = expected.hits().size() == expected.query().limit() && expected.total() > expected.hits().size();
    assertEquals(canonical(expected.hits(), full), canonical(actual.hits(), full), query + ": hits");
  }

  private static List<String> canonical(List<Hit> hits, boolean dropLastTiedRun) {
    List<String> out = new ArrayList<>();
    List<List<Hit>> runs = new ArrayList<>();
    for (Hit h : hits) {
      if (runs.isEmpty() || !tie(runs.get(runs.size() - 1).get(0), h)) {
        runs.add(new ArrayList<>());
      }
      runs.get(runs.size() - 1).add(h);
    }
    if (dropLastTiedRun && !runs.isEmpty()) {
      runs.remove(runs.size() - 1);
    }
    for (List<Hit> run : runs) {
      run.stream().map(SameAnswersTest::describe).sorted().forEach(out::add);
    }
    return out;
  }

  private static boolean tie(Hit a, Hit b) {
    return !Float.isNaN(a.score()) && Math.abs(a.score() - b.score()) <= 1e-3f * Math.max(1f, Math.abs(a.score()));
  }

  private static String describe(Hit h) {
    return switch (h) {
      case ArticleHit a -> "article " + a.id() + " " + a.title() + " " + a.source() + " " + a.url() + " " + a.published()
          + " " + a.passages() + " story " + a.storyArticleCount() + " " + a.story();
      // the passage is in the offsets of the first occurrence, which may be any of equally scored ones
      case StatementHit s -> "statement " + s.text() + " " + s.kind() + " " + s.speaker() + " " + s.articleCount()
          + " articles " + s.outletCount() + " outlets "
          + s.passages().stream().map(p -> p.marked("[", "]")).toList() + " "
          + s.occurrences().stream().map(Object::toString).sorted().collect(Collectors.joining("; "));
    };
  }
}
