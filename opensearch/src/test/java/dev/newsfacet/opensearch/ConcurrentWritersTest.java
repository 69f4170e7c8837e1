package dev.newsfacet.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacet.IngestReport;
import dev.newsfacet.fixtures.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What two writers started together on a new OpenSearch index guarantee: both finish (the one that finds
 * the index just created waits for its shards), and the index answers every acceptance query and every
 * facet exactly as one index written by one writer does.
 */
class ConcurrentWritersTest {
  @TempDir
  Path tmp;

  @Test
  void twoWritersOnDisjointHalvesGiveTheAnswersOfOne() throws Exception {
    String url = System.getenv("NEWSFACET_OPENSEARCH_URL");
    Assumptions.assumeTrue(url != null && !url.isBlank(),
        "no OpenSearch cluster: set NEWSFACET_OPENSEARCH_URL, or run bin/test, which starts one");
    Path seeds = Seeds.dir();
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Path> halves = List.of(Files.createDirectories(tmp.resolve("a")), Files.createDirectories(tmp.resolve("b")));
    for (int i = 0; i < files.size(); i++) {
      Files.copy(files.get(i), halves.get(i % 2).resolve(files.get(i).getFileName()));
    }
    Files.copy(seeds.resolve("manifest.json"), halves.get(0).resolve("manifest.json"));
    Files.copy(seeds.resolve("manifest.json"), halves.get(1).resolve("manifest.json"));
    long pid = ProcessHandle.current().pid();
    OpenSearchConfig two = OpenSearchConfig.of(url).withIndex("newsfacet-test-two-writers-" + pid);
    OpenSearchConfig one = OpenSearchConfig.of(url).withIndex("newsfacet-test-one-writer-" + pid);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<IngestReport>> runs = new ArrayList<>();
      for (Path half : halves) {
        Callable<IngestReport> writer = () -> {
          try (OpenSearchNewsIndex index = OpenSearchNewsIndex.open(two)) {
            return index.ingest(List.of(half), null, null);
          }
        };
        runs.add(pool.submit(writer));
      }
      long added = 0;
      for (Future<IngestReport> r : runs) {
        added += r.get().added();
      }
      assertEquals(files.size(), added);
      try (OpenSearchNewsIndex together = OpenSearchNewsIndex.open(two); OpenSearchNewsIndex alone = OpenSearchNewsIndex.open(one)) {
        alone.ingest(List.of(halves.get(0), halves.get(1)), null, null);
        together.commit();
        for (String q : SameAnswersTest.QUERIES) {
          SameAnswersTest.assertSame(q, alone.search(q, 50), together.search(q, 50));
        }
        assertEquals(alone.stats(), together.stats());
      } finally {
        try (OpenSearchNewsIndex a = OpenSearchNewsIndex.open(two); OpenSearchNewsIndex b = OpenSearchNewsIndex.open(one)) {
          a.deleteIndex();
          b.deleteIndex();
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
