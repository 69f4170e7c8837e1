package dev.newsfacet.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;

/**
 * Where a statement document points into its article, read from doc values: listing the articles that
 * report a statement then reads each article's stored fields once, and not also the statement's (a
 * stored read inflates a compressed block; at a million articles those reads were most of a statement
 * query's time).
 *
 * @param ordinal the statement's place among its article's statements: the article is the document
 *     {@code ordinal + 1} places before it
 * @param cueStart start of the attribution words, or -1 when there are none (likewise {@code cueEnd})
 * @param speakerStart start of the speaker's mention, or -1 when none was found (likewise {@code speakerEnd})
 */
public record StatementOffsets(int ordinal, int start, int end, int cueStart, int cueEnd,
                               int speakerStart, int speakerEnd) {

  /** The document id of this statement's article, given the statement's own document id. */
  public int articleDoc(int statementDoc) {
    return statementDoc - ordinal - 1;
  }

  /** The offsets of each of these statement documents (top-level document ids), read segment by segment. */
  public static Map<Integer, StatementOffsets> read(IndexReader reader, Collection<Integer> statementDocs)
      throws IOException {
    int[] docs = statementDocs.stream().mapToInt(Integer::intValue).distinct().toArray();
    Arrays.sort(docs); // doc values are read forwards only
    Map<Integer, StatementOffsets> out = new HashMap<>(docs.length * 2);
    List<LeafReaderContext> leaves = reader.leaves();
    int leaf = -1;
    Columns columns = null;
    for (int doc : docs) {
      int l = ReaderUtil.subIndex(doc, leaves);
      if (l != leaf) {
        leaf = l;
        columns = new Columns(leaves.get(l));
      }
      int local = doc - leaves.get(l).docBase;
      int[] cue = columns.pair(columns.cue, local);
      int[] speaker = columns.pair(columns.speaker, local);
      out.put(doc, new StatementOffsets(columns.first(columns.ordinal, local),
          columns.first(columns.start, local), columns.first(columns.end, local), cue[0], cue[1],
          speaker[0], speaker[1]));
    }
    return out;
  }

  /** The doc values of one segment. */
  private static final class Columns {
    final SortedNumericDocValues ordinal;
    final SortedNumericDocValues start;
    final SortedNumericDocValues end;
    final SortedNumericDocValues cue;
    final SortedNumericDocValues speaker;

    Columns(LeafReaderContext leaf) throws IOException {
      ordinal = DocValues.getSortedNumeric(leaf.reader(), Fields.STATEMENT_ORDINAL);
      start = DocValues.getSortedNumeric(leaf.reader(), Fields.START);
      end = DocValues.getSortedNumeric(leaf.reader(), Fields.END);
      cue = DocValues.getSortedNumeric(leaf.reader(), Fields.CUE_SPAN);
      speaker = DocValues.getSortedNumeric(leaf.reader(), Fields.SPEAKER_SPAN);
    }

    int first(SortedNumericDocValues values, int doc) throws IOException {
      if (!values.advanceExact(doc)) {
        throw new IllegalStateException("document " + doc + " of a segment is not a statement");
      }
      return (int) values.nextValue();
    }

    /** A {start, end} pair (values come back ascending, and a start never follows its end). */
    int[] pair(SortedNumericDocValues values, int doc) throws IOException {
      if (!values.advanceExact(doc) || values.docValueCount() != 2) {
        return new int[] {-1, -1};
      }
      return new int[] {(int) values.nextValue(), (int) values.nextValue()};
    }
  }
}
