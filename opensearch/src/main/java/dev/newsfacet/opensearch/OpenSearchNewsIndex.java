package dev.newsfacet.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsfacet.AddResult;
import dev.newsfacet.ArticleHit;
import dev.newsfacet.Facet;
import dev.newsfacet.FacetValue;
import dev.newsfacet.Hit;
import dev.newsfacet.IndexFormatException;
import dev.newsfacet.IndexStats;
import dev.newsfacet.IngestProgress;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsBackend;
import dev.newsfacet.NewsQuery;
import dev.newsfacet.NewsfacetException;
import dev.newsfacet.Occurrence;
import dev.newsfacet.Passage;
import dev.newsfacet.SearchResult;
import dev.newsfacet.StatementHit;
import dev.newsfacet.extract.Extractor;
import dev.newsfacet.index.DocumentBatch;
import dev.newsfacet.index.DocumentMapper;
import dev.newsfacet.index.Fields;
import dev.newsfacet.index.IndexDoc;
import dev.newsfacet.index.LuceneSchema;
import dev.newsfacet.index.NameRegistry;
import dev.newsfacet.index.StoryTerms;
import dev.newsfacet.index.Wording;
import dev.newsfacet.model.AnalyzedArticle;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.ArticleMetadata;
import dev.newsfacet.model.IngestProblem;
import dev.newsfacet.model.StatementKind;
import dev.newsfacet.pipeline.IngestPipeline;
import dev.newsfacet.search.Clause;
import dev.newsfacet.search.EntityResolver;
import dev.newsfacet.search.GroupListing;
import dev.newsfacet.search.Highlights;
import dev.newsfacet.search.LuceneQueries;
import dev.newsfacet.search.NameSuggestions;
import dev.newsfacet.search.QueryPlan;
import dev.newsfacet.search.QueryPlanner;
import dev.newsfacet.search.SearchExecutor;
import dev.newsfacet.search.StatementGroups;
import dev.newsfacet.search.StoryGroups;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;

/**
 * The newsfacet index on an OpenSearch cluster: the same extraction, schema, query plans, facets,
 * highlighting and statement grouping as the embedded {@link dev.newsfacet.NewsIndex}, so the same query
 * gives the same answer.
 *
 * <pre>{@code
 * try (OpenSearchNewsIndex index = OpenSearchNewsIndex.open(OpenSearchConfig.of("http://127.0.0.1:9200"))) {
 *   index.ingest(List.of(Path.of("articles.jsonl.gz")), null, null);
 *   SearchResult result = index.search("statements by Orban");
 * }
 * }</pre>
 *
 * <p>Articles and statements live in one index as separate documents (ids {@code a|<id>} and
 * {@code s|<id>|<n>}); re-adding an article replaces it and its statements. Scores use the index-wide
 * term statistics (DFS), as one Lucene index would. Facet counts are terms aggregations with a generous
 * shard size: exact for values that rank high on every shard, as they do at ordinary sizes. Safe for
 * concurrent searches; add from one thread at a time.
 */
public final class OpenSearchNewsIndex implements NewsBackend {
  private static final int FACET_SHARD_SIZE = 1000;
  private static final int MAX_ID_BYTES = 512;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final OpenSearchConfig config;
  private final Cluster cluster;
  private final Extractor extractor;
  private final DocumentMapper mapper = new DocumentMapper();
  private final Analyzer analyzer = new LuceneSchema().analyzer(); // queries are planned as for the embedded index
  private final NameRegistry names = new NameRegistry();
  private final ClusterTerms terms;
  private final QueryPlanner planner = new QueryPlanner(analyzer);
  private final LuceneQueries highlightQueries = new LuceneQueries(analyzer);
  private final Highlights highlights = new Highlights(analyzer);
  private final String index;

  private OpenSearchNewsIndex(OpenSearchConfig config, Cluster cluster, Extractor extractor) {
    this.config = config;
    this.cluster = cluster;
    this.extractor = extractor;
    this.index = config.index();
    this.terms = new ClusterTerms(cluster, index);
  }

  /** Connects to the cluster, creating the index (settings and mapping from the schema) when it is missing. */
  public static OpenSearchNewsIndex open(OpenSearchConfig config) throws IOException {
    return connect(config, true);
  }

  /** Connects to an existing index, for searching. */
  public static OpenSearchNewsIndex openExisting(OpenSearchConfig config) throws IOException {
    return connect(config, false);
  }

