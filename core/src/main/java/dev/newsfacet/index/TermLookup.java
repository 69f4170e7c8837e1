package dev.newsfacet.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The indexed values of a keyword field, with how many documents hold each: what name resolution reads
 * (aliases, display names), whichever backend holds the index.
 */
public interface TermLookup {
  /** Receives terms in order; returns false to stop. */
  interface Visitor {
    boolean visit(String term, long documents) throws IOException;
  }

  /** Visits the terms of {@code field} that start with {@code prefix} ("" for all), in term order, at most {@code max}. */
  void terms(String field, String prefix, int max, Visitor visitor) throws IOException;

  /** The terms of a Lucene index. */
  static TermLookup of(IndexReader reader) {
    return (field, prefix, max, visitor) -> {
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        return;
      }
      TermsEnum te = terms.iterator();
      if (te.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
        return;
      }
      int n = 0;
      for (BytesRef t = te.term(); t != null && n < max; t = te.next(), n++) {
        String s = t.utf8ToString();
        if (!s.startsWith(prefix) || !visitor.visit(s, te.docFreq())) {
          return;
        }
      }
    };
  }
}
