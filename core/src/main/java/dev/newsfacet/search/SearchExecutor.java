package dev.newsfacet.search;

import dev.newsfacet.ArticleHit;
import dev.newsfacet.Facet;
import dev.newsfacet.FacetValue;
import dev.newsfacet.Hit;
import dev.newsfacet.NewsQuery;
import dev.newsfacet.Occurrence;
import dev.newsfacet.SearchResult;
import dev.newsfacet.StatementHit;
import dev.newsfacet.index.IndexStore;
import dev.newsfacet.index.Schema;
import dev.newsfacet.index.StatementOffsets;
import dev.newsfacet.index.TermLookup;
import dev.newsfacet.model.StatementKind;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;

/**
 * Runs a {@link NewsQuery} on an index snapshot: builds the Lucene query, counts facets with
 * drill-sideways (a filtered dimension still shows its other values), highlights passages, and
 * groups the same statement reported by several articles into one hit.
 */
public final class SearchExecutor {
  /** The most statement documents read to group them; more matches are counted but not grouped. */
  static final int MAX_STATEMENTS_GROUPED = 10_000;

  /**
   * Nothing to rank by relevance ("statements by X"): newest first, then articles of one day in a fixed
   * order (a hash of their id: numbers compare far faster than the id strings over thousands of hits),
   * then in article order.
   */
  private static final Sort NEWEST_FIRST;

  static {
    SortField newest = LongField.newSortField(Schema.PUBLISHED, true, SortedNumericSelector.Type.MAX);
    newest.setMissingValue(Long.MIN_VALUE);
    NEWEST_FIRST = new Sort(newest, new SortField(Schema.ARTICLE_ORDER, SortField.Type.LONG), SortField.FIELD_DOC);
    SortField oldest = LongField.newSortField(Schema.PUBLISHED, false, SortedNumericSelector.Type.MIN);
    oldest.setMissingValue(Long.MAX_VALUE);
    OLDEST_FIRST = new Sort(oldest, new SortField(Schema.ARTICLE_ORDER, SortField.Type.LONG), SortField.FIELD_DOC);
  }

  /** Oldest published first, undated last, ties as {@link #NEWEST_FIRST}. */
  private static final Sort OLDEST_FIRST;

  /** The order a query's results come in: its own, else relevance when there are words to match, else newest. */
  public static NewsQuery.Sort order(NewsQuery q, boolean scoring) {
    if (q.sort() == null || (q.sort() == NewsQuery.Sort.RELEVANCE && !scoring)) {
      return scoring ? NewsQuery.Sort.RELEVANCE : NewsQuery.Sort.NEWEST;
    }
    return q.sort();
  }

  private final Schema schema;
  private final QueryPlanner planner;
  private final LuceneQueries queries;
  private final Highlights highlights;

  public SearchExecutor(Schema schema) {
    this.schema = schema;
    this.planner = new QueryPlanner(schema.analyzer());
    this.queries = new LuceneQueries(schema.analyzer());
    this.highlights = new Highlights(schema.analyzer());
  }

