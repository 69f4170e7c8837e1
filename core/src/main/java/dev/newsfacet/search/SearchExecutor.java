package dev.newsfacet.search;

import dev.newsfacet.ArticleHit;
import dev.newsfacet.Facet;
import dev.newsfacet.FacetValue;
import dev.newsfacet.Hit;
import dev.newsfacet.NewsQuery;
import dev.newsfacet.Occurrence;
import dev.newsfacet.Passage;
import dev.newsfacet.SearchResult;
import dev.newsfacet.StatementHit;
import dev.newsfacet.index.IndexStore;
import dev.newsfacet.index.Schema;
import dev.newsfacet.model.EntityType;
import dev.newsfacet.model.Span;
import dev.newsfacet.model.StatementKind;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;

/**
 * Runs a {@link NewsQuery} on an index snapshot: builds the Lucene query, counts facets with
 * drill-sideways (a filtered dimension still shows its other values), highlights passages, and
 * groups the same statement reported by several articles into one hit.
 */
public final class SearchExecutor {
  /** The most statement documents read to group them; more matches are counted but not grouped. */
  static final int MAX_STATEMENTS_GROUPED = 10_000;
  private static final int FACET_VALUES = 10;
  /** Date levels show more values: a month of days. */
  private static final int DATE_FACET_VALUES = 31;
  private static final Set<EntityType> SPEAKER_TYPES = EnumSet.of(EntityType.PERSON, EntityType.ORG);
  private static final Set<EntityType> ALL_TYPES = EnumSet.of(EntityType.PERSON, EntityType.ORG,
      EntityType.PLACE, EntityType.EVENT);

  private final Schema schema;

  public SearchExecutor(Schema schema) {
    this.schema = schema;
  }