  private static OpenSearchNewsIndex connect(OpenSearchConfig config, boolean create) throws IOException {
    Cluster cluster = new Cluster(config);
    try {
      OpenSearchNewsIndex opened = new OpenSearchNewsIndex(config, cluster, Extractor.createDefault());
      opened.prepare(create);
      return opened;
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  private void prepare(boolean create) throws IOException {
    Cluster.Reply root = cluster.send("GET", "/", Map.of(), (JsonNode) null);
    if (root == null) {
      throw new IOException("cannot reach OpenSearch at " + cluster.where());
    }
    if (root.status() == 401 || root.status() == 403) {
      throw new NewsfacetException("OpenSearch at " + cluster.where() + " refused the credentials (HTTP "
          + root.status() + "): check --user and the password", null);
    }
    if (!root.ok()) {
      throw Cluster.failure("GET /", root);
    }
    Cluster.Reply mapping = cluster.send("GET", "/" + index + "/_mapping", Map.of(), (JsonNode) null);
    if (mapping.status() == 404) {
      if (!create) {
        throw new IndexFormatException("there is no index \"" + index + "\" on OpenSearch at " + cluster.where()
            + ": index articles into it first", null);
      }
      Cluster.Reply created = cluster.send("PUT", "/" + index, Map.of(), Mapping.createIndexBody(config));
      if (!created.ok() && !created.json().path("error").path("type").asText().equals("resource_already_exists_exception")) {
        throw Cluster.failure("creating index " + index, created);
      }
    } else if (!mapping.ok()) {
      throw Cluster.failure("reading the mapping of " + index, mapping);
    } else {
      String version = mapping.json().path(index).path("mappings").path("_meta").path(Mapping.VERSION_META).asText(null);
      if (!Fields.VERSION.equals(version)) {
        throw new IndexFormatException("the OpenSearch index \"" + index + "\" was written by "
            + (version == null ? "something other than newsfacet" : "newsfacet schema version " + version)
            + ", and this newsfacet writes schema version " + Fields.VERSION
            + ": delete it (or use another --os-index) and index the articles again", null);
      }
    }
    // a writer that started beside the one creating the index finds it before its shards are active:
    // wait for them (at once when they are), or its first search fails with 503 "all shards failed"
    cluster.call("GET", "/_cluster/health/" + index, Map.of("wait_for_status", "yellow", "timeout", "30s"), null);
    names.load(terms);
  }

  // ---- writing

  @Override
  public List<AddResult> addAll(List<Article> articles) throws IOException {
    List<AddResult> results = pipeline().addAll(articles);
    commit();
    return results;
  }

  @Override
  public IngestReport ingest(List<Path> paths, ArticleMetadata defaults, Predicate<Path> files,
      Consumer<IngestProblem> problems, Consumer<IngestProgress> progress) throws IOException {
    return pipeline().ingest(paths, defaults, files, problems, progress);
  }

  private IngestPipeline pipeline() {
    return new IngestPipeline(extractor, new IngestPipeline.Writer() {
      @Override
      public List<AddResult> write(List<AnalyzedArticle> batch) throws IOException {
        return OpenSearchNewsIndex.this.write(batch);
      }

      @Override
      public void commit() throws IOException {
        OpenSearchNewsIndex.this.commit();
      }
    });
  }

  /** Writes a batch in order: names resolved in input order, old statements of updated articles removed, one bulk request. */
  private List<AddResult> write(List<AnalyzedArticle> given) throws IOException {
    DocumentBatch batch = DocumentBatch.prepare(given, names, this::existing);
    if (!batch.existed().isEmpty()) {
      deleteStatementsOf(batch.existed());
    }
    ByteArrayOutputStream bulk = new ByteArrayOutputStream(1 << 20);
    for (int i = 0; i < batch.size(); i++) {
      String id = batch.id(i);
      int n = 0;
      for (IndexDoc doc : batch.documents(i, mapper)) {
        boolean article = doc.type().equals(Fields.TYPE_ARTICLE);
        String docId = article ? articleDocId(id) : statementDocId(id, n++);
        ObjectNode action = F.objectNode();
        action.putObject("index").put("_id", docId);
        bulk.write(cluster.json().writeValueAsBytes(action));
        bulk.write('\n');
        bulk.write(cluster.json().writeValueAsBytes(source(doc)));
        bulk.write('\n');
      }
    }
    sendBulk(bulk.toByteArray());
    return AddResult.of(batch.updated());
  }

  /** A document's fields as JSON: one value, or an array where a field has several. */
  private static ObjectNode source(IndexDoc doc) {
    Map<String, List<Object>> byField = new LinkedHashMap<>();
    for (IndexDoc.Value v : doc.values()) {
      byField.computeIfAbsent(Mapping.fieldName(v.field()), k -> new ArrayList<>()).add(v.value());
    }
    ObjectNode out = F.objectNode();
    byField.forEach((field, values) -> {
      if (values.size() == 1) {
        out.set(field, F.pojoNode(values.get(0)));
      } else {
        ArrayNode a = out.putArray(field);
        values.forEach(v -> a.add(F.pojoNode(v)));
      }
    });
    return out;
  }

  /** Sends a bulk body; items the cluster was too busy for are sent again, any other failure stops. */
  private void sendBulk(byte[] body) throws IOException {
    long pause = 200;
    for (int attempt = 1; ; attempt++) {
      Cluster.Reply reply = cluster.send("POST", "/" + index + "/_bulk", Map.of(), body, "application/x-ndjson");
      if (!reply.ok()) {
        throw Cluster.failure("a bulk write to " + index, reply);
      }
      if (!reply.json().path("errors").asBoolean(false)) {
        return;
      }
      ByteArrayOutputStream retry = new ByteArrayOutputStream();
      String[] lines = new String(body, StandardCharsets.UTF_8).split("\n");
      int i = 0;
      for (JsonNode item : reply.json().path("items")) {
        JsonNode result = item.path("index");
        int status = result.path("status").asInt();
        if (status == 429) {
          retry.write(Cluster.utf8(lines[2 * i] + "\n" + lines[2 * i + 1] + "\n"));
        } else if (status >= 300) {
          throw new IOException("OpenSearch refused document " + result.path("_id").asText() + " (HTTP " + status + "): "
              + result.path("error").path("reason").asText());
        }
        i++;
      }
      if (retry.size() == 0) {
        return;
      }
      if (attempt >= 6) {
        throw new IOException("OpenSearch stayed too busy to take a bulk write to " + index + " after " + attempt + " attempts");
      }
      Cluster.sleep(pause);
      pause *= 2;
      body = retry.toByteArray();
    }
  }

  /** Which of these articles are in the index already (a get by id sees writes not yet refreshed). */
  private Set<String> existing(List<String> ids) throws IOException {
    List<String> unique = new ArrayList<>(new LinkedHashSet<>(ids));
    ObjectNode mget = F.objectNode();
    ArrayNode docs = mget.putArray("ids");
    unique.forEach(id -> docs.add(articleDocId(id)));
    JsonNode reply = cluster.call("POST", "/" + index + "/_mget", Map.of("_source", "false"), mget);
    Set<String> out = new HashSet<>();
    int i = 0;
    for (JsonNode d : reply.path("docs")) {
      if (d.path("found").asBoolean(false)) {
        out.add(unique.get(i));
      }
      i++;
    }
    return out;
  }

  /** Removes the statements of articles about to be replaced (their new statements may be fewer). */
  private void deleteStatementsOf(Set<String> articleIds) throws IOException {
    cluster.call("POST", "/" + index + "/_refresh", Map.of(), null);
    ObjectNode body = F.objectNode();
    ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
    filter.addObject().putObject("term").put(Fields.DOC_TYPE, Fields.TYPE_STATEMENT);
    ArrayNode idList = filter.addObject().putObject("terms").putArray(Fields.ARTICLE_ID);
    articleIds.forEach(idList::add);
    cluster.call("POST", "/" + index + "/_delete_by_query", Map.of("conflicts", "proceed", "refresh", "true"), body);
  }

  @Override
  public Optional<AnalyzedArticle> article(String id) throws IOException {
    ObjectNode mget = F.objectNode();
    mget.putArray("ids").add(articleDocId(id));
    JsonNode doc = cluster.call("POST", "/" + index + "/_mget", Map.of(), mget).path("docs").path(0);
    if (!doc.path("found").asBoolean(false)) {
      return Optional.empty();
    }
    JsonNode src = doc.path("_source");
    Article article = Article.builder().id(text(src, Fields.ARTICLE_ID))
        .title(text(src, Fields.TITLE)).text(text(src, Fields.BODY)).source(text(src, Fields.SOURCE))
        .url(text(src, Fields.URL)).author(text(src, Fields.AUTHOR)).origin(text(src, Fields.ORIGIN))
        .published(published(src)).build();
    // the same role grounding as when it was written, so that the article and its search hits agree
    return Optional.of(names.groundRoles(extractor.analyze(article)));
  }

  static String articleDocId(String articleId) {
    return boundedId("a|" + articleId);
  }

  static String statementDocId(String articleId, int ordinal) {
    return boundedId("s|" + articleId + "|" + ordinal);
  }

  /** OpenSearch ids hold at most 512 bytes: longer ones become their SHA-256. */
  private static String boundedId(String id) {
    if (id.getBytes(StandardCharsets.UTF_8).length <= MAX_ID_BYTES) {
      return id;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return "h|" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Makes every write so far visible to searches (each bulk write is already durable in the translog). */
  @Override
  public void commit() throws IOException {
    cluster.call("POST", "/" + index + "/_refresh", Map.of(), null);
  }

  // ---- searching

  @Override
  public SearchResult search(NewsQuery q) throws IOException {
    SearchResult r = searchOnly(q);
    if (r.total() == 0 && !q.speakers().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (String speaker : q.speakers()) {
        names.addAll(NameSuggestions.forSpeaker(terms, speaker));
      }
      r = r.withDidYouMean(names);
    }
    return r;
  }

  private SearchResult searchOnly(NewsQuery q) throws IOException {
    QueryPlan plan = planner.plan(q, new EntityResolver(terms), this::storyOf);
    boolean statements = q.target() == NewsQuery.Target.STATEMENTS;
    boolean stories = !statements && StoryGroups.groups(q);
    ObjectNode body = F.objectNode();
    body.put("size", statements ? StatementGroups.MAX_GROUPED
        : stories ? Math.max(StoryGroups.MAX_ARTICLES_GROUPED, q.offset() + q.limit()) : q.limit());
    if (stories) {
      ArrayNode fields = body.putArray("docvalue_fields");
      fields.add(Fields.STORY_KEYS).add(Fields.PUBLISHED);
      body.putArray("_source").add(Fields.ARTICLE_ID); // the rest of a story's articles is fetched for those shown
    }
    if (!statements && !stories && q.offset() > 0) {
      body.put("from", q.offset());
    }
    body.put("track_total_hits", true);
    body.set("query", DslQueries.base(plan));
    if (!plan.facetFilters().isEmpty()) {
      body.set("post_filter", DslQueries.allFilters(List.copyOf(plan.facetFilters().values())));
    }
    ObjectNode aggs = body.putObject("aggs");
    for (String dim : Fields.DIMENSIONS) {
      // drill-sideways: a dimension's counts leave out its own filter, so its other values still show
      List<Clause> others = new ArrayList<>();
      plan.facetFilters().forEach((d, c) -> {
        if (!d.equals(dim)) {
          others.add(c);
        }
      });
      ObjectNode agg = aggs.putObject(Mapping.facetField(dim));
      agg.set("filter", DslQueries.allFilters(others));
      agg.putObject("aggs").putObject("v").putObject("terms").put("field", Mapping.facetField(dim))
          .put("size", q.facetValuesOf(dim, Fields.facetValues(dim)))
          .put("shard_size", Math.max(FACET_SHARD_SIZE, q.facetValuesOf(dim, Fields.facetValues(dim))));
    }
    NewsQuery.Sort order = SearchExecutor.order(q, plan.scoring());
    if (order != NewsQuery.Sort.RELEVANCE) {
      ArrayNode sort = body.putArray("sort");
      sort.addObject().putObject(Fields.PUBLISHED).put("order", order == NewsQuery.Sort.NEWEST ? "desc" : "asc")
          .put("missing", "_last");
      sort.addObject().putObject(Fields.ARTICLE_ORDER).put("order", "asc");
      sort.addObject().putObject(Fields.STATEMENT_ORDINAL).put("order", "asc").put("missing", "_first");
    }
    if (statements) {
      body.put("_source", false);
      ArrayNode fields = body.putArray("docvalue_fields");
      GROUP_FIELDS.forEach(fields::add);
    }
    Map<String, String> params = plan.scoring() ? Map.of("search_type", "dfs_query_then_fetch") : Map.of();
    JsonNode reply = cluster.call("POST", "/" + index + "/_search", params, body);
    List<Facet> facets = facets(reply.path("aggregations"));
    JsonNode hitsNode = reply.path("hits").path("hits");
    Query bodyHighlight = plan.bodyHighlight() == null ? null : highlightQueries.compile(plan.bodyHighlight());
    Query statementHighlight = plan.statementHighlight() == null ? null : highlightQueries.compile(plan.statementHighlight());
    Sources sources = new Sources();
    if (statements) {
      List<JsonNode> matched = new ArrayList<>();
      hitsNode.forEach(matched::add);
      List<StatementGroups.Member> members = new ArrayList<>();
      for (JsonNode h : matched) {
        JsonNode g = h.path("fields").path(Fields.GROUP);
        // no value: a statement of its own group (never merged with another)
        long group = g.isArray() && !g.isEmpty() ? g.get(0).asLong() : -1L - members.size();
        members.add(new StatementGroups.Member(group, keysOf(h)));
      }
      List<List<JsonNode>> groups = StatementGroups.group(members, wanted -> {
        List<String> ids = wanted.stream().map(i -> matched.get(i).path("_id").asText()).toList();
        sources.fetchOnly(ids);
        Map<Integer, StatementGroups.Details> out = new HashMap<>();
        for (int i : wanted) {
          JsonNode src = sources.get(matched.get(i).path("_id").asText());
          JsonNode day = src.path(Fields.PUBLISHED);
          out.put(i, new StatementGroups.Details(Wording.decode(src.path(Fields.WORDING).asText("")),
              day.isNumber() ? day.asLong() : null));
        }
        return out;
      }).stream().map(g -> g.stream().map(matched::get).toList()).toList();
      List<List<JsonNode>> shown = groups.stream().skip(q.offset()).limit(q.limit()).toList();
      if (StatementGroups.expands(q)) {
        shown = withOtherWordings(shown, matched, sources);
      }
      List<String> wanted = new ArrayList<>();
      shown.forEach(group -> GroupListing.of(listingMembers(group, null)).listed().forEach(i -> wanted.add(group.get(i).path("_id").asText())));
      sources.load(wanted);
      List<Hit> hits = new ArrayList<>();
      Set<String> matchedIds = new HashSet<>();
      matched.forEach(h -> matchedIds.add(h.path("_id").asText()));
      for (List<JsonNode> group : shown) {
        hits.add(statementHit(group, sources, statementHighlight, matchedIds::contains));
      }
      return new SearchResult(q, groups.size(), hits, facets, false, reply.path("hits").path("total").path("value").asLong());
    }
    if (stories) {
      return storyHits(q, hitsNode, bodyHighlight, facets, reply.path("hits").path("total").path("value").asLong());
    }
    List<String> statementIds = new ArrayList<>();
    for (JsonNode h : hitsNode) {
      sources.put(h.path("_id").asText(), h.path("_source"));
      if (Fields.TYPE_STATEMENT.equals(h.path("_source").path(Fields.DOC_TYPE).asText())) {
        statementIds.add(h.path("_id").asText());
      }
    }
    sources.load(statementIds);
    List<Hit> hits = new ArrayList<>();
    for (JsonNode h : hitsNode) {
      JsonNode src = h.path("_source");
      if (Fields.TYPE_STATEMENT.equals(src.path(Fields.DOC_TYPE).asText())) {
        hits.add(statementHit(List.of(h), sources, statementHighlight, id -> true));
      } else {
        hits.add(new ArticleHit(src.path(Fields.ARTICLE_ID).asText(), text(src, Fields.TITLE), text(src, Fields.SOURCE),
            text(src, Fields.URL), published(src), score(h),
            highlights.article(Fields.BODY, bodyHighlight, text(src, Fields.BODY))));
      }
    }
    return new SearchResult(q, reply.path("hits").path("total").path("value").asLong(), hits, facets);
  }

  /** One article hit per story (the same rule and order as the embedded index: {@link StoryGroups}). */
  private SearchResult storyHits(NewsQuery q, JsonNode hitsNode, Query highlight, List<Facet> facets, long matches)
      throws IOException {
    List<JsonNode> matched = new ArrayList<>();
    hitsNode.forEach(matched::add);
    List<long[]> keys = new ArrayList<>();
    for (JsonNode h : matched) {
      keys.add(keysOf(h, Fields.STORY_KEYS));
    }
    Sources sources = new Sources();
    List<List<Integer>> groups = StoryGroups.group(keys, wanted -> {
      List<String> ids = wanted.stream().map(i -> matched.get(i).path("_id").asText()).toList();
      sources.fetchOnly(ids);
      Map<Integer, StoryGroups.Details> out = new HashMap<>();
      for (int i : wanted) {
        out.put(i, storyDetails(sources.get(matched.get(i).path("_id").asText())));
      }
      return out;
    });
    List<Hit> hits = new ArrayList<>();
    for (List<Integer> story : groups.stream().skip(q.offset()).limit(q.limit()).toList()) {
      JsonNode best = matched.get(story.get(0));
      List<Integer> others = story.subList(1, story.size());
      Long[] days = others.stream().map(i -> firstLong(matched.get(i), null, Fields.PUBLISHED)).toArray(Long[]::new);
      List<Integer> listed = StoryGroups.earliest(days).stream().map(others::get).toList();
      List<String> wanted = new ArrayList<>(List.of(best.path("_id").asText()));
      listed.forEach(i -> wanted.add(matched.get(i).path("_id").asText()));
      sources.fetchOnly(wanted);
      JsonNode src = sources.get(best.path("_id").asText());
      List<ArticleHit.StoryArticle> storyArticles = new ArrayList<>();
      for (int i : listed) {
        JsonNode o = sources.get(matched.get(i).path("_id").asText());
        storyArticles.add(new ArticleHit.StoryArticle(o.path(Fields.ARTICLE_ID).asText(), text(o, Fields.TITLE),
            text(o, Fields.SOURCE), text(o, Fields.URL), published(o)));
      }
      hits.add(new ArticleHit(src.path(Fields.ARTICLE_ID).asText(), text(src, Fields.TITLE), text(src, Fields.SOURCE),
          text(src, Fields.URL), published(src), score(best), highlights.article(Fields.BODY, highlight, text(src, Fields.BODY)),
          storyArticles, story.size()));
    }
    return new SearchResult(q, groups.size(), hits, facets, false, matches);
  }

  private static StoryGroups.Details storyDetails(JsonNode source) {
    JsonNode day = source.path(Fields.PUBLISHED);
    return new StoryGroups.Details(StoryTerms.decode(source.path(Fields.STORY_TERMS).asText("")),
        day.isNumber() ? day.asLong() : null);
  }

  /** The ids of the articles of the story of an article ({@code story:ID}; the same rule as the embedded index). */
  private List<String> storyOf(String articleId) throws IOException {
    Sources fetched = new Sources();
    fetched.fetchOnly(List.of(articleDocId(articleId)));
    JsonNode self = fetched.get(articleDocId(articleId));
    if (self.isEmpty()) {
      return List.of(articleId);
    }
    long[] own = longs(self.path(Fields.STORY_KEYS));
    if (own.length == 0) {
      return List.of(articleId);
    }
    StoryGroups.Details details = storyDetails(self);
    ObjectNode body = F.objectNode();
    body.put("size", 1000);
    ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
    ArrayNode keys = filter.addObject().putObject("terms").putArray(Fields.STORY_KEYS);
    Arrays.stream(own).forEach(keys::add);
    if (details.publishedDay() != null) {
      long day = details.publishedDay();
      ObjectNode either = filter.addObject().putObject("bool");
      ArrayNode should = either.putArray("should");
      should.addObject().putObject("range").putObject(Fields.PUBLISHED).put("gte", day - StoryTerms.DAYS_APART)
          .put("lte", day + StoryTerms.DAYS_APART);
      should.addObject().putObject("bool").putArray("must_not").addObject().putObject("exists").put("field", Fields.PUBLISHED);
      either.put("minimum_should_match", 1);
    }
    body.putArray("_source").add(Fields.ARTICLE_ID).add(Fields.STORY_KEYS).add(Fields.STORY_TERMS).add(Fields.PUBLISHED);
    Map<String, StoryGroups.Details> candidates = new LinkedHashMap<>();
    for (JsonNode h : cluster.call("POST", "/" + index + "/_search", Map.of(), body).path("hits").path("hits")) {
      JsonNode src = h.path("_source");
      if (StoryGroups.sharedKeys(own, longs(src.path(Fields.STORY_KEYS))) >= StoryTerms.MIN_SHARED_KEYS) {
        candidates.put(src.path(Fields.ARTICLE_ID).asText(), storyDetails(src));
      }
    }
    return StoryGroups.storyOf(articleId, details, candidates);
  }

  /** A source field of one or several numbers as an ascending array (a single value is not an array there). */
  private static long[] longs(JsonNode values) {
    if (values.isNumber()) {
      return new long[] {values.asLong()};
    }
    long[] out = new long[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i).asLong();
    }
    Arrays.sort(out);
    return out;
  }

  /** The doc value fields a grouped statement hit reads. */
  private static final List<String> GROUP_FIELDS = List.of(Fields.GROUP, Fields.ARTICLE_ID, Fields.WORDING_KEYS,
      Fields.PUBLISHED, Fields.SOURCE_HASH);

  private static long[] keysOf(JsonNode hit) {
    return keysOf(hit, Fields.WORDING_KEYS);
  }

  private static long[] keysOf(JsonNode hit, String field) {
    return longs(hit.path("fields").path(field));
  }

  /**
   * The shown groups with the versions of their statements that the query's words missed (the same rule as
   * the embedded index: {@link StatementGroups#expand}).
   */
  private List<List<JsonNode>> withOtherWordings(List<List<JsonNode>> shown, List<JsonNode> matched, Sources sources)
      throws IOException {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    matched.forEach(h -> byId.putIfAbsent(h.path("_id").asText(), h));
    ArrayNode keys = F.arrayNode();
    shown.stream().flatMap(List::stream).flatMapToLong(h -> Arrays.stream(keysOf(h))).distinct().forEach(keys::add);
    if (keys.isEmpty()) {
      return shown;
    }
    ObjectNode body = F.objectNode();
    body.put("size", StatementGroups.MAX_EXPANDED);
    body.put("_source", false);
    body.putObject("query").putObject("bool").putArray("filter").addObject().putObject("terms").set(Fields.WORDING_KEYS, keys);
    ArrayNode fields = body.putArray("docvalue_fields");
    GROUP_FIELDS.forEach(fields::add);
    List<String> found = new ArrayList<>();
    for (JsonNode h : cluster.call("POST", "/" + index + "/_search", Map.of(), body).path("hits").path("hits")) {
      String id = h.path("_id").asText();
      if (!byId.containsKey(id)) {
        byId.put(id, h);
        found.add(id);
      }
    }
    if (found.isEmpty()) {
      return shown;
    }
    List<List<String>> ids = shown.stream().map(g -> g.stream().map(h -> h.path("_id").asText()).toList()).toList();
    List<List<String>> expanded = StatementGroups.expand(ids, id -> keysOf(byId.get(id)), found, wanted -> {
      sources.fetchOnly(List.copyOf(wanted));
      Map<String, StatementGroups.Details> out = new HashMap<>();
      for (String id : wanted) {
        JsonNode src = sources.get(id);
        JsonNode day = src.path(Fields.PUBLISHED);
        out.put(id, new StatementGroups.Details(Wording.decode(src.path(Fields.WORDING).asText("")),
            day.isNumber() ? day.asLong() : null));
      }
      return out;
    });
    return expanded.stream().map(g -> g.stream().map(byId::get).toList()).toList();
  }

  /** Document sources by id, fetched in as few requests as possible; a statement's article comes with it. */
  private final class Sources {
    private final Map<String, JsonNode> byId = new HashMap<>();

    void put(String id, JsonNode source) {
      byId.put(id, source);
    }

    JsonNode get(String id) {
      return byId.getOrDefault(id, F.objectNode());
    }

    /** Fetches these documents (those not yet known) without their articles. */
    void fetchOnly(List<String> ids) throws IOException {
      fetch(ids);
    }

    /** Fetches these statements (those not yet known), then their articles. */
    void load(List<String> statementIds) throws IOException {
      fetch(statementIds);
      List<String> articles = new ArrayList<>();
      for (String id : statementIds) {
        articles.add(articleDocId(get(id).path(Fields.ARTICLE_ID).asText()));
      }
      fetch(articles);
    }

    private void fetch(List<String> ids) throws IOException {
      Set<String> missing = new LinkedHashSet<>();
      for (String id : ids) {
        if (!byId.containsKey(id)) {
          missing.add(id);
        }
      }
      if (missing.isEmpty()) {
        return;
      }
      ObjectNode body = F.objectNode();
      ArrayNode list = body.putArray("ids");
      missing.forEach(list::add);
      for (JsonNode d : cluster.call("POST", "/" + index + "/_mget", Map.of(), body).path("docs")) {
        if (d.path("found").asBoolean(false)) {
          byId.put(d.path("_id").asText(), d.path("_source"));
        }
      }
    }
  }

  /**
   * What the listing of a group's hit needs of its members (the same rule as the embedded index): from
   * their doc value fields, or from their fetched sources for a statement among articles (never grouped,
   * so fetched without doc value fields).
   */
  private static List<GroupListing.Member> listingMembers(List<JsonNode> members, Sources sources) {
    List<GroupListing.Member> out = new ArrayList<>();
    for (JsonNode m : members) {
      JsonNode source = sources == null ? null : sources.get(m.path("_id").asText());
      String article = source == null ? articleIdOf(m) : source.path(Fields.ARTICLE_ID).asText(articleIdOf(m));
      out.add(new GroupListing.Member(article, firstLong(m, source, Fields.PUBLISHED),
          firstLong(m, source, Fields.SOURCE_HASH)));
    }
    return out;
  }

  private static Long firstLong(JsonNode hit, JsonNode source, String field) {
    JsonNode v = hit.path("fields").path(field);
    if (v.isArray() && !v.isEmpty()) {
      return v.get(0).asLong();
    }
    JsonNode s = source == null ? null : source.get(field);
    return s != null && s.isNumber() ? s.asLong() : null;
  }

  /**
   * The article id of a statement hit, from its doc value fields; a hit fetched without them (one statement
   * among articles, never grouped) stands for itself by its document id.
   */
  private static String articleIdOf(JsonNode hit) {
    JsonNode id = hit.path("fields").path(Fields.ARTICLE_ID);
    return id.isArray() && !id.isEmpty() ? id.get(0).asText() : hit.path("_id").asText();
  }

  private StatementHit statementHit(List<JsonNode> members, Sources sources, Query highlight,
                                    Predicate<String> matched) throws IOException {
    List<GroupListing.Member> listingMembers = listingMembers(members, sources);
    GroupListing listing = GroupListing.of(listingMembers);
    List<Occurrence> occurrences = new ArrayList<>();
    GroupListing.Representative shown = new GroupListing.Representative();
    for (int i : listing.listed()) {
      String id = members.get(i).path("_id").asText();
      JsonNode s = sources.get(id);
      String articleId = s.path(Fields.ARTICLE_ID).asText();
      JsonNode article = sources.get(articleDocId(articleId));
      String body = text(article, Fields.BODY);
      int start = s.path(Fields.START).asInt();
      int end = s.path(Fields.END).asInt();
      String wording = Objects.requireNonNullElse(slice(body, start, end), "");
      occurrences.add(new Occurrence(articleId, text(article, Fields.TITLE), text(article, Fields.SOURCE),
          text(article, Fields.URL), published(article), start, end, wording,
          span(body, s.path(Fields.SPEAKER_SPAN)), span(body, s.path(Fields.CUE_SPAN)), listing.first(listingMembers, i)));
      shown.offer(wording, start, matched.test(id));
    }
    JsonNode first = sources.get(members.get(0).path("_id").asText());
    String text = shown.text();
    Passage passage = highlights.statement(Fields.STATEMENT_TEXT, highlight, text, shown.start());
    return new StatementHit(text, StatementKind.valueOf(first.path(Fields.KIND).asText().toUpperCase(Locale.ROOT)),
        text(first, Fields.SPEAKER_NAME), score(members.get(0)), occurrences, listing.articles(), listing.outlets(),
        List.of(passage));
  }

  private static float score(JsonNode hit) {
    JsonNode s = hit.get("_score");
    return s == null || s.isNull() ? Float.NaN : (float) s.asDouble();
  }

  private static String text(JsonNode source, String field) {
    JsonNode v = source.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static LocalDate published(JsonNode source) {
    JsonNode v = source.get(Fields.PUBLISHED);
    return v == null || v.isNull() ? null : LocalDate.ofEpochDay(v.asLong());
  }

  /** The article words at a stored {start, end} pair, or null. */
  private static String span(String body, JsonNode pair) {
    return pair.isArray() && pair.size() == 2 ? slice(body, pair.get(0).asInt(), pair.get(1).asInt()) : null;
  }

  private static String slice(String body, int start, int end) {
    return body != null && start >= 0 && start <= end && end <= body.length() ? body.substring(start, end) : null;
  }

  private static List<Facet> facets(JsonNode aggregations) {
    List<Facet> out = new ArrayList<>();
    for (String dim : Fields.DIMENSIONS) {
      List<FacetValue> values = new ArrayList<>();
      for (JsonNode b : aggregations.path(Mapping.facetField(dim)).path("v").path("buckets")) {
        values.add(new FacetValue(b.path("key").asText(), b.path("doc_count").asLong()));
      }
      if (!values.isEmpty()) {
        out.add(new Facet(dim, values));
      }
    }
    return out;
  }

  @Override
  public IndexStats stats(int facetValues) throws IOException {
    return new IndexStats(count(Fields.TYPE_ARTICLE), count(Fields.TYPE_STATEMENT),
        NewsBackend.statsFacets(this::search, facetValues));
  }

  @Override
  public LocalDate newestPublished() throws IOException {
    ObjectNode body = F.objectNode();
    body.put("size", 0);
    body.putObject("aggs").putObject("newest").putObject("max").put("field", Fields.PUBLISHED);
    JsonNode v = cluster.call("POST", "/" + index + "/_search", Map.of(), body)
        .path("aggregations").path("newest").path("value");
    return v.isNumber() ? LocalDate.ofEpochDay(v.asLong()) : null;
  }

  private long count(String type) throws IOException {
    ObjectNode body = F.objectNode();
    body.putObject("query").putObject("term").put(Fields.DOC_TYPE, type);
    return cluster.call("POST", "/" + index + "/_count", Map.of(), body).path("count").asLong();
  }

  @Override
  public String location() {
    return cluster.where() + " index " + index;
  }

  /** Deletes the whole index from the cluster (tests, and starting over). */
  public void deleteIndex() throws IOException {
    Cluster.Reply r = cluster.send("DELETE", "/" + index, Map.of(), (JsonNode) null);
    if (!r.ok() && r.status() != 404) {
      throw Cluster.failure("deleting index " + index, r);
    }
  }

  @Override
  public void close() throws IOException {
    cluster.close();
  }
}
