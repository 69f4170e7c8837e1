package dev.newsfacet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsfacet.NewsIndex;
import dev.newsfacet.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, for real: a 2 MB tmpfs mounted for the test (it needs root, as CI runs; skipped otherwise). The
 * facade and the command line both report the disk as full, never an internal error, and the index left
 * behind still opens.
 */
class DiskFullTest {
  @TempDir
  Path tmp;
  Path disk;
  boolean mounted;

  @BeforeEach
  void mount() throws Exception {
    disk = tmp.resolve("disk");
    Files.createDirectories(disk);
    Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString())
        .redirectErrorStream(true).start();
    mounted = p.waitFor() == 0;
    assumeTrue(mounted, "cannot mount a small tmpfs here (needs root): skipped");
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      new ProcessBuilder("umount", disk.toString()).start().waitFor();
    }
  }

  private static List<String> records(int n) {
    Random random = new Random(1);
    String[] words = {"market", "shares", "government", "minister", "report", "growth", "bank", "rates", "city"};
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 300; w++) {
        body.append(words[random.nextInt(words.length)]).append(' ');
      }
      body.append("John Smith said the plan would work.");
      lines.add("{\"id\":\"r" + i + "\",\"title\":\"Story " + i + "\",\"body\":\"" + body + "\"}");
    }
    return lines;
  }

  @Test
  void theCommandLineSaysTheDiskIsFull() throws Exception {
    Path data = tmp.resolve("big.jsonl");
    Files.write(data, records(3000));
    CliTest.Run r = CliTest.run("index", "--index", disk.resolve("idx").toString(), data.toString());
    assertEquals(1, r.status(), r.err());
    assertTrue(r.err().contains("No space left on device"), r.err());
    assertFalse(r.err().contains("internal error"), r.err());
    assertFalse(r.err().contains("Self-suppression"), r.err());
  }

  @Test
  void theFacadeThrowsTheDiskErrorAndTheIndexStillOpens() throws Exception {
    Path index = disk.resolve("idx2");
    IOException thrown = null;
    try (NewsIndex i = NewsIndex.open(index)) {
      List<Article> batch = new ArrayList<>();
      for (String line : records(3000)) {
        int b = line.indexOf("\"body\":\"") + 8;
        batch.add(Article.builder().title("t").body(line.substring(b, line.length() - 2)).build());
        if (batch.size() == 200) {
          i.addAll(batch);
          i.commit();
          batch.clear();
        }
      }
    } catch (IOException e) {
      thrown = e;
    }
    assertTrue(thrown != null, "a 2 MB disk should fill");
    assertTrue(String.valueOf(thrown.getMessage()).contains("No space left on device")
        || String.valueOf(rootCause(thrown).getMessage()).contains("No space left on device"), thrown::toString);
    for (Throwable s : thrown.getSuppressed()) {
      assertFalse(s == thrown, "the same exception suppressed into itself");
    }
    new ProcessBuilder("sh", "-c", "rm -f " + disk + "/big*").start().waitFor();
    try (NewsIndex reopened = NewsIndex.open(index)) {
      assertTrue(reopened.articleCount() >= 0);
    }
  }

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