  public SearchResult search(IndexStore.Snapshot snapshot, NewsQuery q) throws IOException {
    IndexSearcher searcher = snapshot.searcher();
    if (snapshot.facets() == null) {
      return new SearchResult(q, 0, List.of(), List.of());
    }
    EntityResolver resolver = new EntityResolver(searcher.getIndexReader());
    QueryBuilder text = new QueryBuilder(schema.analyzer());
    BooleanQuery.Builder base = new BooleanQuery.Builder();
    BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    BooleanQuery.Builder statementHighlight = new BooleanQuery.Builder();
    boolean scoring = false;
    List<String> fields = switch (q.target()) {
      case ARTICLES -> List.of(Schema.BODY);
      case STATEMENTS -> List.of(Schema.STATEMENT_TEXT);
      case ALL -> List.of(Schema.BODY, Schema.STATEMENT_TEXT);
    };

    switch (q.target()) {
      case ARTICLES -> base.add(new TermQuery(new Term(Schema.DOC_TYPE, Schema.TYPE_ARTICLE)), BooleanClause.Occur.FILTER);
      case STATEMENTS -> base.add(new TermQuery(new Term(Schema.DOC_TYPE, Schema.TYPE_STATEMENT)), BooleanClause.Occur.FILTER);
      case ALL -> { }
    }
    for (String speaker : q.speakers()) {
      base.add(speakerQuery(resolver, text, speaker), BooleanClause.Occur.FILTER);
    }
    for (String mention : q.mentions()) {
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      for (EntityResolver.Resolved r : resolver.resolve(mention, ALL_TYPES)) {
        either.add(new BoostQuery(new TermQuery(new Term(Schema.entityField(r.type()), r.key())), 2f), BooleanClause.Occur.SHOULD);
        for (String spelling : resolver.spellings(r.key())) {
          addIfPresent(highlight, text.createPhraseQuery(Schema.BODY, spelling));
          addIfPresent(statementHighlight, text.createPhraseQuery(Schema.STATEMENT_TEXT, spelling));
        }
      }
      for (String field : fields) {
        Query phrase = text.createPhraseQuery(field, mention);
        addIfPresent(either, phrase);
        addIfPresent(field.equals(Schema.BODY) ? highlight : statementHighlight, phrase);
      }
      base.add(either.build(), BooleanClause.Occur.MUST);
      scoring = true;
    }
    if (q.text() != null) {
      BooleanQuery.Builder anyField = new BooleanQuery.Builder();
      for (String field : fields) {
        Query t = freeText(text, field, q.text());
        addIfPresent(anyField, t);
        addIfPresent(field.equals(Schema.BODY) ? highlight : statementHighlight, t);
      }
      BooleanQuery t = anyField.build();
      if (!t.clauses().isEmpty()) {
        base.add(t, BooleanClause.Occur.MUST);
        scoring = true;
      }
    }
    if (q.publishedFrom() != null || q.publishedTo() != null) {
      long from = q.publishedFrom() == null ? Long.MIN_VALUE : q.publishedFrom().toEpochDay();
      long to = q.publishedTo() == null ? Long.MAX_VALUE : q.publishedTo().toEpochDay();
      base.add(LongField.newRangeQuery(Schema.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
    }
    if (!scoring) {
      base.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    }
    DrillDownQuery ddq = new DrillDownQuery(schema.facetsConfig(), base.build());
    for (Map.Entry<String, List<String>> f : q.filters().entrySet()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String value : f.getValue()) {
        any.add(filterQuery(resolver, f.getKey(), value), BooleanClause.Occur.SHOULD);
      }
      ddq.add(f.getKey(), any.build());
    }

    DrillSideways sideways = new DrillSideways(searcher, schema.facetsConfig(), snapshot.facets()) {
      @Override
      protected Facets buildFacetsResult(org.apache.lucene.facet.FacetsCollector drillDowns,
                                         org.apache.lucene.facet.FacetsCollector[] drillSideways,
                                         String[] dims) throws IOException {
        if (drillDowns == null) {
          return super.buildFacetsResult(drillDowns, drillSideways, dims);
        }
        // count each segment's hits on its own thread (the counting is most of a broad query's time)
        Facets counts = concurrentCounts(snapshot, drillDowns);
        if (drillSideways == null || drillSideways.length == 0) {
          return counts;
        }
        Map<String, Facets> sidewaysCounts = new java.util.HashMap<>();
        for (int i = 0; i < drillSideways.length; i++) {
          sidewaysCounts.put(dims[i], concurrentCounts(snapshot, drillSideways[i]));
        }
        return new org.apache.lucene.facet.MultiFacets(sidewaysCounts, counts);
      }
    };
    boolean statements = q.target() == NewsQuery.Target.STATEMENTS;
    int topN = statements ? MAX_STATEMENTS_GROUPED : q.limit();
    DrillSideways.DrillSidewaysResult result;
    if (scoring) {
      result = sideways.search(ddq, Math.max(1, topN));
    } else {
      // nothing to rank by relevance ("statements by X"): newest first
      org.apache.lucene.search.SortField newest = LongField.newSortField(Schema.PUBLISHED, true,
          org.apache.lucene.search.SortedNumericSelector.Type.MAX);
      newest.setMissingValue(Long.MIN_VALUE);
      result = sideways.search(ddq, null, null, Math.max(1, topN), new org.apache.lucene.search.Sort(newest,
          org.apache.lucene.search.SortField.FIELD_DOC), false);
    }
    Set<String> present = new java.util.HashSet<>();
    snapshot.facets().getDims().forEach(present::add);
    List<Facet> facets = facets(result.facets, present);
    Query highlightQuery = highlight.build();
    Documents stored = new Documents(searcher.storedFields());
    StatementTexts texts = new StatementTexts(schema, statementHighlight.build());
    if (statements) {
      return groupStatements(q, searcher.getIndexReader(), result.hits.scoreDocs, stored, texts, facets);
    }
    Highlighter highlighter = new Highlighter(searcher, schema);
    List<Hit> hits = new ArrayList<>();
    ScoreDoc[] docs = result.hits.scoreDocs;
    Map<Integer, List<Passage>> passages = highlighter.passages(highlightQuery, docs, 3);
    for (ScoreDoc sd : docs) {
      Document d = stored.get(sd.doc);
      if (Schema.TYPE_STATEMENT.equals(d.get(Schema.DOC_TYPE))) {
        hits.add(statementHit(List.of(sd), d, stored, texts));
      } else {
        hits.add(new ArticleHit(d.get(Schema.ARTICLE_ID), d.get(Schema.TITLE), d.get(Schema.SOURCE), d.get(Schema.URL),
            published(d), sd.score, passages.getOrDefault(sd.doc, List.of())));
      }
    }
    return new SearchResult(q, result.hits.totalHits.value(), hits, facets);
  }

  private Query speakerQuery(EntityResolver resolver, QueryBuilder text, String speaker) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    List<EntityResolver.Resolved> resolved = resolver.resolve(speaker, SPEAKER_TYPES);
    for (EntityResolver.Resolved r : resolved) {
      any.add(new TermQuery(new Term(Schema.SPEAKER, r.key())), BooleanClause.Occur.SHOULD);
    }
    if (resolved.isEmpty()) {
      // not a known entity: a nominal source ("officials") or words of the speaker's name
      any.add(new TermQuery(new Term(Schema.SPEAKER, "other:" + dev.newsfacet.extract.NameKeys.fold(
          speaker.replaceFirst("(?i)^(the|a|an) ", "")))), BooleanClause.Occur.SHOULD);
      Query words = text.createPhraseQuery(Schema.SPEAKER_TEXT, speaker);
      if (words != null) {
        any.add(words, BooleanClause.Occur.SHOULD);
      }
    }
    BooleanQuery q = any.build();
    return q.clauses().isEmpty() ? new MatchNoDocsQuery("no speaker named " + speaker) : q;
  }

