package dev.newsfacet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsfacet.model.IngestProblem;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input, generated from a fixed seed: random bytes under every file ending, truncated gzip,
 * deep nesting, wrong types, odd dates, several encodings, zero-width and bidi characters, empty
 * files, an over-long line, a symbolic-link loop — mixed with good records. Nothing may crash or
 * hang; every good record is indexed and every bad file is reported by name.
 */
class IngestFuzzTest {
  /** Random files per run (10,091 inputs in all, about 8 s); -Dnewsfacet.fuzz.files=N for another campaign. */
  static final int RANDOM_FILES = Integer.getInteger("newsfacet.fuzz.files", 10_000);

  @TempDir
  Path tmp;

  @Test
  void hostileInputIsReportedAndEveryGoodRecordIndexed() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Random random = new Random(42);
    ObjectMapper json = new ObjectMapper();
    Set<String> badFiles = new HashSet<>();
    int good = 0;
    int inputs = 0;
    String[] endings = {".txt", ".json", ".jsonl", ".ndjson", ".jsonl.gz"};
    for (int i = 0; i < RANDOM_FILES; i++) {
      String name = "random-" + i + endings[i % endings.length];
      byte[] bytes = new byte[1 + random.nextInt(4000)];
      random.nextBytes(bytes);
      bytes[random.nextInt(bytes.length)] = 0; // binary for certain
      bytes[0] = bytes[0] == (byte) 0xFF || bytes[0] == (byte) 0xFE ? 0x01 : bytes[0];
      Files.write(data.resolve(name), bytes);
      badFiles.add(name);
      inputs++;
    }
    // JSON Lines with good records between bad ones
    StringBuilder mixed = new StringBuilder();
    List<String> badLines = List.of("{broken", "[1,2,3]", "{\"title\":\"no body\"}", "{\"body\":42}", "{\"body\":{\"a\":1}}",
        "\"just a string\"", "null", "{\"body\":\"x\",\"published\":{\"y\":2025}}", "{" + "\"a\":{".repeat(3000) + "}".repeat(3001));
    for (int i = 0; i < 60; i++) {
      if (i % 3 == 0) {
        mixed.append(badLines.get(i / 3 % badLines.size())).append('\n');
        inputs++;
      }
      mixed.append(json.writeValueAsString(Map.of("id", "good-" + i, "title", "Title " + i,
          "body", "Joe Biden said \u200Bthe talks on Friday were \u202Egood\u202C. \"We will win,\" he added.",
          "published", i % 2 == 0 ? "2025-10-16T10:00:00+02:00" : "16 October 2025"))).append('\n');
      good++;
      inputs++;
    }
    Files.writeString(data.resolve("mixed.jsonl"), mixed);
    // gzip cut short after some good lines
    byte[] gz = gzip(mixed.toString().replace("good-", "gz-"));
    byte[] cut = Arrays.copyOf(gz, gz.length / 2);
    Files.write(data.resolve("truncated.jsonl.gz"), cut);
    badFiles.add("truncated.jsonl.gz");
    good += goodLinesBeforeTheCut(cut);
    inputs++;
    // encodings
    String text = "Café crème headline\nThe Zürich office said profits rose in März.";
    Files.write(data.resolve("utf16.txt"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
    Files.write(data.resolve("latin1.txt"), text.getBytes(StandardCharsets.ISO_8859_1));
    Files.write(data.resolve("cp1251.txt"), "Заголовок\nПутин сказал, что переговоры продолжатся.".getBytes(Charset.forName("windows-1251")));
    Files.write(data.resolve("bom-utf8.txt"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    good += 4;
    inputs += 4;
    // empty and blank
    Files.write(data.resolve("empty.txt"), new byte[0]);
    Files.writeString(data.resolve("blank.json"), "   \n");
    Files.writeString(data.resolve("empty-array.json"), "[]");
    badFiles.addAll(List.of("empty.txt", "blank.json"));
    inputs += 3;
    // a 200 MB line, over the JSON Lines limit: skipped with bounded memory (the reader keeps at most 64 MB)
    try (OutputStream out = Files.newOutputStream(data.resolve("long-line.jsonl"))) {
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'a');
      out.write("{\"body\":\"".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 200; i++) {
        out.write(chunk);
      }
      out.write("\"}\n{\"id\":\"after-long\",\"body\":\"Fine.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    good++;
    inputs += 2;
    badFiles.add("long-line.jsonl");
    // a symbolic-link loop
    Path sub = Files.createDirectories(data.resolve("sub"));
    Files.createSymbolicLink(sub.resolve("loop"), data);
    inputs++;

    List<IngestProblem> problems = new ArrayList<>();
    IngestReport report;
    try (NewsIndex index = NewsIndex.open(tmp.resolve("index"))) {
      report = index.ingest(List.of(data), null, problems::add);
      assertEquals(good, report.added() + report.updated() + report.duplicates(), problems.toString().substring(0, Math.min(2000, problems.toString().length())));
      assertTrue(index.search("statements by Joe Biden").total() >= 1);
      assertTrue(index.search("mentions of Zürich").total() >= 1, "the UTF-16 and Latin-1 texts were read");
    }
    Set<String> reported = new HashSet<>();
    for (IngestProblem p : problems) {
      reported.add(p.file().getFileName().toString());
      assertTrue(!p.message().isBlank());
    }
    for (String f : badFiles) {
      assertTrue(reported.contains(f), "no problem reported for " + f);
    }
    assertTrue(problems.stream().anyMatch(p -> p.file().getFileName().toString().equals("mixed.jsonl") && p.line() > 0));
    assertTrue(problems.stream().anyMatch(p -> p.message().contains("loop")));
    System.out.printf("IngestFuzzTest: %d inputs tried, %d good records indexed, %d problems reported%n",
        inputs, good, problems.size());
  }

  /** How many complete good records a truncated gzip still yields. */
  private static int goodLinesBeforeTheCut(byte[] cut) throws Exception {
    var out = new java.io.ByteArrayOutputStream();
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(cut))) {
      byte[] buf = new byte[4096];
      for (int n; (n = in.read(buf)) > 0; ) {
        out.write(buf, 0, n);
      }
    } catch (java.io.EOFException | java.util.zip.ZipException expected) {
      // the cut
    }
    String text = out.toString(StandardCharsets.UTF_8);
    String complete = text.substring(0, text.lastIndexOf('\n') + 1);
    return (int) complete.lines().filter(l -> l.contains("\"id\":\"gz-")).count();
  }

  private static byte[] gzip(String s) throws Exception {
    var bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
