package dev.newsfacet.search;

import dev.newsfacet.index.Fields;
import dev.newsfacet.index.StoryTerms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** The embedded index's side of story grouping: reading articles' story fields and finding a story's articles. */
final class StoryHits {
  /** The most candidates read for the story of one article. */
  static final int MAX_CANDIDATES = 1000;

  private StoryHits() {}

  /** The story fields of one segment. */
  private record Columns(SortedNumericDocValues keys, BinaryDocValues terms, SortedNumericDocValues published) {
    static Columns open(LeafReader reader) throws IOException {
      return new Columns(DocValues.getSortedNumeric(reader, Fields.STORY_KEYS), DocValues.getBinary(reader, Fields.STORY_TERMS),
          DocValues.getSortedNumeric(reader, Fields.PUBLISHED));
    }

    long[] keys(int local) throws IOException {
      if (!keys.advanceExact(local)) {
        return new long[0];
      }
      long[] out = new long[keys.docValueCount()];
      for (int i = 0; i < out.length; i++) {
        out[i] = keys.nextValue();
      }
      return out;
    }

    StoryGroups.Details details(int local) throws IOException {
      StoryTerms t = StoryTerms.EMPTY;
      if (terms.advanceExact(local)) {
        BytesRef b = terms.binaryValue();
        t = StoryTerms.fromBytes(b.bytes, b.offset, b.length);
      }
      return new StoryGroups.Details(t, published.advanceExact(local) ? published.nextValue() : null);
    }
  }

  /** The stories among these matched article documents, as lists of indexes into {@code docs}. */
  static List<List<Integer>> group(IndexReader reader, int[] docs) throws IOException {
    long[][] keys = new long[docs.length][];
    DocValueVisits.forEach(reader, docs, Columns::open, (c, i, local) -> keys[i] = c.keys(local));
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == null) {
        keys[i] = new long[0]; // listed twice: visited for its first index only
      }
    }
    return StoryGroups.group(Arrays.asList(keys), wanted -> {
      int[] indexes = wanted.stream().mapToInt(Integer::intValue).toArray();
      int[] wantedDocs = new int[indexes.length];
      for (int i = 0; i < indexes.length; i++) {
        wantedDocs[i] = docs[indexes[i]];
      }
      StoryGroups.Details[] d = new StoryGroups.Details[indexes.length];
      DocValueVisits.forEach(reader, wantedDocs, Columns::open, (c, i, local) -> d[i] = c.details(local));
      Map<Integer, StoryGroups.Details> out = new HashMap<>();
      for (int i = 0; i < indexes.length; i++) {
        out.put(indexes[i], d[i]);
      }
      return out;
    });
  }

  /** The ids of the articles of the story of an article ({@code story:ID}); just the id when it is not indexed. */
  static List<String> storyOf(IndexSearcher searcher, String articleId) throws IOException {
    BooleanQuery article = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.ARTICLE_ID, articleId)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.DOC_TYPE, Fields.TYPE_ARTICLE)), BooleanClause.Occur.FILTER).build();
    ScoreDoc[] found = searcher.search(article, 1).scoreDocs;
    if (found.length == 0) {
      return List.of(articleId);
    }
    IndexReader reader = searcher.getIndexReader();
    long[][] keys = new long[1][];
    StoryGroups.Details[] self = new StoryGroups.Details[1];
    DocValueVisits.forEach(reader, new int[] {found[0].doc}, Columns::open, (c, i, local) -> {
      keys[0] = c.keys(local);
      self[0] = c.details(local);
    });
    if (keys[0].length == 0) {
      return List.of(articleId);
    }
    BooleanQuery.Builder candidates = new BooleanQuery.Builder()
        .add(LongField.newSetQuery(Fields.STORY_KEYS, keys[0]), BooleanClause.Occur.FILTER);
    if (self[0].publishedDay() != null) {
      long day = self[0].publishedDay();
      // an undated article may be of the story too: dated ones only within the window
      candidates.add(new BooleanQuery.Builder()
          .add(LongField.newRangeQuery(Fields.PUBLISHED, day - StoryTerms.DAYS_APART, day + StoryTerms.DAYS_APART),
              BooleanClause.Occur.SHOULD)
          .add(new BooleanQuery.Builder()
              .add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.FILTER)
              .add(new FieldExistsQuery(Fields.PUBLISHED), BooleanClause.Occur.MUST_NOT).build(),
              BooleanClause.Occur.SHOULD).build(), BooleanClause.Occur.FILTER);
    }
    ScoreDoc[] hits = searcher.search(candidates.build(), MAX_CANDIDATES).scoreDocs;
    int[] docs = Arrays.stream(hits).mapToInt(sd -> sd.doc).toArray();
    long[][] candidateKeys = new long[docs.length][];
    StoryGroups.Details[] details = new StoryGroups.Details[docs.length];
    DocValueVisits.forEach(reader, docs, Columns::open, (c, i, local) -> {
      candidateKeys[i] = c.keys(local);
      details[i] = c.details(local);
    });
    StoredFields stored = searcher.storedFields();
    Map<String, StoryGroups.Details> byId = new LinkedHashMap<>();
    for (int i = 0; i < docs.length; i++) {
      if (StoryGroups.sharedKeys(keys[0], candidateKeys[i]) >= StoryTerms.MIN_SHARED_KEYS) {
        byId.put(stored.document(docs[i], Set.of(Fields.ARTICLE_ID)).get(Fields.ARTICLE_ID), details[i]);
      }
    }
    return new ArrayList<>(StoryGroups.storyOf(articleId, self[0], byId));
  }

  /** The published day of each document (null when undated). */
  static Long[] days(IndexReader reader, int[] docs) throws IOException {
    Long[] out = new Long[docs.length];
    DocValueVisits.forEach(reader, docs, Columns::open, (c, i, local) -> out[i] = c.details(local).publishedDay());
    return out;
  }
}
