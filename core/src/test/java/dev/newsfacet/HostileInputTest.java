package dev.newsfacet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.extract.Extractor;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.IngestProblem;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reproductions of the hostile-input review, one test each: every bad item is one problem line and
 * every good record around it is indexed; odd texts extract in bounded time.
 */
class HostileInputTest {
  @TempDir
  Path tmp;


  private List<IngestProblem> ingest(Path data, long expectedGood) throws Exception {
    List<IngestProblem> problems = new ArrayList<>();
    try (NewsIndex index = NewsIndex.open(tmp.resolve("index-" + data.getFileName()))) {
      IngestReport r = index.ingest(List.of(data), null, problems::add);
      assertEquals(expectedGood, r.added() + r.updated() + r.duplicates(), problems.toString());
    }
    return problems;
  }

  @Test
  void anOversizedIdOrSourceIsThatRecordsSkipLineAndTheBatchGoesOn() throws Exception {
    Path f = tmp.resolve("t.jsonl");
    Files.writeString(f, "{\"id\":\"a\",\"body\":\"x\"}\n{\"id\":\"" + "x".repeat(40_000) + "\",\"body\":\"x\"}\n"
        + "{\"id\":\"s\",\"source\":\"" + "y".repeat(9_000) + "\",\"body\":\"x\"}\n{\"id\":\"b\",\"body\":\"x\"}\n");
    List<IngestProblem> problems = ingest(f, 2);
    assertTrue(problems.stream().anyMatch(p -> p.line() == 2 && p.skipped() && p.message().contains("id is 40000")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.line() == 3 && p.message().contains("source is 9000")), problems.toString());
  }

  @Test
  void aNulInAnIdAndAnAbsurdDateAreAWarningNotALostArticle() throws Exception {
    Path f = tmp.resolve("nul.jsonl");
    Files.writeString(f, "{\"id\":\"x\\u0000y\",\"published\":\"+999999999-12-31\",\"body\":\"Biden said tomorrow.\"}\n");
    List<IngestProblem> problems = ingest(f, 1);
    assertTrue(problems.stream().anyMatch(p -> !p.skipped() && p.message().contains("out")), problems.toString());
  }

  @Test
  void badManifestEntriesAreIgnoredAndEntriesMatchByRelativePath() throws Exception {
    Path d = Files.createDirectories(tmp.resolve("m"));
    Files.createDirectories(d.resolve("sub"));
    Files.writeString(d.resolve("a.txt"), "Top\n\nThe top file.");
    Files.writeString(d.resolve("sub/a.txt"), "Sub\n\nThe sub file.");
    Files.writeString(d.resolve("manifest.json"), "[{\"file\":\"/\"},{\"file\":\"x\\u0000y\"},{\"file\":\"../../etc/passwd\",\"source\":\"P\"},"
        + "{\"file\":\"sub/a.txt\",\"source\":\"S\"}]");
    List<IngestProblem> problems = ingest(d, 2);
    assertEquals(3, problems.stream().filter(p -> p.message().contains("manifest entry")).count(), problems.toString());
    try (NewsIndex index = NewsIndex.openReadOnly(tmp.resolve("index-m"))) {
      assertEquals(1, index.search("source:S").total());
      assertEquals("Sub", ((ArticleHit) index.search("source:S").hits().get(0)).title());
    }
  }