  public SearchResult search(IndexStore.Snapshot snapshot, NewsQuery q) throws IOException {
    IndexSearcher searcher = snapshot.searcher();
    if (snapshot.facets() == null) {
      return new SearchResult(q, 0, List.of(), List.of());
    }
    QueryPlan plan = planner.plan(q, new EntityResolver(TermLookup.of(searcher.getIndexReader())));
    boolean scoring = plan.scoring();
    DrillDownQuery ddq = new DrillDownQuery(schema.facetsConfig(), queries.base(plan));
    plan.facetFilters().forEach((dim, filter) -> ddq.add(dim, queries.compile(filter)));

    FacetCounting counting = new FacetCounting(snapshot, q.exactCounts() ? Long.MAX_VALUE : NewsQuery.EXACT_COUNTS_UP_TO);
    DrillSideways sideways = new DrillSideways(searcher, schema.facetsConfig(), snapshot.facets()) {
      @Override
      protected Facets buildFacetsResult(org.apache.lucene.facet.FacetsCollector drillDowns,
                                         org.apache.lucene.facet.FacetsCollector[] drillSideways,
                                         String[] dims) throws IOException {
        if (drillDowns == null) {
          return super.buildFacetsResult(drillDowns, drillSideways, dims);
        }
        Facets counts = counting.count(drillDowns);
        if (drillSideways == null || drillSideways.length == 0) {
          return counts;
        }
        Map<String, Facets> sidewaysCounts = new java.util.HashMap<>();
        for (int i = 0; i < drillSideways.length; i++) {
          sidewaysCounts.put(dims[i], counting.count(drillSideways[i]));
        }
        return new org.apache.lucene.facet.MultiFacets(sidewaysCounts, counts);
      }
    };
    boolean statements = q.target() == NewsQuery.Target.STATEMENTS;
    int topN = statements ? MAX_STATEMENTS_GROUPED : q.offset() + q.limit();
    DrillSideways.DrillSidewaysResult result;
    NewsQuery.Sort order = order(q, scoring);
    if (order == NewsQuery.Sort.RELEVANCE) {
      result = sideways.search(ddq, Math.max(1, topN));
    } else {
      // nothing to rank by relevance ("statements by X"), or a date order asked for
      result = sideways.search(ddq, null, null, Math.max(1, topN), order == NewsQuery.Sort.NEWEST ? NEWEST_FIRST : OLDEST_FIRST, false);
    }
    Set<String> present = new java.util.HashSet<>();
    snapshot.facets().getDims().forEach(present::add);
    List<Facet> facets = facets(result.facets, present, q);
    Query bodyHighlight = plan.bodyHighlight() == null ? null : queries.compile(plan.bodyHighlight());
    Query statementHighlight = plan.statementHighlight() == null ? null : queries.compile(plan.statementHighlight());
    if (statements) {
      return groupStatements(q, searcher, result.hits.scoreDocs, statementHighlight, facets, counting.estimated(),
          result.hits.totalHits.value());
    }
    Documents stored = new Documents(searcher.storedFields());
    List<Hit> hits = new ArrayList<>();
    ScoreDoc[] page = java.util.Arrays.copyOfRange(result.hits.scoreDocs, Math.min(q.offset(), result.hits.scoreDocs.length),
        result.hits.scoreDocs.length);
    for (ScoreDoc sd : page) {
      Document d = stored.get(sd.doc);
      if (Schema.TYPE_STATEMENT.equals(d.get(Schema.DOC_TYPE))) {
        hits.add(statementHit(sd, searcher.getIndexReader(), stored, statementHighlight));
      } else {
        hits.add(new ArticleHit(d.get(Schema.ARTICLE_ID), d.get(Schema.TITLE), d.get(Schema.SOURCE), d.get(Schema.URL),
            published(d), sd.score, highlights.article(Schema.BODY, bodyHighlight, d.get(Schema.BODY))));
      }
    }
    return new SearchResult(q, result.hits.totalHits.value(), hits, facets, counting.estimated());
  }