  private Query filterQuery(EntityResolver resolver, String dim, String value) throws IOException {
    String v = value.strip();
    switch (dim) {
      case "source":
        return new TermQuery(new Term(Schema.SOURCE_KEY, Schema.sourceKey(v)));
      case "type":
        return new TermQuery(new Term(Schema.DOC_TYPE, v.toLowerCase(Locale.ROOT)));
      case "kind":
        return new TermQuery(new Term(Schema.KIND, v.toLowerCase(Locale.ROOT)));
      case "mentioned":
        if (v.contains("..")) {
          String[] r = v.split("\\.\\.", 2);
          return TermRangeQuery.newStringRange(Schema.MENTIONED, r[0].equals("*") ? null : r[0],
              r[1].equals("*") ? null : r[1] + "\uffff", true, true);
        }
        return TermRangeQuery.newStringRange(Schema.MENTIONED, v, v + "\uffff", true, true);
      case "speaker": {
        return speakerQuery(resolver, new QueryBuilder(schema.analyzer()), v);
      }
      default: {
        EntityType type = EntityType.valueOf(dim.toUpperCase(Locale.ROOT));
        List<EntityResolver.Resolved> resolved = resolver.resolve(v, EnumSet.of(type));
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (EntityResolver.Resolved r : resolved) {
          any.add(new TermQuery(new Term(Schema.entityField(type), r.key())), BooleanClause.Occur.SHOULD);
        }
        any.add(new TermQuery(new Term(Schema.entityField(type), dev.newsfacet.extract.NameKeys.key(v))), BooleanClause.Occur.SHOULD);
        return any.build();
      }
    }
  }

  private static void addIfPresent(BooleanQuery.Builder b, Query q) {
    if (q != null && !(q instanceof BooleanQuery bq && bq.clauses().isEmpty())) {
      b.add(q, BooleanClause.Occur.SHOULD);
    }
  }

