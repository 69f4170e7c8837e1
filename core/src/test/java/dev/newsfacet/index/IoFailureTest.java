package dev.newsfacet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.extract.Extractor;
import dev.newsfacet.fixtures.FullDisk;
import dev.newsfacet.model.AnalyzedArticle;
import dev.newsfacet.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disk that fills up mid-ingest: the error surfaces, and the index still opens at its last commit. */
class IoFailureTest {
  @TempDir
  Path tmp;

  @Test
  void aFullDiskLeavesTheLastCommitIntact() throws Exception {
    AtomicBoolean full = new AtomicBoolean(false);
    Path path = tmp.resolve("index");
    Extractor extractor = Extractor.createDefault();
    List<AnalyzedArticle> first = batch(extractor, "a", 20);
    List<AnalyzedArticle> second = batch(extractor, "b", 200);
    IndexStore store = IndexStore.openWritable(path, new LuceneSchema(), d -> new FullDisk(d, full));
    write(store, first);
    store.commit();
    full.set(true);
    IOException e = assertThrows(IOException.class, () -> {
      write(store, second);
      store.commit();
    });
    assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
    try {
      store.close();
    } catch (IOException | RuntimeException ignored) {
      // closing a writer that hit a full disk may fail too; what matters is what a reader finds next
    }
    full.set(false);
    try (IndexStore reader = IndexStore.openReadOnly(path, new LuceneSchema())) {
      IndexStore.Snapshot s = reader.acquire();
      try {
        long articles = s.searcher().count(new TermQuery(new Term(Fields.DOC_TYPE, Fields.TYPE_ARTICLE)));
        assertEquals(20, articles, "exactly the committed articles");
      } finally {
        reader.release(s);
      }
    }
    try (IndexStore again = IndexStore.openWritable(path, new LuceneSchema())) {
      write(again, second);
      again.commit();
      IndexStore.Snapshot s = again.acquire();
      try {
        assertEquals(220, s.searcher().count(new TermQuery(new Term(Fields.DOC_TYPE, Fields.TYPE_ARTICLE))));
      } finally {
        again.release(s);
      }
    }
  }

  private static List<AnalyzedArticle> batch(Extractor extractor, String prefix, int n) {
    List<AnalyzedArticle> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(extractor.analyze(Article.builder().id(prefix + i).title("Talks " + i)
          .body("Joe Biden said the talks in Geneva were useful. \"We made progress,\" he added. " + "Filler text. ".repeat(200))
          .build()));
    }
    return out;
  }

  private static void write(IndexStore store, List<AnalyzedArticle> articles) throws IOException {
    store.writeAll(DocumentBatch.prepare(articles, store.names(), store::existing), new DocumentMapper());
  }
}
