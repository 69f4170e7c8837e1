package dev.newsfacet;

import dev.newsfacet.index.Fields;
import dev.newsfacet.model.AnalyzedArticle;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.ArticleMetadata;
import dev.newsfacet.model.IngestProblem;
import dev.newsfacet.search.NewsQueryParser;
import dev.newsfacet.text.NameKeys;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Where analysed articles are kept and searched: the contract shared by the embedded Lucene index
 * ({@link NewsIndex}) and the OpenSearch backend ({@code dev.newsfacet.opensearch.OpenSearchNewsIndex}).
 * Extraction is the same for both; the same query gives the same answer on both.
 */
public interface NewsBackend extends Closeable {

  /** Extracts and indexes one article, replacing any earlier version with the same id. */
  default AddResult add(Article article) throws IOException {
    return addAll(List.of(article)).get(0);
  }

  /**
   * Extracts and indexes articles; returns, for each, whether it was added or updated.
   *
   * @throws NewsfacetException when extraction fails on an article (nothing of that batch is written)
   */
  List<AddResult> addAll(List<Article> articles) throws IOException;

  /**
   * Reads files and directories (plain text, JSON, JSON Lines, .jsonl.gz), indexes every article, and
   * commits. Bad files, lines and records are skipped and reported, never fatal.
   *
   * @param defaults metadata for articles that bring none (source, published); may be null
   * @param problems receives each problem as it happens; may be null
   */
  default IngestReport ingest(List<Path> paths, ArticleMetadata defaults, Consumer<IngestProblem> problems)
      throws IOException {
    return ingest(paths, defaults, problems, null);
  }

  /**
   * As {@link #ingest(List, ArticleMetadata, Consumer)}, reporting progress after each batch written.
   *
   * @param progress receives progress after each batch, from the writing thread; may be null
   */
  default IngestReport ingest(List<Path> paths, ArticleMetadata defaults, Consumer<IngestProblem> problems,
                              Consumer<IngestProgress> progress) throws IOException {
    return ingest(paths, defaults, p -> true, problems, progress);
  }

  /**
   * As above, reading only the files of a directory walk that {@code files} accepts, by their path relative
   * to the directory given (for --include / --exclude).
   */
  IngestReport ingest(List<Path> paths, ArticleMetadata defaults, Predicate<Path> files,
      Consumer<IngestProblem> problems, Consumer<IngestProgress> progress) throws IOException;

  /** Makes every add so far durable (and visible to searches). */
  void commit() throws IOException;

  /**
   * Searches with a query string: natural phrasing or fielded syntax (see {@link NewsQueryParser}). A
   * month without a year ("since January") means the latest such month up to the index's newest article,
   * so that an archive of 2007 is searched in 2007, not in this year.
   */
  default SearchResult search(String query) throws IOException {
    return search(parser().parse(query));
  }

  /** Searches with the default number of hits replaced by {@code limit}. */
  default SearchResult search(String query, int limit) throws IOException {
    return search(parser().parse(query).withLimit(limit));
  }

  /** Parses a query string as {@link #search(String)} reads it (time phrases against the newest article). */
  default NewsQuery parse(String query) throws IOException {
    return parser().parse(query);
  }

  /** The published date of the newest article of the index, or null when none has one. */
  default LocalDate newestPublished() throws IOException {
    return null;
  }

  /**
   * A query parser whose "today" is the newest article's date (or today, for an index without dates),
   * looked up only for a query with a month and no year.
   */
  private NewsQueryParser parser() {
    return new NewsQueryParser(() -> {
      try {
        LocalDate newest = newestPublished();
        return newest != null ? newest : LocalDate.now();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, name -> {
      try {
        return knowsSpeaker(name);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Whether a statement of the index is by a named speaker whose name holds this one's last word ("Brown"
   * for Gordon Brown) — not merely a speaker whose words contain it ("war" in "a war veteran").
   */
  default boolean knowsSpeaker(String name) throws IOException {
    NewsQuery q = NewsQuery.builder().target(NewsQuery.Target.STATEMENTS).speaker(name).limit(1).build();
    SearchResult r = search(q);
    if (r.hits().isEmpty() || !(r.hits().get(0) instanceof StatementHit hit) || hit.speaker() == null) {
      return false;
    }
    String[] words = NameKeys.key(name).split(" ");
    String last = words[words.length - 1];
    return Arrays.asList(NameKeys.key(hit.speaker()).split(" ")).contains(last);
  }

  /**
   * Why a query with a date filter found nothing, when that is why: "312 matching statements have no
   * published date", or that none falls in the period; null when the query found something, has no date
   * filter, or finds nothing without it either.
   */
  default String whyNothing(NewsQuery query, SearchResult result) throws IOException {
    if (result.total() > 0 || query.publishedFrom() == null && query.publishedTo() == null) {
      return null;
    }
    NewsQuery undated = new NewsQuery(query.target(), query.speakers(), query.mentions(), query.text(), query.filters(),
        null, null, 1, false, 0, 0, null);
    long without = search(undated).matches();
    if (without == 0) {
      return null;
    }
    String what = query.target() == NewsQuery.Target.STATEMENTS ? "statement" : query.target() == NewsQuery.Target.ARTICLES
        ? "article" : "result";
    String plural = without == 1 ? what : what + "s";
    return newestPublished() == null
        ? without + " matching " + plural + (without == 1 ? " has" : " have") + " no published date: the index has no dates"
        : without + " matching " + plural + " without the date filter; none is published in that period";
  }

  /**
   * One article by its id, with its entities, statements and dates as extraction finds them now (the
   * index keeps the text, not the analysis); empty when no article has that id.
   */
  Optional<AnalyzedArticle> article(String id) throws IOException;

  /** How many articles the index holds. */
  default long articleCount() throws IOException {
    return search(NewsQuery.builder().target(NewsQuery.Target.ARTICLES).limit(1).build()).total();
  }

  /** Searches with a query built in code. */
  SearchResult search(NewsQuery query) throws IOException;

  /** Runs one query for {@link #statsFacets}. */
  interface QueryRunner {
    SearchResult run(NewsQuery q) throws IOException;
  }

  /**
   * The facets of {@link #stats}: each counts what it is about — entities, sources and dates count
   * articles, speaker and kind count statements — never the two kinds of document together.
   */
  static List<Facet> statsFacets(QueryRunner search, int facetValues) throws IOException {
    List<Facet> out = new ArrayList<>();
    for (Facet f : search.run(NewsQuery.builder().target(NewsQuery.Target.ARTICLES).limit(1).exactCounts(true)
        .facetValues(facetValues).build()).facets()) {
      if (!List.of(Fields.TYPE_DIMENSION, Fields.KIND, Fields.SPEAKER, Fields.SPEAKER_KIND).contains(f.dimension())) {
        out.add(f);
      }
    }
    for (Facet f : search.run(NewsQuery.builder().target(NewsQuery.Target.STATEMENTS).limit(1).exactCounts(true)
        .facetValues(facetValues).build()).facets()) {
      if (f.dimension().equals("kind") || f.dimension().equals("speaker")
          || f.dimension().equals(Fields.SPEAKER_KIND)) {
        out.add(f);
      }
    }
    return out;
  }

  /** Document counts and the largest facet values. */
  default IndexStats stats() throws IOException {
    return stats(0);
  }

  /** Document counts and the {@code facetValues} largest values of each facet (0: the default number). */
  IndexStats stats(int facetValues) throws IOException;

  /** Where the index lives, for messages: a directory or a cluster address and index name. */
  String location();
}
