package dev.newsfacet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.model.Article;
import dev.newsfacet.model.ArticleMetadata;
import dev.newsfacet.model.IngestProblem;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {
  @TempDir
  Path dir;

  final List<Article> articles = new ArrayList<>();
  final List<IngestProblem> problems = new ArrayList<>();
  final IngestListener listener = new IngestListener() {
    @Override
    public void article(Article article) {
      articles.add(article);
    }

    @Override
    public void problem(IngestProblem problem) {
      problems.add(problem);
    }
  };

  private void read(ArticleMetadata defaults, Path... paths) {
    new ArticleSource(defaults).read(List.of(paths), listener);
  }

  @Test
  void plainTextKeepsTheWholeTextAndTakesTheFirstNonBlankLineAsTitle() throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "\uFEFF\n  Headline here \nBody one.\nBody two.\n");
    read(null, f);
    assertEquals(1, articles.size());
    assertEquals("Headline here", articles.get(0).title());
    assertEquals("\n  Headline here \nBody one.\nBody two.\n", articles.get(0).text(), "only the BOM is removed");
    assertTrue(articles.get(0).id().startsWith("sha256:"));
  }

  @Test
  void jsonObjectArrayAndLinesWithGzip() throws Exception {
    Files.writeString(dir.resolve("one.json"), "{\"id\":\"x1\",\"title\":\"T\",\"body\":\"B\",\"published\":\"2025-10-16T09:30:00+02:00\"}");
    Files.writeString(dir.resolve("many.json"), "[{\"title\":\"A\",\"body\":\"a\",\"url\":\"https://e.x/a\"},{\"title\":\"B\",\"body\":\"b\"}]");
    Files.writeString(dir.resolve("lines.jsonl"), "{\"title\":\"L1\",\"body\":\"one\"}\n\n{\"title\":\"L2\",\"body\":\"two\"}\n");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("z.jsonl.gz")))) {
      out.write("{\"title\":\"G\",\"body\":\"gz\",\"source\":\"Reuters\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("ignored.csv"), "not,an,article");
    read(null, dir);
    assertEquals(List.of(), problems);
    assertEquals(6, articles.size());
    Article one = articles.stream().filter(a -> a.id().equals("x1")).findFirst().orElseThrow();
    assertEquals("T\n\nB", one.text());
    assertEquals(LocalDate.of(2025, 10, 16), one.published());
    assertTrue(articles.stream().anyMatch(a -> a.id().equals("https://e.x/a")), "the URL is the id when none is given");
    assertTrue(articles.stream().anyMatch(a -> "Reuters".equals(a.source())));
  }

  @Test
  void badItemsAreSkippedWithFileAndLineAndGoodOnesKept() throws Exception {
    Files.writeString(dir.resolve("mixed.jsonl"), "{\"title\":\"ok\",\"body\":\"fine\"}\n{broken\n{\"title\":\"no body\"}\n"
        + "{\"body\": 42}\n[1,2]\n{\"title\":\"ok2\",\"body\":\"fine too\",\"published\":\"last Tuesday\"}\n");
    Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 headline\nThe caf\u00e9 opened.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("empty.txt"), "   \n");
    Files.write(dir.resolve("binary.txt"), new byte[] {1, 0, 2, 0, 3});
    byte[] gz = gzip("{\"title\":\"a\",\"body\":\"b\"}\n{\"title\":\"c\",\"body\":\"d\"}\n");
    Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(gz, gz.length - 12));
    Files.writeString(dir.resolve("bad.json"), "{\"title\": ");
    read(null, dir, dir.resolve("missing.txt"));

    assertTrue(articles.stream().anyMatch(a -> a.title().equals("ok")));
    assertTrue(articles.stream().anyMatch(a -> a.title().equals("ok2") && a.published() == null));
    assertTrue(articles.stream().anyMatch(a -> a.title().equals("Café headline")), "Windows-1252 fallback decodes it");
    assertProblem("mixed.jsonl", 2, "malformed JSON", true);
    assertProblem("mixed.jsonl", 3, "no body", true);
    assertProblem("mixed.jsonl", 4, "must be a string", true);
    assertProblem("mixed.jsonl", 5, "expected a JSON object", true);
    assertProblem("mixed.jsonl", 6, "unreadable published date", false);
    assertEquals(LocalDate.of(2025, 10, 16), RecordMapper.parseDate("16 October 2025"));
    assertEquals(LocalDate.of(2025, 10, 16), RecordMapper.parseDate("Thu, 16 Oct 2025 10:00:00 GMT"));
    assertEquals(LocalDate.of(2025, 10, 16), RecordMapper.parseDate("October 16, 2025"));
    // an ISO date-time is dated by the day it names in its own offset, whatever the offset
    assertEquals(LocalDate.of(2006, 10, 20), RecordMapper.parseDate("2006-10-20T23:15:00-04:00"));
    assertEquals(LocalDate.of(2006, 10, 20), RecordMapper.parseDate("2006-10-20T23:15:00Z"));
    assertEquals(LocalDate.of(2006, 10, 20), RecordMapper.parseDate("2006-10-20"));
    assertEquals(null, RecordMapper.parseDate("2006-02-30"));
    assertProblem("latin1.txt", 0, "Windows-1252", false);
    assertProblem("empty.txt", 0, "empty", true);
    assertProblem("binary.txt", 0, "binary", true);
    assertProblem("cut.jsonl.gz", -1, "gzip", true);
    assertProblem("bad.json", -1, "malformed JSON", true);
    assertProblem("missing.txt", 0, "no such file", true);
  }

  private void assertProblem(String file, long line, String words, boolean skipped) {
    assertTrue(problems.stream().anyMatch(p -> p.file().getFileName().toString().equals(file)
        && (line < 0 || p.line() == line) && p.message().contains(words) && p.skipped() == skipped),
        () -> "no problem " + file + ":" + line + " '" + words + "' in " + problems);
  }

  private static byte[] gzip(String s) throws Exception {
    var bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  @Test
  void metadataPrecedenceRecordThenSidecarThenManifestThenFlags() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Headline A\nText A.");
    Files.writeString(dir.resolve("b.txt"), "Headline B\nText B.");
    Files.writeString(dir.resolve("c.json"), "{\"title\":\"C\",\"body\":\"c\",\"source\":\"Own\"}");
    Files.writeString(dir.resolve("a.txt.meta.json"), "{\"source\":\"Sidecar\",\"url\":\"https://e.x/a\"}");
    Files.writeString(dir.resolve("manifest.json"), "[{\"file\":\"a.txt\",\"source\":\"Manifest\",\"published\":\"2025-10-16\"},"
        + "{\"file\":\"b.txt\",\"source\":\"Manifest\"},{\"file\":\"c.json\",\"source\":\"Manifest\"}]");
    read(new ArticleMetadata(null, null, "Flag", null, null, LocalDate.of(2020, 1, 1), null), dir);
    assertEquals(3, articles.size(), problems::toString);
    Article a = articles.stream().filter(x -> x.title().equals("Headline A")).findFirst().orElseThrow();
    assertEquals("Sidecar", a.source());
    assertEquals("https://e.x/a", a.id());
    assertEquals(LocalDate.of(2025, 10, 16), a.published());
    Article b = articles.stream().filter(x -> x.title().equals("Headline B")).findFirst().orElseThrow();
    assertEquals("Manifest", b.source());
    assertEquals(LocalDate.of(2020, 1, 1), b.published());
    Article c = articles.stream().filter(x -> x.title().equals("C")).findFirst().orElseThrow();
    assertEquals("Own", c.source());
    assertFalse(articles.stream().anyMatch(x -> x.text().contains("\"file\"")), "manifests are not articles");
  }

  @Test
  void symbolicLinkLoopsAreReportedNotFollowedForever() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Files.writeString(sub.resolve("a.txt"), "Title\nBody.");
    Files.createSymbolicLink(sub.resolve("loop"), dir);
    read(null, dir);
    assertEquals(1, articles.size());
    assertTrue(problems.stream().anyMatch(p -> p.message().contains("loop")), problems::toString);
    assertNull(problems.stream().filter(p -> !p.message().contains("loop")).findFirst().orElse(null));
  }
}
