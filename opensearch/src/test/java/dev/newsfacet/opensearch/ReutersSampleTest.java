package dev.newsfacet.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.Facet;
import dev.newsfacet.FacetValue;
import dev.newsfacet.IndexStats;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.NewsQuery;
import dev.newsfacet.fixtures.Seeds;
import dev.newsfacet.ingest.ArticleSource;
import dev.newsfacet.ingest.IngestListener;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.IngestProblem;
import dev.newsfacet.search.NewsQueryParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few thousand Reuters articles from {@code ../shared/corpora/reuters} (when present; never part of the
 * project) in both backends: the same counts, and the same answers to a sample of queries built from
 * what the index holds (its top speakers, people, places and sources).
 */
class ReutersSampleTest {
  static final int ARTICLES = 3000;

  @TempDir
  Path dir;

  @Test
  void countsAndSampleQueriesAgree() throws Exception {
    String url = System.getenv("NEWSFACET_OPENSEARCH_URL");
    Assumptions.assumeTrue(url != null && !url.isBlank(), "no OpenSearch cluster: set NEWSFACET_OPENSEARCH_URL");
    Path corpora = Seeds.corpora();
    Path file = corpora == null ? Path.of("shared-corpora-absent") : corpora.resolve("reuters/reuters-00.jsonl.gz");
    Assumptions.assumeTrue(Files.isRegularFile(file), "Reuters corpus absent (" + file + "): test skipped");
    List<Article> articles = new ArrayList<>();
    new ArticleSource(null).read(List.of(file), new IngestListener() {
      @Override
      public void article(Article a) {
        if (articles.size() < ARTICLES) {
          articles.add(a);
        }
      }

      @Override
      public void problem(IngestProblem problem) {
        // a bad record is left out of both
      }
    });
    OpenSearchConfig config = OpenSearchConfig.of(url).withIndex("newsfacet-test-reuters-" + ProcessHandle.current().pid());
    try (NewsIndex embedded = NewsIndex.open(dir.resolve("embedded"));
         OpenSearchNewsIndex cluster = OpenSearchNewsIndex.open(config)) {
      try {
        assertEquals(embedded.addAll(articles), cluster.addAll(articles));
        IndexStats stats = embedded.stats();
        assertEquals(ARTICLES, stats.articles());
        assertEquals(stats, cluster.stats());
        List<String> queries = new ArrayList<>(List.of("oil prices", "\"central bank\"", "type:article",
            "type:statement kind:direct", "mentions of Federal Reserve"));
        for (FacetValue v : top(stats, "speaker")) {
          queries.add("statements by " + v.value());
        }
        for (FacetValue v : top(stats, "person")) {
          queries.add("mentions of " + v.value());
        }
        for (FacetValue v : top(stats, "place")) {
          queries.add("type:article place:\"" + v.value() + "\" published:[2000-01-01 TO 2030-12-31]");
        }
        for (FacetValue v : top(stats, "org")) {
          queries.add("what did " + v.value() + " say about growth");
        }
        assertTrue(queries.size() > 12, () -> queries.toString());
        for (String q : queries) {
          // exact counts on both sides: past 20,000 matches the embedded index would otherwise estimate
          // them from a sample, and the cluster always counts every match
          NewsQuery exact = new NewsQueryParser().parse(q).withLimit(20).withExactCounts();
          SameAnswersTest.assertSame(q, embedded.search(exact), cluster.search(exact));
        }
      } finally {
        cluster.deleteIndex();
      }
    }
  }

  private static List<FacetValue> top(IndexStats stats, String dim) {
    return stats.facets().stream().filter(f -> f.dimension().equals(dim)).findFirst().map(Facet::values)
        .orElse(List.of()).stream().limit(3).toList();
  }
}
