package dev.newsfacet.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/**
 * Visits documents in document order with fresh doc values for each segment: doc values are read forwards
 * only, so each visit opens iterators of its own, and a search's hits come in any order.
 */
final class DocValueVisits {
  /** Opens the doc values a visit reads, for one segment. */
  @FunctionalInterface
  interface Columns<C> {
    C open(LeafReader reader) throws IOException;
  }

  /** One document: its segment's columns, its index in the given array, its id inside the segment. */
  @FunctionalInterface
  interface Visit<C> {
    void accept(C columns, int index, int local) throws IOException;
  }

  private DocValueVisits() {}

  /** Visits {@code docs} (top-level ids) in document order; a document listed twice is visited once. */
  static <C> void forEach(IndexReader reader, int[] docs, Columns<C> open, Visit<C> visit) throws IOException {
    long[] byDoc = new long[docs.length];
    for (int i = 0; i < docs.length; i++) {
      byDoc[i] = (long) docs[i] << 32 | i; // sorted by document, then index
    }
    Arrays.sort(byDoc);
    List<LeafReaderContext> leaves = reader.leaves();
    int leaf = -1;
    C columns = null;
    int previous = -1;
    for (long packed : byDoc) {
      int doc = (int) (packed >>> 32);
      if (doc == previous) {
        continue;
      }
      previous = doc;
      int l = ReaderUtil.subIndex(doc, leaves);
      if (l != leaf) {
        leaf = l;
        columns = open.open(leaves.get(l).reader());
      }
      visit.accept(columns, (int) packed, doc - leaves.get(l).docBase);
    }
  }
}