  /** The group doc value of each hit, read leaf by leaf in document order. */
  private static Map<Integer, Long> groupsOf(org.apache.lucene.index.IndexReader reader, ScoreDoc[] docs)
      throws IOException {
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
    }
    java.util.Arrays.sort(ids);
    Map<Integer, Long> out = new java.util.HashMap<>(docs.length * 2);
    List<org.apache.lucene.index.LeafReaderContext> leaves = reader.leaves();
    int leaf = -1;
    org.apache.lucene.index.NumericDocValues values = null;
    for (int doc : ids) {
      int l = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
      if (l != leaf) {
        leaf = l;
        values = org.apache.lucene.index.DocValues.getNumeric(leaves.get(l).reader(), Schema.GROUP);
      }
      int local = doc - leaves.get(l).docBase;
      // no value: a statement of its own group (never merged with another)
      out.put(doc, values.advanceExact(local) ? values.longValue() : -1L - doc);
    }
    return out;
  }

  private SearchResult groupStatements(NewsQuery q, IndexSearcher searcher, ScoreDoc[] docs, Query highlight,
                                       List<Facet> facets, boolean estimated, long matches) throws IOException {
    org.apache.lucene.index.IndexReader reader = searcher.getIndexReader();
    Map<Integer, Long> groupOf = groupsOf(reader, docs);
    Map<Long, List<ScoreDoc>> groups = new LinkedHashMap<>();
    for (ScoreDoc sd : docs) {
      groups.computeIfAbsent(groupOf.get(sd.doc), k -> new ArrayList<>()).add(sd);
    }
    List<List<ScoreDoc>> shown = groups.values().stream().skip(q.offset()).limit(q.limit()).toList();
    Map<Integer, StatementOffsets> offsets = StatementOffsets.read(reader,
        shown.stream().flatMap(List::stream).map(sd -> sd.doc).toList());
    Documents stored = new Documents(searcher.storedFields());
    List<Hit> hits = new ArrayList<>();
    for (List<ScoreDoc> members : shown) {
      hits.add(statementHit(members, offsets, stored, highlight));
    }
    return new SearchResult(q, groups.size(), hits, facets, estimated, matches);
  }

  /** One statement document as a hit (articles and statements mixed in one result list). */
  private StatementHit statementHit(ScoreDoc sd, org.apache.lucene.index.IndexReader reader,
                                    Documents stored, Query highlight) throws IOException {
    return statementHit(List.of(sd), StatementOffsets.read(reader, List.of(sd.doc)), stored, highlight);
  }

  private StatementHit statementHit(List<ScoreDoc> members, Map<Integer, StatementOffsets> offsets,
                                    Documents stored, Query highlight) throws IOException {
    List<Occurrence> occurrences = new ArrayList<>();
    java.util.Set<Integer> seenArticles = new java.util.HashSet<>();
    for (ScoreDoc sd : members) {
      StatementOffsets o = offsets.get(sd.doc);
      int articleDoc = o.articleDoc(sd.doc);
      if (!seenArticles.add(articleDoc) || occurrences.size() == StatementHit.OCCURRENCES_LISTED) {
        continue; // counted, not listed
      }
      Document article = stored.get(articleDoc);
      String body = article.get(Schema.BODY);
      occurrences.add(new Occurrence(article.get(Schema.ARTICLE_ID), article.get(Schema.TITLE), article.get(Schema.SOURCE),
          article.get(Schema.URL), published(article), o.start(), o.end(),
          slice(body, o.speakerStart(), o.speakerEnd()), slice(body, o.cueStart(), o.cueEnd())));
    }
    ScoreDoc first = members.get(0);
    StatementOffsets o = offsets.get(first.doc);
    Document d = stored.get(first.doc);
    String body = stored.get(o.articleDoc(first.doc)).get(Schema.BODY);
    String text = java.util.Objects.requireNonNullElse(slice(body, o.start(), o.end()), "");
    return new StatementHit(text, StatementKind.valueOf(d.get(Schema.KIND).toUpperCase(Locale.ROOT)),
        d.get(Schema.SPEAKER_NAME), first.score, occurrences, seenArticles.size(),
        List.of(highlights.statement(Schema.STATEMENT_TEXT, highlight, text, o.start())));
  }

  /** The article text between two stored offsets, or null when they do not fit it. */
  private static String slice(String body, int start, int end) {
    return body != null && start >= 0 && start <= end && end <= body.length() ? body.substring(start, end) : null;
  }

  /** Stored documents of one search, each read once (a statement's article serves all its statements). */
  private static final class Documents {
    private final StoredFields stored;
    private final Map<Integer, Document> read = new java.util.HashMap<>();

    Documents(StoredFields stored) {
      this.stored = stored;
    }

    Document get(int doc) throws IOException {
      Document d = read.get(doc);
      if (d == null) {
        d = stored.document(doc);
        read.put(doc, d);
      }
      return d;
    }
  }

  private static LocalDate published(Document d) {
    IndexableField f = d.getField(Schema.PUBLISHED);
    return f == null || f.numericValue() == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue());
  }

  private static List<Facet> facets(Facets facets, Set<String> present, NewsQuery q) throws IOException {
    List<Facet> out = new ArrayList<>();
    for (String dim : Schema.DIMENSIONS) {
      if (!present.contains(dim)) {
        continue; // no document has this dimension yet
      }
      List<FacetValue> values = new ArrayList<>();
      for (LabelAndValue lv : top(facets, dim, q.facetValuesOf(dim, Schema.facetValues(dim)))) {
        values.add(new FacetValue(lv.label, lv.value.longValue()));
      }
      if (!values.isEmpty()) {
        out.add(new Facet(dim, values));
      }
    }
    return out;
  }

  private static LabelAndValue[] top(Facets facets, String dim, int n) throws IOException {
    try {
      org.apache.lucene.facet.FacetResult r = facets.getTopChildren(n, dim);
      return r == null ? new LabelAndValue[0] : r.labelValues;
    } catch (IllegalArgumentException e) {
      return new LabelAndValue[0]; // no document has this dimension yet
    }
  }
}
