package dev.newsfacet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.fixtures.FullDisk;
import dev.newsfacet.model.IngestProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest pipeline: every article written once and in order, progress to the last byte, failures stop it. */
class IngestPipelineTest {
  @TempDir
  Path tmp;

  private Path corpus(int files, int perFile) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("corpus"));
    for (int f = 0; f < files; f++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < perFile; i++) {
        sb.append(String.format("{\"id\":\"a%d-%d\",\"title\":\"Talks %d\",\"body\":\"Angela Merkel said on Tuesday the talks "
            + "in Geneva were useful. \\\"We made progress,\\\" she added.\",\"published\":\"2015-03-%02d\"}%n", f, i, i, 1 + i % 28));
      }
      Files.writeString(dir.resolve("part-" + f + ".jsonl"), sb);
    }
    return dir;
  }

  @Test
  void everyArticleIsWrittenAndProgressReachesTheLastByte() throws IOException {
    Path corpus = corpus(3, 700);
    long bytes = 0;
    try (var files = Files.list(corpus)) {
      for (Path p : files.toList()) {
        bytes += Files.size(p);
      }
    }
    List<IngestProgress> seen = new ArrayList<>();
    try (NewsIndex index = NewsIndex.open(tmp.resolve("index"))) {
      IngestReport report = index.ingest(List.of(corpus), null, null, seen::add);
      assertEquals(2100, report.added());
      assertEquals(0, report.skipped());
      assertEquals(2100, index.stats().articles());
      assertEquals(2100L * statementsPerArticle(), index.stats().statements(), "none lost or doubled");
      IngestReport again = index.ingest(List.of(corpus), null, null);
      assertEquals(2100, again.updated());
      assertEquals(2100, index.stats().articles());
    }
    IngestProgress last = seen.get(seen.size() - 1);
    assertEquals(2100, last.articles());
    assertEquals(bytes, last.bytesTotal());
    assertEquals(bytes, last.bytesRead());
    for (int i = 1; i < seen.size(); i++) {
      assertTrue(seen.get(i).articles() > seen.get(i - 1).articles(), "progress only grows");
    }
  }

  private static int statementsPerArticle() {
    String body = "Angela Merkel said on Tuesday the talks in Geneva were useful. \"We made progress,\" she added.";
    int n = dev.newsfacet.extract.Extractor.createDefault()
        .analyze(dev.newsfacet.model.Article.builder().title("Talks").body(body).build()).statements().size();
    assertTrue(n > 0);
    return n;
  }

  @Test
  void aFailedWriteStopsTheIngestWithItsCause() throws IOException {
    Path corpus = corpus(2, 600);
    AtomicBoolean full = new AtomicBoolean(false);
    List<IngestProblem> problems = new ArrayList<>();
    try (NewsIndex index = NewsIndex.open(tmp.resolve("index"), d -> new FullDisk(d, full))) {
      index.commitEvery(100);
      full.set(true);
      IOException e = assertThrows(IOException.class, () -> index.ingest(List.of(corpus), null, problems::add));
      assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
      assertEquals(List.of(), problems, "a write failure is not a problem with an input file");
      full.set(false);
    } catch (IOException | RuntimeException closing) {
      // closing a writer that hit a full disk may fail too
    }
  }
}
