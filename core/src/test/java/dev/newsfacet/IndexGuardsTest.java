package dev.newsfacet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.index.Fields;
import dev.newsfacet.model.Article;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer at a time, readers beside it, and indexes from another schema refused with the remedy. */
class IndexGuardsTest {
  @TempDir
  Path tmp;

  @Test
  void aSecondWriterGetsOneClearSentence() throws Exception {
    Path dir = tmp.resolve("index");
    try (NewsIndex first = NewsIndex.open(dir)) {
      first.add(Article.of("T", "Joe Biden said it works."));
      IndexInUseException e = assertThrows(IndexInUseException.class, () -> NewsIndex.open(dir));
      assertTrue(e.getMessage().contains("in use by another newsfacet process"), e.getMessage());
      assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
      first.commit();
      try (NewsIndex reader = NewsIndex.openReadOnly(dir)) {
        assertEquals(1, reader.stats().articles(), "readers may open beside the writer");
      }
    }
  }

  @Test
  void anIndexOfAnotherSchemaVersionIsRefusedWithTheRemedy() throws Exception {
    Path dir = tmp.resolve("old");
    try (FSDirectory d = FSDirectory.open(dir);
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      w.setLiveCommitData(Map.of(Fields.VERSION_KEY, "0").entrySet());
      w.commit();
    }
    IndexFormatException e = assertThrows(IndexFormatException.class, () -> NewsIndex.open(dir));
    assertTrue(e.getMessage().contains("schema version 0") && e.getMessage().contains("index the articles again"),
        e.getMessage());
    assertThrows(IndexFormatException.class, () -> NewsIndex.openReadOnly(dir));
  }

  @Test
  void aMissingIndexIsOneSentence() {
    NewsfacetException e = assertThrows(NewsfacetException.class, () -> NewsIndex.openReadOnly(tmp.resolve("none")));
    assertTrue(e.getMessage().startsWith("no index at"), e.getMessage());
  }
}
