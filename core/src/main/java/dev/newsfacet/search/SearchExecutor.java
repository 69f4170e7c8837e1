package dev.newsfacet.search;

import dev.newsfacet.ArticleHit;
import dev.newsfacet.Facet;
import dev.newsfacet.FacetValue;
import dev.newsfacet.Hit;
import dev.newsfacet.NewsQuery;
import dev.newsfacet.Occurrence;
import dev.newsfacet.QuerySyntaxException;
import dev.newsfacet.SearchResult;
import dev.newsfacet.StatementHit;
import dev.newsfacet.index.Fields;
import dev.newsfacet.index.IndexStore;
import dev.newsfacet.index.LuceneSchema;
import dev.newsfacet.index.StatementOffsets;
import dev.newsfacet.index.TermLookup;
import dev.newsfacet.index.Wording;
import dev.newsfacet.model.StatementKind;
import dev.newsfacet.text.NameKeys;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Runs a {@link NewsQuery} on an index snapshot: builds the Lucene query, counts facets with
 * drill-sideways (a filtered dimension still shows its other values), highlights passages, and
 * groups the same statement reported by several articles into one hit.
 */
public final class SearchExecutor {
  /**
   * Nothing to rank by relevance ("statements by X"): newest first, then articles of one day in a fixed
   * order (a hash of their id: numbers compare far faster than the id strings over thousands of hits),
   * then in article order.
   */
  private static final Sort NEWEST_FIRST;

