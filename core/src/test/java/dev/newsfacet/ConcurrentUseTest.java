package dev.newsfacet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches while articles are being added: no errors, and counts only grow (near-real-time refresh). */
class ConcurrentUseTest {
  @TempDir
  Path tmp;

  @Test
  void searchesDuringAnIngestSeeGrowingCounts() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try (NewsIndex index = NewsIndex.open(tmp.resolve("index"))) {
      AtomicBoolean writing = new AtomicBoolean(true);
      Future<?> writer = pool.submit(() -> {
        for (int batch = 0; batch < 20; batch++) {
          List<Article> articles = new ArrayList<>();
          for (int i = 0; i < 50; i++) {
            articles.add(Article.builder().id("a-" + batch + "-" + i).title("Talks " + i)
                .body("Joe Biden said the talks in Geneva were useful. \"We made progress,\" he added.").build());
          }
          index.addAll(articles);
        }
        writing.set(false);
        return null;
      });
      List<Future<List<Long>>> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        readers.add(pool.submit(() -> {
          List<Long> seen = new ArrayList<>();
          while (writing.get()) {
            seen.add(index.search("type:article").total());
            index.search("statements by Joe Biden");
            Thread.sleep(20);
          }
          seen.add(index.search("type:article").total());
          return seen;
        }));
      }
      writer.get();
      for (Future<List<Long>> f : readers) {
        List<Long> seen = f.get();
        for (int i = 1; i < seen.size(); i++) {
          assertTrue(seen.get(i) >= seen.get(i - 1), "counts went down: " + seen);
        }
        assertEquals(1000L, seen.get(seen.size() - 1));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
