package dev.newsfacet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacet.fixtures.Seeds;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir
  Path tmp;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void extractFollowsTheContractOnEverySeed() throws Exception {
    Run r = run("extract", Seeds.dir().toString());
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(5, lines.size());
    for (String line : lines) {
      JsonNode a = Json.MAPPER.readTree(line);
      String text = a.get("text").asText();
      for (String field : List.of("id", "title", "source", "published", "text", "entities", "quotes", "dates")) {
        assertTrue(a.has(field), field);
      }
      assertEquals("2025-10-16", a.get("published").asText());
      for (String list : List.of("entities", "quotes", "dates")) {
        for (JsonNode item : a.get(list)) {
          assertSpan(text, item);
        }
      }
      for (JsonNode q : a.get("quotes")) {
        assertTrue(List.of("direct", "indirect", "mixed").contains(q.get("kind").asText()));
        assertTrue(q.has("cue") && q.has("speaker"));
        if (!q.get("cue").isNull()) {
          assertSpan(text, q.get("cue"));
        }
        if (!q.get("speaker").isNull()) {
          assertSpan(text, q.get("speaker"));
          assertTrue(q.get("speaker").has("canonical") && q.get("speaker").has("type"));
        }
      }
      for (JsonNode e : a.get("entities")) {
        assertTrue(List.of("PERSON", "PLACE", "ORG", "EVENT").contains(e.get("type").asText()));
      }
      for (JsonNode d : a.get("dates")) {
        assertTrue(List.of("DATE", "TIME", "DURATION", "SET").contains(d.get("type").asText()));
      }
    }
    assertTrue(lines.stream().anyMatch(l -> l.contains("\"source\":\"NDTV\"")));
  }

  private static void assertSpan(String text, JsonNode item) {
    int start = item.get("start").asInt();
    int end = item.get("end").asInt();
    assertEquals(item.get("text").asText(), text.substring(start, end), item.toString());
  }

  @Test
  void indexThenSearchAsJsonAndAsText() throws Exception {
    String index = tmp.resolve("idx").toString();
    Run indexed = run("index", "--index", index, Seeds.dir().toString());
    assertEquals(0, indexed.status(), indexed.err());
    assertTrue(indexed.out().contains("added 5"), indexed.out());

    Run json = run("search", "--index", index, "--json", "statements", "by", "Orban");
    assertEquals(0, json.status(), json.err());
    JsonNode result = Json.MAPPER.readTree(json.out());
    assertEquals(3, result.get("total").asInt());
    assertEquals("statement", result.get("hits").get(0).get("type").asText());
    assertEquals("Viktor Orban", result.get("hits").get(0).get("speaker").asText());
    assertFalse(result.get("facetCountsEstimated").asBoolean(true), "a few matches are counted exactly");
    Run exact = run("search", "--index", index, "--json", "--exact-counts", "statements", "by", "Orban");
    assertEquals(result.get("facets"), Json.MAPPER.readTree(exact.out()).get("facets"));

    Run text = run("search", "--index", index, "mentions of Alaska summit");
    assertEquals(0, text.status());
    assertTrue(text.out().startsWith("5 results"), text.out());
    assertTrue(text.out().contains("[Alaska summit]") || text.out().contains("[Alaska Summit]"), text.out());

    // a limit in the query is kept; --limit on the command line wins over it
    assertEquals(1, Json.MAPPER.readTree(run("search", "--index", index, "--json", "statements by Orban limit:1").out())
        .get("hits").size());
    assertEquals(2, Json.MAPPER.readTree(run("search", "--index", index, "--json", "-n", "2", "statements by Orban limit:1")
        .out()).get("hits").size());

    Run stats = run("stats", "--index", index);
    assertTrue(stats.out().contains("5 articles"), stats.out());
  }

  @Test
  void aMalformedQueryIsOneLineAndExitStatusTwo() throws Exception {
    String index = tmp.resolve("idx2").toString();
    run("index", "--index", index, Seeds.dir().toString());
    Run r = run("search", "--index", index, "colour:red");
    assertEquals(2, r.status());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("newsfacet: bad query: unknown field"), r.err());
  }

  @Test
  void aMissingIndexIsOneClearLine() {
    Run r = run("search", "--index", tmp.resolve("nothing-here").toString(), "statements by Orban");
    assertEquals(1, r.status());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("no index at"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void skippedInputMakesTheExitStatusOneAndNamesTheFile() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(data.resolve("good.txt"), "Headline\nJoe Biden said the plan works.");
    Files.writeString(data.resolve("bad.jsonl"), "{\"title\":\"x\"}\n");
    Run r = run("index", "--index", tmp.resolve("idx3").toString(), data.toString(), tmp.resolve("nope.txt").toString());
    assertEquals(1, r.status());
    assertTrue(r.err().contains("bad.jsonl:1: skipped: record has no body"), r.err());
    assertTrue(r.err().contains("nope.txt: skipped: no such file or directory"), r.err());
    assertTrue(r.out().contains("added 1") && r.out().contains("skipped 2"), r.out());
  }

  @Test
  void usageErrorsHelpAndVersion() {
    assertEquals(2, run("search").status());
    assertEquals(2, run("frobnicate").status());
    Run help = run("--help");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("index") && help.out().contains("extract") && help.out().contains("demo"));
    // the user's command line carries no developer command (they come with newsfacet-dev)
    assertFalse(help.out().contains("Developer commands") || help.out().contains("  eval ")
        || help.out().contains("  train ") || help.out().contains("  bench "), help.out());
    assertEquals(2, run("eval", "quotes").status());
    Run searchHelp = run("search", "--help");
    assertTrue(searchHelp.out().contains("statements by Orban"));
    Run version = run("--version");
    assertEquals(0, version.status());
    assertTrue(version.out().startsWith("newsfacet "), version.out());
  }

  @Test
  void demoIndexesTestdataAndRunsTheExampleQueries() throws Exception {
    Run r = run("demo", "--index", tmp.resolve("demo").toString(), "--data", Seeds.dir().getParent().toString());
    assertEquals(0, r.status(), r.err());
    for (String q : DemoCommand.QUERIES) {
      assertTrue(r.out().contains("newsfacet search \"" + q + "\""), q);
    }
    assertTrue(r.out().contains("Viktor Orban"));
  }

  @Test
  void demoMovesAnIndexOfAnOlderSchemaAsideInsteadOfFailing() throws Exception {
    Path old = tmp.resolve("old-index");
    try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(old);
         org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(dir,
             new org.apache.lucene.index.IndexWriterConfig())) {
      w.setLiveCommitData(java.util.Map.of(dev.newsfacet.index.Fields.VERSION_KEY, "0").entrySet());
      w.commit();
    }
    Run r = run("demo", "--index", old.toString(), "--data", Seeds.dir().getParent().toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.err().contains("schema version 0") && r.err().contains("moved it to"), r.err());
    try (java.util.stream.Stream<Path> siblings = Files.list(tmp)) {
      assertTrue(siblings.anyMatch(p -> p.getFileName().toString().startsWith("old-index.old-")), "the old index is kept");
    }
    assertTrue(r.out().contains("Viktor Orban"));
  }

  @Test
  void checkFindsAFlippedBitAndControlCharactersNeverReachTheTerminal() throws Exception {
    String index = tmp.resolve("checked").toString();
    java.nio.file.Path data = java.nio.file.Files.createDirectories(tmp.resolve("hostile"));
    java.nio.file.Files.writeString(data.resolve("a.txt"), "Title \u001b]0;PWNED\u0007\u001b[2J here\n\nOrban said the summit was good.");
    assertEquals(0, run("index", "--index", index, data.toString()).status());
    Run stats = run("stats", "--index", index);
    assertFalse(stats.out().contains("\u001b"), stats.out());
    Run found = run("search", "--index", index, "summit");
    assertFalse(found.out().contains("\u001b]0;"), found.out());
    assertTrue(found.out().contains("\u241b"), found.out()); // ESC shown as its control picture
    Run json = run("search", "--index", index, "--json", "type:article");
    assertTrue(json.out().contains("\"score\":null") && !json.out().contains("NaN"), json.out());
    assertEquals(0, run("check", "--index", index).status());
    java.nio.file.Path biggest;
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of(index))) {
      biggest = files.filter(p -> p.getFileName().toString().startsWith("_"))
          .max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
    byte[] bytes = java.nio.file.Files.readAllBytes(biggest);
    bytes[bytes.length / 2] ^= 0x10;
    java.nio.file.Files.write(biggest, bytes);
    Run damaged = run("check", "--index", index);
    assertEquals(1, damaged.status(), damaged.out() + damaged.err());
    assertTrue(damaged.out().contains("DAMAGED"), damaged.out());
  }

  @Test
  void fromAHitToItsArticle() throws Exception {
    String index = tmp.resolve("shown").toString();
    assertEquals(0, run("index", "--index", index, Seeds.dir().toString()).status());
    Run hit = run("search", "--index", index, "--json", "-n", "1", "statements by Orban");
    String id = Json.MAPPER.readTree(hit.out()).path("hits").get(0).path("occurrences").get(0).path("articleId").asText();
    Run shown = run("show", "--index", index, id);
    assertEquals(0, shown.status(), shown.err());
    assertTrue(shown.out().contains("[Viktor Orban|person]") || shown.out().contains("|person Viktor Orban]"), shown.out());
    assertTrue(shown.out().contains("Viktor Orban — "), shown.out());
    Run json = run("show", "--index", index, "--json", id);
    assertEquals(id, Json.MAPPER.readTree(json.out()).path("id").asText());
    Run missing = run("show", "--index", index, "sha256:nothing");
    assertEquals(1, missing.status());
    assertTrue(missing.err().contains("no article with id"), missing.err());
    assertTrue(run("search", "--index", index, "-n", "1", "statements by Orban").out().contains(id));
    Run csv = run("search", "--index", index, "--format", "csv", "-n", "2", "statements by Orban");
    assertTrue(csv.out().startsWith("type,article_id,title,source,published,speaker,kind,cue,text"), csv.out());
    assertTrue(csv.out().contains("\"statement\",\"" + id + "\""), csv.out());
    Run jsonl = run("search", "--index", index, "--format", "jsonl", "-n", "2", "--sort", "oldest", "statements by Orban");
    assertEquals(2, jsonl.out().strip().split("\n").length, jsonl.out());
    Run page = run("search", "--index", index, "--json", "--offset", "1", "-n", "1", "statements by Orban");
    assertEquals(1, Json.MAPPER.readTree(page.out()).path("hits").size());
  }

  @Test
  void showSaysWhereAnArticleWasReadAndAnEmptyDateFilterSaysWhy() throws Exception {
    Path data = tmp.resolve("origin.jsonl");
    java.nio.file.Files.writeString(data, "{\"id\":\"a1\",\"title\":\"One\",\"body\":\"Mr Smith said it rained.\"}\n"
        + "{\"id\":\"a2\",\"title\":\"Two\",\"body\":\"Jane Jones said it snowed all day.\"}\n");
    String index = tmp.resolve("origin-index").toString();
    assertEquals(0, run("index", "--index", index, data.toString()).status());
    Run shown = run("show", "--index", index, "a2");
    assertTrue(shown.out().contains("read from " + data + ":2"), shown.out());
    Run dated = run("search", "--index", index, "statements by Jane Jones in 2025");
    assertTrue(dated.out().startsWith("0 statements"), dated.out());
    assertTrue(dated.err().contains("1 matching statement has no published date"), dated.err());
  }
}