  static {
    SortField newest = LongField.newSortField(Fields.PUBLISHED, true, SortedNumericSelector.Type.MAX, Long.MIN_VALUE);
    NEWEST_FIRST = new Sort(newest, new SortField(Fields.ARTICLE_ORDER, SortField.Type.LONG), SortField.FIELD_DOC);
    SortField oldest = LongField.newSortField(Fields.PUBLISHED, false, SortedNumericSelector.Type.MIN, Long.MAX_VALUE);
    OLDEST_FIRST = new Sort(oldest, new SortField(Fields.ARTICLE_ORDER, SortField.Type.LONG), SortField.FIELD_DOC);
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

  private final LuceneSchema schema;
  private final QueryPlanner planner;
  private final LuceneQueries queries;
  private final Highlights highlights;

  public SearchExecutor(LuceneSchema schema) {
    this.schema = schema;
    this.planner = new QueryPlanner(schema.analyzer());
    this.queries = new LuceneQueries(schema.analyzer());
    this.highlights = new Highlights(schema.analyzer());
  }

  /**
   * A search as the facade answers it: with "did you mean" names when a speaker matched nothing, and a
   * query too large for one search refused with a plain message.
   */
  public SearchResult answer(IndexStore.Snapshot snapshot, NewsQuery query) throws IOException {
    try {
      SearchResult r = search(snapshot, query);
      if (r.total() == 0 && !query.speakers().isEmpty()) {
        TermLookup terms = TermLookup.of(snapshot.searcher().getIndexReader());
        List<String> names = new ArrayList<>();
        for (String speaker : query.speakers()) {
          names.addAll(NameSuggestions.forSpeaker(terms, speaker));
        }
        r = r.withDidYouMean(names);
      }
      return r;
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("the query has too many words or names for one search (at most "
          + IndexSearcher.getMaxClauseCount() + " clauses); shorten it");
    }
  }

  /** The search itself: hits, facets (drill sideways), groups. */
  public SearchResult search(IndexStore.Snapshot snapshot, NewsQuery q) throws IOException {
    IndexSearcher searcher = snapshot.searcher();
    if (snapshot.facets() == null) {
      return new SearchResult(q, 0, List.of(), List.of());
    }
    QueryPlan plan = planner.plan(q, new EntityResolver(TermLookup.of(searcher.getIndexReader())),
        id -> StoryHits.storyOf(searcher, id));
    boolean scoring = plan.scoring();
    DrillDownQuery ddq = new DrillDownQuery(schema.facetsConfig(), queries.base(plan));
    plan.facetFilters().forEach((dim, filter) -> ddq.add(dim, queries.compile(filter)));

    FacetCounting counting = new FacetCounting(snapshot, q.exactCounts() ? Long.MAX_VALUE : NewsQuery.EXACT_COUNTS_UP_TO);
    DrillSideways sideways = new DrillSideways(searcher, schema.facetsConfig(), snapshot.facets()) {
      @Override
      protected Facets buildFacetsResult(FacetsCollector drillDowns,
                                         FacetsCollector[] drillSideways,
                                         String[] dims) throws IOException {
        if (drillDowns == null) {
          return super.buildFacetsResult(drillDowns, drillSideways, dims);
        }
        Facets counts = counting.count(drillDowns);
        if (drillSideways == null || drillSideways.length == 0) {
          return counts;
        }
        Map<String, Facets> sidewaysCounts = new HashMap<>();
        for (int i = 0; i < drillSideways.length; i++) {
          sidewaysCounts.put(dims[i], counting.count(drillSideways[i]));
        }
        return new MultiFacets(sidewaysCounts, counts);
      }
    };
    boolean statements = q.target() == NewsQuery.Target.STATEMENTS;
    boolean stories = !statements && StoryGroups.groups(q);
    int topN = statements ? StatementGroups.MAX_GROUPED
        : stories ? Math.max(StoryGroups.MAX_ARTICLES_GROUPED, q.offset() + q.limit()) : q.offset() + q.limit();
    DrillSideways.DrillSidewaysResult result;
    NewsQuery.Sort order = order(q, scoring);
    if (order == NewsQuery.Sort.RELEVANCE) {
      result = sideways.search(ddq, Math.max(1, topN));
    } else {
      // nothing to rank by relevance ("statements by X"), or a date order asked for
      result = sideways.search(ddq, null, null, Math.max(1, topN), order == NewsQuery.Sort.NEWEST ? NEWEST_FIRST : OLDEST_FIRST, false);
    }
    Set<String> present = new HashSet<>();
    snapshot.facets().getDims().forEach(present::add);
    List<Facet> facets = facets(result.facets, present, q);
    Query bodyHighlight = plan.bodyHighlight() == null ? null : queries.compile(plan.bodyHighlight());
    Query statementHighlight = plan.statementHighlight() == null ? null : queries.compile(plan.statementHighlight());
    if (statements) {
      return groupStatements(q, searcher, result.hits.scoreDocs, statementHighlight, facets, counting.estimated(),
          result.hits.totalHits.value());
    }
    if (stories) {
      return groupStories(q, searcher, result.hits.scoreDocs, bodyHighlight, facets, counting.estimated(),
          result.hits.totalHits.value());
    }
    Documents stored = new Documents(searcher.storedFields());
    List<Hit> hits = new ArrayList<>();
    ScoreDoc[] page = Arrays.copyOfRange(result.hits.scoreDocs, Math.min(q.offset(), result.hits.scoreDocs.length),
        result.hits.scoreDocs.length);
    for (ScoreDoc sd : page) {
      Document d = stored.get(sd.doc);
      if (Fields.TYPE_STATEMENT.equals(d.get(Fields.DOC_TYPE))) {
        hits.add(statementHit(sd, searcher.getIndexReader(), stored, statementHighlight));
      } else {
        hits.add(new ArticleHit(d.get(Fields.ARTICLE_ID), d.get(Fields.TITLE), d.get(Fields.SOURCE), d.get(Fields.URL),
            published(d), sd.score, highlights.article(Fields.BODY, bodyHighlight, d.get(Fields.BODY))));
      }
    }
    return new SearchResult(q, result.hits.totalHits.value(), hits, facets, counting.estimated());
  }

  /**
   * One article hit per story among the best {@value StoryGroups#MAX_ARTICLES_GROUPED} matches: the story's
   * best match, listing the story's other matching articles earliest first.
   */
  private SearchResult groupStories(NewsQuery q, IndexSearcher searcher, ScoreDoc[] docs, Query highlight,
                                    List<Facet> facets, boolean estimated, long matches) throws IOException {
    int[] ids = Arrays.stream(docs).mapToInt(sd -> sd.doc).toArray();
    List<List<Integer>> groups = StoryHits.group(searcher.getIndexReader(), ids);
    Documents stored = new Documents(searcher.storedFields());
    List<Hit> hits = new ArrayList<>();
    for (List<Integer> story : groups.stream().skip(q.offset()).limit(q.limit()).toList()) {
      ScoreDoc best = docs[story.get(0)];
      Document d = stored.get(best.doc);
      // the listed others are the earliest: dates from doc values, stored fields only for those listed
      int[] otherDocs = story.subList(1, story.size()).stream().mapToInt(i -> docs[i].doc).toArray();
      Long[] days = StoryHits.days(searcher.getIndexReader(), otherDocs);
      List<ArticleHit.StoryArticle> others = new ArrayList<>();
      for (int k : StoryGroups.earliest(days)) {
        Document o = stored.get(otherDocs[k]);
        others.add(new ArticleHit.StoryArticle(o.get(Fields.ARTICLE_ID), o.get(Fields.TITLE), o.get(Fields.SOURCE),
            o.get(Fields.URL), published(o)));
      }
      hits.add(new ArticleHit(d.get(Fields.ARTICLE_ID), d.get(Fields.TITLE), d.get(Fields.SOURCE), d.get(Fields.URL),
          published(d), best.score, highlights.article(Fields.BODY, highlight, d.get(Fields.BODY)), others, story.size()));
    }
    return new SearchResult(q, groups.size(), hits, facets, estimated, matches);
  }

  /**
   * The exact group and the near-identical candidate keys of each of these statement documents, in their
   * order (doc values, read leaf by leaf in document order). A statement without a group value stands for
   * itself.
   */
  private static StatementGroups.Member[] membersOf(IndexReader reader, int[] docs)
      throws IOException {
    StatementGroups.Member[] out = new StatementGroups.Member[docs.length];
    forEachLeaf(reader, docs, (leaf, i, local) -> {
      long[] keys = NO_KEYS;
      if (leaf.keys.advanceExact(local)) {
        keys = new long[leaf.keys.docValueCount()];
        for (int k = 0; k < keys.length; k++) {
          keys[k] = leaf.keys.nextValue();
        }
      }
      out[i] = new StatementGroups.Member(leaf.group.advanceExact(local) ? leaf.group.longValue() : -1L - docs[i], keys);
    });
    return out;
  }

  private static final long[] NO_KEYS = new long[0];

  /** The wording and published day of each of these statement documents, in their order. */
  private static StatementGroups.Details[] details(IndexReader reader, int[] docs)
      throws IOException {
    StatementGroups.Details[] out = new StatementGroups.Details[docs.length];
    forEachLeaf(reader, docs, (leaf, i, local) -> {
      Wording wording = Wording.EMPTY;
      if (leaf.wording.advanceExact(local)) {
        BytesRef b = leaf.wording.binaryValue();
        wording = Wording.fromBytes(b.bytes, b.offset, b.length);
      }
      out[i] = new StatementGroups.Details(wording, leaf.published(local));
    });
    return out;
  }

  /**
   * The shown groups with the versions of their statements that the query's words missed: the statements
   * sharing a candidate key with a member, decided by {@link StatementGroups#expand}.
   */
  private static List<List<Integer>> withOtherWordings(IndexSearcher searcher, List<List<Integer>> shown,
                                                       Set<Integer> matched) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Map<Integer, long[]> keysOf = new HashMap<>();
    int[] shownDocs = shown.stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
    StatementGroups.Member[] shownMembers = membersOf(reader, shownDocs);
    for (int i = 0; i < shownDocs.length; i++) {
      keysOf.put(shownDocs[i], shownMembers[i].keys());
    }
    long[] keys = keysOf.values().stream().flatMapToLong(Arrays::stream).distinct().toArray();
    if (keys.length == 0) {
      return shown;
    }
    // the keys are a column, not an index: the groups' speakers (few documents) lead, the column checks them
    BooleanQuery.Builder speakers = new BooleanQuery.Builder();
    StoredFields stored = searcher.storedFields();
    for (List<Integer> group : shown) {
      String name = stored.document(group.get(0), Set.of(Fields.SPEAKER_NAME)).get(Fields.SPEAKER_NAME);
      if (name != null) {
        speakers.add(new TermQuery(new Term(Fields.SPEAKER,
            NameKeys.key(name))), BooleanClause.Occur.SHOULD);
      }
    }
    Query byKeys = new BooleanQuery.Builder()
        .add(speakers.build(), BooleanClause.Occur.FILTER)
        .add(SortedNumericDocValuesField.newSlowSetQuery(Fields.WORDING_KEYS, keys),
            BooleanClause.Occur.FILTER).build();
    ScoreDoc[] hits = searcher.search(byKeys, StatementGroups.MAX_EXPANDED).scoreDocs;
    int[] found = Arrays.stream(hits).mapToInt(sd -> sd.doc).filter(d -> !matched.contains(d)).toArray();
    if (found.length == 0) {
      return shown;
    }
    StatementGroups.Member[] foundMembers = membersOf(reader, found);
    for (int i = 0; i < found.length; i++) {
      keysOf.put(found[i], foundMembers[i].keys());
    }
    return StatementGroups.expand(shown, keysOf::get, Arrays.stream(found).boxed().toList(), ids -> {
      int[] wanted = ids.stream().mapToInt(Integer::intValue).toArray();
      StatementGroups.Details[] d = details(reader, wanted);
      Map<Integer, StatementGroups.Details> out = new HashMap<>();
      for (int i = 0; i < wanted.length; i++) {
        out.put(wanted[i], d[i]);
      }
      return out;
    });
  }

