package dev.newsfacet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory is bounded by the text in flight, not by the number of articles: a stream of 20 MB records is
 * indexed whole by a JVM of 1 GB heap (before, 60 such lines failed with OutOfMemoryError in 12 s).
 */
class LargeRecordsTest {
  static final int RECORDS = 12;
  static final int RECORD_CHARS = 20_000_000;

  @TempDir
  Path tmp;

  @Test
  void aStreamOfTwentyMegabyteRecordsCompletesInAOneGigabyteHeap() throws Exception {
    Path file = tmp.resolve("large.jsonl");
    String sentence = "The minister said the talks in Budapest would continue next week. ";
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int r = 0; r < RECORDS; r++) {
        w.write("{\"id\":\"large-" + r + "\",\"title\":\"Large " + r + "\",\"body\":\"");
        for (int written = 0; written < RECORD_CHARS; written += sentence.length()) {
          w.write(sentence);
        }
        w.write("\"}\n");
      }
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        LargeRecordsMain.class.getName(), file.toString(), tmp.resolve("index").toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the child did not finish");
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("added " + RECORDS + " skipped 0"), out);
    assertTrue(out.contains("entities, statements and dates come from its first"), out);
  }
}
