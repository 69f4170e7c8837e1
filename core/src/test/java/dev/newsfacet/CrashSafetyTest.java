package dev.newsfacet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsfacet.extract.Extractor;
import dev.newsfacet.fixtures.Seeds;
import dev.newsfacet.index.Fields;
import dev.newsfacet.index.StatementOffsets;
import dev.newsfacet.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingesting process with SIGKILL at random moments, 20 times: after each kill the index
 * opens, holds whole articles only (each with all its statements), no duplicates, and never fewer
 * articles than before; a last uninterrupted run ends with exactly every article.
 */
class CrashSafetyTest {
  static final int ARTICLES = 1500;
  static final int KILLS = 20;

  @TempDir
  Path tmp;

  @Test
  void killedIngestsLoseNothingCommittedAndResumeToTheExactCount() throws Exception {
    Path data = tmp.resolve("articles.jsonl");
    List<String> seeds = new ArrayList<>();
    try (var files = Files.list(Seeds.dir())) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        seeds.add(Files.readString(p));
      }
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> statementsById = new HashMap<>();
    Extractor extractor = Extractor.createDefault();
    List<Integer> statementsPerSeed = new ArrayList<>();
    for (String text : seeds) {
      String title = text.strip().lines().findFirst().orElse("");
      String body = text.strip().substring(title.length()).strip();
      statementsPerSeed.add(extractor.analyze(Article.builder().title(title).body(body).build()).statements().size());
    }
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < ARTICLES; i++) {
      String text = seeds.get(i % seeds.size());
      String title = text.strip().lines().findFirst().orElse("");
      String body = text.strip().substring(title.length()).strip();
      String id = "article-" + i;
      statementsById.put(id, statementsPerSeed.get(i % seeds.size()));
      lines.append(json.writeValueAsString(Map.of("id", id, "title", title, "body", body,
          "published", "2025-10-16"))).append('\n');
    }
    Files.writeString(data, lines);
    Path index = tmp.resolve("index");
    Random random = new Random(20251016);
    long previous = 0;
    int killed = 0;
    // keep going until 20 children really were killed mid-ingest (one that finishes first does not count)
    for (int run = 0; killed < KILLS && run < 3 * KILLS; run++) {
      Process child = start(index, data);
      Thread.sleep(300 + random.nextInt(2000));
      if (child.isAlive()) {
        child.destroyForcibly(); // SIGKILL
        killed++;
      }
      child.waitFor(30, TimeUnit.SECONDS);
      long count = checkConsistent(index, statementsById);
      assertTrue(count >= previous, "run " + run + ": " + count + " articles after " + previous);
      previous = count;
    }
    assertEquals(KILLS, killed, "children killed mid-ingest");
    Process last = start(index, data);
    assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the final ingest did not finish");
    assertEquals(0, last.exitValue(), new String(last.getErrorStream().readAllBytes()));
    assertEquals(ARTICLES, checkConsistent(index, statementsById));
  }

  private static Process start(Path index, Path data) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashIngestMain.class.getName(),
        index.toString(), data.toString(), "300")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.PIPE)
        .start();
  }

  /** Opens the index as a reader would and checks every article is whole and present once. */
  private static long checkConsistent(Path index, Map<String, Integer> statementsById) throws Exception {
    if (!Files.exists(index)) {
      return 0;
    }
    try (FSDirectory dir = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(dir)) {
        return 0;
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        StoredFields stored = reader.storedFields();
        // deleted documents (replaced by an update) are not live: count live ones only
        Map<String, Integer> articles = new HashMap<>();
        Map<String, Integer> statements = new HashMap<>();
        org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document d = stored.document(doc);
          if (Fields.TYPE_ARTICLE.equals(d.get(Fields.DOC_TYPE))) {
            articles.merge(d.get(Fields.ARTICLE_ID), 1, Integer::sum);
          } else {
            // a statement's article is the head of its block: the block must have survived whole
            int articleDoc = StatementOffsets.read(reader, List.of(doc)).get(doc).articleDoc(doc);
            assertTrue(live == null || live.get(articleDoc), "statement " + doc + " outlived its article");
            Document article = stored.document(articleDoc);
            assertEquals(Fields.TYPE_ARTICLE, article.get(Fields.DOC_TYPE), "statement " + doc + " lost its article");
            statements.merge(article.get(Fields.ARTICLE_ID), 1, Integer::sum);
          }
        }
        for (Map.Entry<String, Integer> a : articles.entrySet()) {
          assertEquals(1, a.getValue(), "article " + a.getKey() + " is in the index more than once");
          assertEquals(statementsById.get(a.getKey()), statements.getOrDefault(a.getKey(), 0),
              "article " + a.getKey() + " does not have all its statements");
        }
        assertTrue(articles.keySet().containsAll(statements.keySet()), "statements without their article");
        return articles.size();
      }
    }
  }
}