  /** Words must all match; "quoted phrases" match as phrases. */
  private static Query freeText(QueryBuilder text, String field, String s) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]*)\"|([^\\s\"]+)").matcher(s);
    int clauses = 0;
    while (m.find()) {
      Query part = m.group(1) != null ? text.createPhraseQuery(field, m.group(1))
          : text.createBooleanQuery(field, m.group(2), BooleanClause.Occur.MUST);
      if (part != null) {
        all.add(part, BooleanClause.Occur.MUST);
        clauses++;
      }
    }
    return clauses == 0 ? null : all.build();
  }

  private static Facets concurrentCounts(IndexStore.Snapshot snapshot, org.apache.lucene.facet.FacetsCollector hits)
      throws IOException {
    try {
      return new org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts(snapshot.facets(), hits,
          snapshot.threads());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while counting facets");
    }
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

  private SearchResult groupStatements(NewsQuery q, org.apache.lucene.index.IndexReader reader, ScoreDoc[] docs,
                                       Documents stored, StatementTexts texts, List<Facet> facets) throws IOException {
    Map<Integer, Long> groupOf = groupsOf(reader, docs);
    Map<Long, List<ScoreDoc>> groups = new LinkedHashMap<>();
    for (ScoreDoc sd : docs) {
      groups.computeIfAbsent(groupOf.get(sd.doc), k -> new ArrayList<>()).add(sd);
    }
    List<Long> keys = new ArrayList<>(groups.keySet());
    List<Hit> hits = new ArrayList<>();
    for (Long key : keys.subList(0, Math.min(q.limit(), keys.size()))) {
      List<ScoreDoc> members = groups.get(key);
      hits.add(statementHit(members, stored.get(members.get(0).doc), stored, texts));
    }
    return new SearchResult(q, keys.size(), hits, facets);
  }

  private StatementHit statementHit(List<ScoreDoc> members, Document d, Documents stored, StatementTexts texts)
      throws IOException {
    List<Occurrence> occurrences = new ArrayList<>();
    java.util.Set<Integer> seenArticles = new java.util.HashSet<>();
    for (ScoreDoc sd : members) {
      Document m = sd.doc == members.get(0).doc ? d : stored.get(sd.doc);
      int articleDoc = Schema.articleDocOf(sd.doc, m);
      if (!seenArticles.add(articleDoc)) {
        continue;
      }
      Document article = stored.get(articleDoc);
      String body = article.get(Schema.BODY);
      occurrences.add(new Occurrence(article.get(Schema.ARTICLE_ID), article.get(Schema.TITLE), article.get(Schema.SOURCE),
          article.get(Schema.URL), published(article), intField(m, Schema.START), intField(m, Schema.END),
          spanText(body, m, Schema.SPEAKER_SPAN), spanText(body, m, Schema.CUE_SPAN)));
    }
    int start = intField(d, Schema.START);
    int end = intField(d, Schema.END);
    String body = stored.get(Schema.articleDocOf(members.get(0).doc, d)).get(Schema.BODY);
    String text = java.util.Objects.requireNonNullElse(slice(body, start, end), "");
    return new StatementHit(text, StatementKind.valueOf(d.get(Schema.KIND).toUpperCase(Locale.ROOT)),
        d.get(Schema.SPEAKER_NAME), members.get(0).score, occurrences, List.of(texts.passage(text, start)));
  }

  private static int intField(Document d, String name) {
    IndexableField f = d.getField(name);
    return f == null ? 0 : f.numericValue().intValue();
  }

  /** The article words at a stored {start, end} pair, or null when the statement has none. */
  private static String spanText(String body, Document d, String name) {
    IndexableField[] span = d.getFields(name);
    if (span.length != 2) {
      return null;
    }
    return slice(body, span[0].numericValue().intValue(), span[1].numericValue().intValue());
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

  private static List<Facet> facets(Facets facets, Set<String> present) throws IOException {
    List<Facet> out = new ArrayList<>();
    for (String dim : Schema.DIMENSIONS) {
      if (!present.contains(dim)) {
        continue; // no document has this dimension yet
      }
      boolean date = dim.startsWith(Schema.PUBLISHED + ".") || dim.startsWith(Schema.MENTIONED + ".");
      List<FacetValue> values = new ArrayList<>();
      for (LabelAndValue lv : top(facets, dim, date ? DATE_FACET_VALUES : FACET_VALUES)) {
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

  /** The unified highlighter, returning passages with offsets instead of marked-up strings. */
  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(IndexSearcher searcher, Schema schema) {
      super(UnifiedHighlighter.builder(searcher, schema.analyzer())
          .withFormatter(new OffsetFormatter())
          .withMaxLength(1_000_000)
          .withHighlightPhrasesStrictly(true)
          .withMaxNoHighlightPassages(0));
    }

    /** Up to {@code perDoc} passages for each article document, keyed by document. */
    @SuppressWarnings("unchecked")
    Map<Integer, List<Passage>> passages(Query query, ScoreDoc[] docs, int perDoc)
        throws IOException {
      Map<Integer, List<Passage>> out = new LinkedHashMap<>();
      if (docs.length == 0 || (query instanceof BooleanQuery b && b.clauses().isEmpty())) {
        return out;
      }
      int[] ids = new int[docs.length];
      int[] max = new int[] {perDoc};
      for (int i = 0; i < docs.length; i++) {
        ids[i] = docs[i].doc;
      }
      Object[] found = highlightFieldsAsObjects(new String[] {Schema.BODY}, query, ids, max).get(Schema.BODY);
      for (int i = 0; i < ids.length; i++) {
        if (found != null && found[i] instanceof List<?> list && !list.isEmpty()) {
          out.put(ids[i], (List<Passage>) list);
        }
      }
      return out;
    }
  }

  /**
   * Highlights a statement's text (read from its article's stored text by offsets: the index keeps one
   * copy) whole, by analysing those few words.
   */
  private static final class StatementTexts {
    private final Query query;
    private final UnifiedHighlighter highlighter;

    StatementTexts(Schema schema, Query query) {
      this.query = query;
      this.highlighter = UnifiedHighlighter.builderWithoutSearcher(schema.analyzer())
          .withBreakIterator(org.apache.lucene.search.uhighlight.WholeBreakIterator::new)
          .withFormatter(new OffsetFormatter())
          .withMaxLength(1_000_000)
          .withHighlightPhrasesStrictly(true)
          .build();
    }

    /** The statement as one passage, with the query's words highlighted, in article offsets. */
    @SuppressWarnings("unchecked")
    Passage passage(String text, int start) throws IOException {
      if (!(query instanceof BooleanQuery b && b.clauses().isEmpty()) && !text.isEmpty()) {
        Object found = highlighter.highlightWithoutSearcher(Schema.STATEMENT_TEXT, query, text, 1);
        if (found instanceof List<?> list && !list.isEmpty()) {
          Passage p = ((List<Passage>) list).get(0);
          List<Span> hs = p.highlights().stream().map(h -> new Span(h.start() + start, h.end() + start)).toList();
          return new Passage(text, start, start + text.length(), hs);
        }
      }
      return new Passage(text, start, start + text.length(), List.of());
    }
  }

  private static final class OffsetFormatter extends PassageFormatter {
    @Override
    public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
      List<Passage> out = new ArrayList<>();
      for (org.apache.lucene.search.uhighlight.Passage p : passages) {
        if (p == null || p.getNumMatches() == 0) {
          continue;
        }
        List<Span> highlights = new ArrayList<>();
        int lastEnd = -1;
        for (int i = 0; i < p.getNumMatches(); i++) {
          int s = p.getMatchStarts()[i];
          int e = Math.min(p.getMatchEnds()[i], p.getEndOffset());
          if (s >= lastEnd && e > s) {
            highlights.add(new Span(s, e));
            lastEnd = e;
          } else if (!highlights.isEmpty() && e > lastEnd) {
            Span prev = highlights.remove(highlights.size() - 1);
            highlights.add(new Span(prev.start(), e));
            lastEnd = e;
          }
        }
        String text = content.substring(p.getStartOffset(), p.getEndOffset()).stripTrailing();
        int end = p.getStartOffset() + text.length();
        highlights.removeIf(h -> h.end() > end);
        out.add(new Passage(text, p.getStartOffset(), end, highlights));
      }
      return out;
    }
  }
}
