package dev.newsfacet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.index.IndexStore;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FacetCountingTest {
  private static final int DOCS = 30_000;

  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private ByteBuffersDirectory dir;
  private DirectoryReader reader;
  private IndexStore.Snapshot snapshot;
  private FacetsCollector all;

  /** Every document has a colour: red on half of them, green on a third, blue on the rest; several segments. */
  @BeforeEach
  void index() throws IOException {
    dir = new ByteBuffersDirectory();
    FacetsConfig config = new FacetsConfig();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMaxBufferedDocs(7_000))) {
      for (int i = 0; i < DOCS; i++) {
        Document d = new Document();
        d.add(new SortedSetDocValuesFacetField("colour", i % 2 == 0 ? "red" : i % 3 == 0 ? "green" : "blue"));
        w.addDocument(config.build(d));
      }
    }
    reader = DirectoryReader.open(dir);
    IndexSearcher searcher = new IndexSearcher(reader);
    snapshot = new IndexStore.Snapshot(searcher, new DefaultSortedSetDocValuesReaderState(reader, config), threads);
    all = searcher.search(MatchAllDocsQuery.INSTANCE, new FacetsCollectorManager());
  }

  @AfterEach
  void close() throws IOException {
    reader.close();
    dir.close();
    threads.shutdownNow();
  }

  private static Map<String, Long> colours(Facets facets) throws IOException {
    FacetResult r = facets.getTopChildren(10, "colour");
    Map<String, Long> out = new LinkedHashMap<>();
    for (LabelAndValue lv : r.labelValues) {
      out.put(lv.label, lv.value.longValue());
    }
    return out;
  }

  @Test
  void upToTheLimitCountsAreExact() throws IOException {
    FacetCounting counting = new FacetCounting(snapshot, DOCS);
    Map<String, Long> counts = colours(counting.count(all));
    assertFalse(counting.estimated());
    assertEquals(Map.of("red", 15_000L, "blue", 10_000L, "green", 5_000L), counts);
  }

  @Test
  void aboveTheLimitCountsAreEstimatedCloseAndInTheSameOrder() throws IOException {
    FacetCounting counting = new FacetCounting(snapshot, 5_000);
    Map<String, Long> counts = colours(counting.count(all));
    assertTrue(counting.estimated());
    assertEquals(java.util.List.of("red", "blue", "green"), java.util.List.copyOf(counts.keySet()));
    // a sample of ~5,000: each estimate within 8% (about five standard errors)
    assertEquals(15_000, counts.get("red"), 15_000 * 0.08);
    assertEquals(10_000, counts.get("blue"), 10_000 * 0.08);
    assertEquals(5_000, counts.get("green"), 5_000 * 0.08);
  }

  @Test
  void estimatesAreRepeatable() throws IOException {
    Map<String, Long> first = colours(new FacetCounting(snapshot, 5_000).count(all));
    Map<String, Long> second = colours(new FacetCounting(snapshot, 5_000).count(all));
    assertEquals(first, second);
  }

  /** Concurrent search may hand back the segments' hits in any order: the sample must not depend on it. */
  @Test
  void estimatesDoNotDependOnTheOrderSegmentsWereCollectedIn() throws IOException {
    assertTrue(all.getMatchingDocs().size() > 1, "several segments");
    java.util.List<FacetsCollector.MatchingDocs> reversed = new java.util.ArrayList<>(all.getMatchingDocs());
    java.util.Collections.reverse(reversed);
    FacetsCollector shuffled = new FacetsCollector() {
      @Override
      public java.util.List<MatchingDocs> getMatchingDocs() {
        return reversed;
      }
    };
    assertEquals(colours(new FacetCounting(snapshot, 5_000).count(all)),
        colours(new FacetCounting(snapshot, 5_000).count(shuffled)));
  }
}
