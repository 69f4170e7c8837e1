package dev.newsfacet.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a search result shows of a document without its text, packed into one doc value per document
 * ({@link Schema#SHOWN}): a statement carried by ten articles lists ten occurrences, and reading each
 * from stored fields would inflate a block of article text for every one of them. The embedded index
 * only; the OpenSearch backend reads the same values from its documents' source.
 */
public final class Shown {
  private Shown() {}

  /** An article as an occurrence shows it; {@code publishedDay} is days since 1970-01-01, or null. */
  public record Article(String id, String title, String source, String url, Long publishedDay) {}

  /**
   * A statement as a hit shows it: its place among its article's statements, the offsets of its content,
   * speaker and cue in the article text (-1 where there is none) and their words there.
   */
  public record Statement(int ordinal, String kind, String speakerName, int start, int end, int speakerStart,
                          int speakerEnd, String speakerText, int cueStart, int cueEnd, String cueText) {}

  static byte[] encode(Article a) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      string(out, a.id());
      string(out, a.title());
      string(out, a.source());
      string(out, a.url());
      out.writeZLong(a.publishedDay() == null ? Long.MIN_VALUE : a.publishedDay());
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return out.toArrayCopy();
  }

  static byte[] encode(Statement s) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeVInt(s.ordinal());
      string(out, s.kind());
      string(out, s.speakerName());
      for (int v : new int[] {s.start(), s.end(), s.speakerStart(), s.speakerEnd(), s.cueStart(), s.cueEnd()}) {
        out.writeZInt(v);
      }
      string(out, s.speakerText());
      string(out, s.cueText());
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return out.toArrayCopy();
  }

  /** Null is written as an empty marker, so that it reads back as null. */
  private static void string(ByteBuffersDataOutput out, String s) throws IOException {
    out.writeByte((byte) (s == null ? 0 : 1));
    if (s != null) {
      out.writeString(s);
    }
  }

  private static String string(ByteArrayDataInput in) throws IOException {
    return in.readByte() == 0 ? null : in.readString();
  }

  /** Reads shown values for the documents of one searcher's reader, in any order. */
  public static final class Reader {
    private final List<LeafReaderContext> leaves;
    private final Map<Integer, BinaryDocValues> open = new HashMap<>();

    public Reader(IndexReader reader) {
      this.leaves = reader.leaves();
    }

    public Article article(int doc) throws IOException {
      ByteArrayDataInput in = bytes(doc);
      String id = string(in);
      String title = string(in);
      String source = string(in);
      String url = string(in);
      long day = in.readZLong();
      return new Article(id, title, source, url, day == Long.MIN_VALUE ? null : day);
    }

    public Statement statement(int doc) throws IOException {
      ByteArrayDataInput in = bytes(doc);
      int ordinal = in.readVInt();
      String kind = string(in);
      String speakerName = string(in);
      int[] v = new int[6];
      for (int i = 0; i < v.length; i++) {
        v[i] = in.readZInt();
      }
      return new Statement(ordinal, kind, speakerName, v[0], v[1], v[2], v[3], string(in), v[4], v[5], string(in));
    }

    private ByteArrayDataInput bytes(int doc) throws IOException {
      int l = ReaderUtil.subIndex(doc, leaves);
      LeafReaderContext leaf = leaves.get(l);
      int local = doc - leaf.docBase;
      BinaryDocValues values = open.get(l);
      if (values == null || values.docID() >= local) {
        // doc values iterate forwards only: a document at or before the last one read needs a new iterator
        values = DocValues.getBinary(leaf.reader(), Schema.SHOWN);
        open.put(l, values);
      }
      if (!values.advanceExact(local)) {
        throw new IllegalStateException("document " + doc + " has no shown values; rebuild the index");
      }
      BytesRef b = values.binaryValue();
      return new ByteArrayDataInput(b.bytes, b.offset, b.length);
    }
  }
}
