package dev.newsfacet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.fixtures.Seeds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every value a facet lists can be drilled into: filtering on it finds exactly the count the facet showed. */
class DrillableFacetsTest {
  @TempDir
  static Path dir;
  static NewsIndex index;

  @BeforeAll
  static void indexSeeds() throws Exception {
    index = NewsIndex.open(dir.resolve("index"));
    index.ingest(List.of(Seeds.dir()), null, null);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  /** The query that keeps only one facet value, as a click on it writes it. */
  static String filterFor(String dimension, String value) {
    String quoted = "\"" + value.replace("\"", "") + "\"";
    return switch (dimension) {
      case "type", "kind" -> dimension + ":" + value;
      case "published.year", "published.month", "published.day" -> "published:" + value;
      case "mentioned.year", "mentioned.month", "mentioned.day" -> "mentioned:" + value;
      default -> dimension + ":=" + quoted;
    };
  }

  static List<String> mismatches(NewsBackend index, NewsQuery.Target target) throws Exception {
    String base = target == NewsQuery.Target.ARTICLES ? "type:article" : "type:statement";
    SearchResult all = index.search(NewsQuery.builder().target(target).facetValues(1000).exactCounts(true).build());
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Facet f : all.facets()) {
      for (FacetValue v : f.values()) {
        SearchResult drilled = index.search(base + " " + filterFor(f.dimension(), v.value()));
        checked++;
        if (drilled.matches() != v.count()) {
          wrong.add(f.dimension() + "=" + v.value() + ": facet " + v.count() + ", filter " + drilled.matches());
        }
      }
    }
    assertTrue(checked > 20, "too few facet values to check: " + checked);
    return wrong;
  }

  @Test
  void everyArticleFacetValueDrillsToItsCount() throws Exception {
    assertEquals(List.of(), mismatches(index, NewsQuery.Target.ARTICLES));
  }

  @Test
  void everyStatementFacetValueDrillsToItsCount() throws Exception {
    assertEquals(List.of(), mismatches(index, NewsQuery.Target.STATEMENTS));
  }

  /** The first 300 articles of a Reuters shard, when ../shared/corpora is beside the checkout. */
  @Test
  void everyFacetValueOfAReutersSampleDrillsToItsCount() throws Exception {
    Path corpora = Seeds.corpora();
    Path shard = corpora == null ? Path.of("shared-corpora-absent") : corpora.resolve("reuters/reuters-01.jsonl.gz");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(shard),
        "../shared/corpora/reuters is absent: skipped");
    Path sample = dir.resolve("reuters-sample.jsonl");
    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
        new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(shard)), java.nio.charset.StandardCharsets.UTF_8))) {
      java.nio.file.Files.write(sample, in.lines().limit(300).toList());
    }
    try (NewsIndex reuters = NewsIndex.open(dir.resolve("reuters"))) {
      reuters.ingest(List.of(sample), null, null);
      assertEquals(List.of(), mismatches(reuters, NewsQuery.Target.ARTICLES));
      assertEquals(List.of(), mismatches(reuters, NewsQuery.Target.STATEMENTS));
    }
  }
}