  @Test
  void aSecondLinkToAFolderIsNoLoopAndNoError() throws Exception {
    Path d = Files.createDirectories(tmp.resolve("twice"));
    Path real = Files.createDirectories(d.resolve("a"));
    Files.writeString(real.resolve("x.txt"), "X\n\nAn article.");
    Files.createSymbolicLink(d.resolve("b"), real);
    Files.createSymbolicLink(real.resolve("up"), d); // and a real loop
    List<IngestProblem> problems = ingest(d, 1);
    assertTrue(problems.stream().anyMatch(p -> !p.skipped() && p.message().contains("already read through another path")),
        problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.skipped() && p.message().contains("loop")), problems.toString());
  }

  @Test
  void onlyRegularFilesAreRead() throws Exception {
    Path d = Files.createDirectories(tmp.resolve("links"));
    Files.createSymbolicLink(d.resolve("z.txt"), Path.of("/dev/zero"));
    Files.createSymbolicLink(d.resolve("z.jsonl"), Path.of("/dev/zero"));
    Files.writeString(d.resolve("good.txt"), "Good\n\nA good article.");
    assertEquals(0, new ProcessBuilder("mkfifo", d.resolve("f.txt").toString()).start().waitFor());
    List<IngestProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ingest(d, 1));
    // the links to /dev/zero lead out of the folder: named and not followed; the FIFO inside is no regular file
    assertEquals(2, problems.stream().filter(p -> p.message().contains("not followed")).count(), problems.toString());
    assertEquals(1, problems.stream().filter(p -> p.message().contains("not a regular file")).count(), problems.toString());
  }

  @Test
  void linksOutOfTheFolderAreNamedAndNotFollowedLinksInsideAre() throws Exception {
    Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(outside.resolve("secret.txt"), "Secret\n\nNot to be read.");
    Path d = Files.createDirectories(tmp.resolve("tree"));
    Path inner = Files.createDirectories(d.resolve("real"));
    Files.writeString(inner.resolve("a.txt"), "A\n\nAn article inside.");
    Files.createSymbolicLink(d.resolve("out"), outside);
    Files.createSymbolicLink(d.resolve("again.txt"), inner.resolve("a.txt"));
    List<IngestProblem> problems = ingest(d, 2); // a.txt, and again.txt: the same text, a duplicate
    assertTrue(problems.stream().anyMatch(p -> !p.skipped() && p.message().contains("outside")), problems.toString());
  }

  @Test
  void trailingContentAfterAJsonValueIsThatLinesErrorAndJsonGzIsJson() throws Exception {
    Path d = Files.createDirectories(tmp.resolve("json"));
    Files.writeString(d.resolve("two.jsonl"), "{\"id\":\"t1\",\"body\":\"a\"}{\"id\":\"t2\",\"body\":\"b\"}\n{\"id\":\"t3\",\"body\":\"c\"}\n");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(d.resolve("array.json.gz")))) {
      out.write("[\n  {\"id\": \"g1\", \"body\": \"one\"},\n  {\"id\": \"g2\", \"body\": \"two\"}\n]\n".getBytes(StandardCharsets.UTF_8));
    }
    List<IngestProblem> problems = ingest(d, 3);
    assertTrue(problems.stream().anyMatch(p -> p.line() == 1 && p.message().contains("content after")), problems.toString());
  }

  @Test
  void anIndexIsCreatedOnlyInAnEmptyFolderAndNeverDeletesOtherFiles() throws Exception {
    Path d = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(d.resolve("_notes.txt"), "x");
    NewsfacetException e = assertThrows(NewsfacetException.class, () -> NewsIndex.open(d));
    assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    assertTrue(Files.exists(d.resolve("_notes.txt")));
    Path index = tmp.resolve("idx");
    try (NewsIndex i = NewsIndex.open(index)) {
      i.add(Article.builder().title("T").body("Body.").build());
    }
    // a lost commit point is reported, never cleaned away
    try (var files = Files.list(index)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
        Files.delete(p);
      }
    }
    long before;
    try (var files = Files.list(index)) {
      before = files.count();
    }
    e = assertThrows(NewsfacetException.class, () -> NewsIndex.open(index));
    assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    try (var files = Files.list(index)) {
      assertEquals(before, files.count());
    }
  }

  @Test
  void duplicatesWithinARunAreToldApartFromUpdatesAndFilesCanBeLeftOut() throws Exception {
    Path d = Files.createDirectories(tmp.resolve("dups"));
    Files.writeString(d.resolve("a.txt"), "Alpha\n\nThe first article.");
    Files.writeString(d.resolve("copy-of-a.txt"), "Alpha\n\nThe first article.");
    Files.writeString(d.resolve("b.txt"), "Beta\n\nThe second article.");
    Files.writeString(d.resolve("README.TXT"), "About this data set\n\nNot an article.");
    java.nio.file.PathMatcher readme = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:README*");
    try (NewsIndex index = NewsIndex.open(tmp.resolve("index-dups"))) {
      IngestReport first = index.ingest(List.of(d), null, p -> !readme.matches(p.getFileName()), p -> { }, null);
      assertEquals(2, first.added(), first.toString());
      assertEquals(0, first.updated());
      assertEquals(1, first.duplicates());
      assertTrue(first.duplicateIds().get(0).contains("Alpha"), first.duplicateIds().toString());
      IngestReport again = index.ingest(List.of(d), null, p -> !readme.matches(p.getFileName()), p -> { }, null);
      assertEquals(0, again.added());
      assertEquals(2, again.updated());
      assertEquals(1, again.duplicates());
      assertEquals(0, index.search("About this data set").total());
    }
  }

  /** Seeded shapes of hostile text: each must extract in bounded time (a hang guard, not a speed claim). */
  static List<String> hostileTexts(long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    out.add("H\n" + String.join("-", java.util.Collections.nCopies(16_000, "Wal")));
    out.add("H\n" + String.join(", ", java.util.Collections.nCopies(40_000, "Smith")));
    out.add("H\n" + String.join(" ", java.util.Collections.nCopies(60_000, "A.")));
    out.add("H\n" + String.join(" and ", java.util.Collections.nCopies(40_000, "Smith")));
    String[] soup = {"Smith", "Jones", "Bank", "London", "Corp", "Minister", "said", "\"", "Mr", "Inc", "(", ")", "-"};
    StringBuilder sb = new StringBuilder("H\n");
    for (int i = 0; i < 60_000; i++) {
      sb.append(soup[r.nextInt(soup.length)]).append(' ');
    }
    out.add(sb.toString());
    out.add("\u202E" + "Trump said \u202D".repeat(20_000));
    out.add("T\u001b]0;PWNED\u0007\u001b[2J\n" + "Biden said \"ok\". ".repeat(5_000));
    return out;
  }

  @Test
  void anArticleOverItsTimeBudgetKeepsWhatWasFoundAndSaysWhatIsMissing() {
    Extractor extractor = Extractor.createDefault();
    Article a = Article.builder().title("Budget").body("Viktor Orban said on Friday: \"We are ready.\"").build();
    Extractor.Analysis none = extractor.analyzeWithin(a, Duration.ZERO);
    assertEquals(List.of("statements", "dates"), none.skipped());
    assertTrue(none.analyzed().entities().stream().anyMatch(m -> m.text().equals("Viktor Orban")));
    assertTrue(none.analyzed().statements().isEmpty());
    Extractor.Analysis all = extractor.analyzeWithin(a, Extractor.BUDGET);
    assertTrue(all.skipped().isEmpty());
    assertEquals(1, all.analyzed().statements().size());
  }

  @Test
  void hostileTextShapesExtractInBoundedTime() {
    Extractor extractor = Extractor.createDefault();
    for (String text : hostileTexts(42)) {
      assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extractor.analyze(Article.builder().text(text).build()),
          () -> "super-linear extraction on a text starting " + text.substring(0, 40));
    }
  }

  @Test
  void aQueryWithTooManyClausesIsASyntaxErrorWithASentence() throws Exception {
    StringBuilder q = new StringBuilder("type:all");
    for (char a = 'a'; a <= 'z'; a++) {
      for (char b = 'a'; b <= 'y'; b++) {
        q.append(' ').append(a).append(b); // 650 distinct two-letter words, under the length cap
      }
    }
    try (NewsIndex index = NewsIndex.open(tmp.resolve("index-clauses"))) {
      index.addAll(List.of(dev.newsfacet.model.Article.of("A title", "Some words to find.")));
      QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> index.search(q.toString()));
      assertTrue(e.getMessage().contains("too many words"), e.getMessage());
    }
  }
}