  /** The doc values a grouped statement hit reads, for one segment. */
  private static final class LeafColumns {
    final NumericDocValues group;
    final SortedNumericDocValues keys;
    final BinaryDocValues wording;
    final SortedNumericDocValues published;
    final NumericDocValues source;

    LeafColumns(LeafReader reader) throws IOException {
      group = DocValues.getNumeric(reader, Fields.GROUP);
      keys = DocValues.getSortedNumeric(reader, Fields.WORDING_KEYS);
      wording = DocValues.getBinary(reader, Fields.WORDING);
      published = DocValues.getSortedNumeric(reader, Fields.PUBLISHED);
      source = DocValues.getNumeric(reader, Fields.SOURCE_HASH);
    }

    Long published(int local) throws IOException {
      return published.advanceExact(local) ? published.nextValue() : null;
    }
  }

  @FunctionalInterface
  private interface PerDoc {
    void accept(LeafColumns leaf, int index, int local) throws IOException;
  }

  private static void forEachLeaf(IndexReader reader, int[] docs, PerDoc visit) throws IOException {
    DocValueVisits.forEach(reader, docs, LeafColumns::new, visit::accept);
  }

  private SearchResult groupStatements(NewsQuery q, IndexSearcher searcher, ScoreDoc[] docs, Query highlight,
                                       List<Facet> facets, boolean estimated, long matches) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    int[] docIds = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      docIds[i] = docs[i].doc;
    }
    List<StatementGroups.Member> members = Arrays.asList(membersOf(reader, docIds));
    List<List<Integer>> groups = StatementGroups.group(members, wanted -> {
      int[] indexes = wanted.stream().mapToInt(Integer::intValue).toArray();
      int[] wantedDocs = new int[indexes.length];
      for (int i = 0; i < indexes.length; i++) {
        wantedDocs[i] = docIds[indexes[i]];
      }
      StatementGroups.Details[] d = details(reader, wantedDocs);
      Map<Integer, StatementGroups.Details> out = new HashMap<>();
      for (int i = 0; i < indexes.length; i++) {
        out.put(indexes[i], d[i]);
      }
      return out;
    });
    List<List<Integer>> shownDocs = groups.stream().skip(q.offset()).limit(q.limit())
        .map(g -> g.stream().map(i -> docIds[i]).toList()).toList();
    Map<Integer, Float> scores = new HashMap<>();
    for (List<Integer> g : groups.stream().skip(q.offset()).limit(q.limit()).toList()) {
      g.forEach(i -> scores.putIfAbsent(docIds[i], docs[i].score));
    }
    if (StatementGroups.expands(q)) {
      Set<Integer> matched = new HashSet<>();
      for (int d : docIds) {
        matched.add(d);
      }
      shownDocs = withOtherWordings(searcher, shownDocs, matched);
    }
    List<List<ScoreDoc>> shown = shownDocs.stream().map(g -> g.stream()
        .map(doc -> new ScoreDoc(doc, scores.getOrDefault(doc, Float.NaN))).toList()).toList();
    int[] listedDocs = shown.stream().flatMap(List::stream).mapToInt(sd -> sd.doc).toArray();
    Map<Integer, StatementOffsets> offsets = StatementOffsets.read(reader,
        Arrays.stream(listedDocs).boxed().toList());
    Map<Integer, Long[]> daysAndSources = daysAndSources(reader, listedDocs);
    Documents stored = new Documents(searcher.storedFields());
    List<Hit> hits = new ArrayList<>();
    for (List<ScoreDoc> group : shown) {
      hits.add(statementHit(group, offsets, daysAndSources, stored, highlight, scores::containsKey));
    }
    return new SearchResult(q, groups.size(), hits, facets, estimated, matches);
  }

  /** The published day and outlet hash of statement documents (either null when the article has none). */
  private static Map<Integer, Long[]> daysAndSources(IndexReader reader, int[] docs)
      throws IOException {
    Map<Integer, Long[]> out = new HashMap<>();
    forEachLeaf(reader, docs, (leaf, i, local) -> out.put(docs[i],
        new Long[] {leaf.published(local), leaf.source.advanceExact(local) ? leaf.source.longValue() : null}));
    return out;
  }

  /** One statement document as a hit (articles and statements mixed in one result list). */
  private StatementHit statementHit(ScoreDoc sd, IndexReader reader,
                                    Documents stored, Query highlight) throws IOException {
    Map<Integer, Long[]> daysAndSources = daysAndSources(reader, new int[] {sd.doc});
    return statementHit(List.of(sd), StatementOffsets.read(reader, List.of(sd.doc)), daysAndSources, stored, highlight,
        doc -> true);
  }

  private StatementHit statementHit(List<ScoreDoc> members, Map<Integer, StatementOffsets> offsets,
                                    Map<Integer, Long[]> daysAndSources, Documents stored, Query highlight,
                                    IntPredicate matched) throws IOException {
    List<GroupListing.Member> listingMembers = new ArrayList<>();
    for (ScoreDoc sd : members) {
      Long[] ds = daysAndSources.get(sd.doc);
      // an article's document id stands for the article: ids are read only for the listed ones
      listingMembers.add(new GroupListing.Member(String.valueOf(offsets.get(sd.doc).articleDoc(sd.doc)), ds[0], ds[1]));
    }
    GroupListing listing = GroupListing.of(listingMembers);
    List<Occurrence> occurrences = new ArrayList<>();
    GroupListing.Representative shown = new GroupListing.Representative();
    for (int i : listing.listed()) {
      ScoreDoc sd = members.get(i);
      StatementOffsets o = offsets.get(sd.doc);
      Document article = stored.get(o.articleDoc(sd.doc));
      String body = article.get(Fields.BODY);
      String wording = Objects.requireNonNullElse(slice(body, o.start(), o.end()), "");
      occurrences.add(new Occurrence(article.get(Fields.ARTICLE_ID), article.get(Fields.TITLE), article.get(Fields.SOURCE),
          article.get(Fields.URL), published(article), o.start(), o.end(), wording,
          slice(body, o.speakerStart(), o.speakerEnd()), slice(body, o.cueStart(), o.cueEnd()),
          listing.first(listingMembers, i)));
      shown.offer(wording, o.start(), matched.test(sd.doc));
    }
    Document d = stored.get(members.get(0).doc);
    String text = shown.text();
    return new StatementHit(text, StatementKind.valueOf(d.get(Fields.KIND).toUpperCase(Locale.ROOT)),
        d.get(Fields.SPEAKER_NAME), members.get(0).score, occurrences, listing.articles(), listing.outlets(),
        List.of(highlights.statement(Fields.STATEMENT_TEXT, highlight, text, shown.start())));
  }

  /** The article text between two stored offsets, or null when they do not fit it. */
  private static String slice(String body, int start, int end) {
    return body != null && start >= 0 && start <= end && end <= body.length() ? body.substring(start, end) : null;
  }

  /** Stored documents of one search, each read once (a statement's article serves all its statements). */
  private static final class Documents {
    private final StoredFields stored;
    private final Map<Integer, Document> read = new HashMap<>();

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
    IndexableField f = d.getField(Fields.PUBLISHED);
    return f == null || f.numericValue() == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue());
  }

  private static List<Facet> facets(Facets facets, Set<String> present, NewsQuery q) throws IOException {
    List<Facet> out = new ArrayList<>();
    for (String dim : Fields.DIMENSIONS) {
      if (!present.contains(dim)) {
        continue; // no document has this dimension yet
      }
      List<FacetValue> values = new ArrayList<>();
      for (LabelAndValue lv : top(facets, dim, q.facetValuesOf(dim, Fields.facetValues(dim)))) {
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
      FacetResult r = facets.getTopChildren(n, dim);
      return r == null ? new LabelAndValue[0] : r.labelValues;
    } catch (IllegalArgumentException e) {
      return new LabelAndValue[0]; // no document has this dimension yet
    }
  }
}
