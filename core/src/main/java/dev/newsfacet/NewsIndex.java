package dev.newsfacet;

import dev.newsfacet.extract.Extractor;
import dev.newsfacet.index.IndexStore;
import dev.newsfacet.index.Schema;
import dev.newsfacet.ingest.ArticleSource;
import dev.newsfacet.ingest.IngestListener;
import dev.newsfacet.ingest.IngestProblem;
import dev.newsfacet.model.AnalyzedArticle;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.ArticleMetadata;
import dev.newsfacet.search.NewsQueryParser;
import dev.newsfacet.search.SearchExecutor;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * A newsfacet index on disk: the one class to embed.
 *
 * <pre>{@code
 * try (NewsIndex index = NewsIndex.open(Path.of("news-index"))) {
 *   index.add(Article.builder().title("...").body("...").source("Reuters").build());
 *   index.commit();
 *   SearchResult result = index.search("statements by Orban");
 * }
 * }</pre>
 *
 * <p>Adds become searchable at once and durable at {@link #commit()} (and at {@link #close()}).
 * One process writes an index at a time; others may open it read-only with {@link #openReadOnly}.
 * Instances are safe for concurrent searches; add from one thread at a time.
 */
public final class NewsIndex implements Closeable {
  private static final int BATCH = 256;
  /** During an ingest, a commit after this many articles: a crash loses at most that much work. */
  static final int COMMIT_EVERY = 10_000;
  private int commitEvery = COMMIT_EVERY;

  private final IndexStore store;
  private final Extractor extractor;
  private final SearchExecutor executor;
  private final NewsQueryParser parser = new NewsQueryParser();

  private NewsIndex(IndexStore store, Extractor extractor) {
    this.store = store;
    this.extractor = extractor;
    this.executor = new SearchExecutor(store.schema());
  }

  /** Opens the index at {@code path} for reading and writing, creating it if needed. */
  public static NewsIndex open(Path path) throws IOException {
    return new NewsIndex(IndexStore.openWritable(path, new Schema()), Extractor.createDefault());
  }

  /** Opens an existing index for searching only. */
  public static NewsIndex openReadOnly(Path path) throws IOException {
    return new NewsIndex(IndexStore.openReadOnly(path, new Schema()), Extractor.createDefault());
  }

  /**
   * Where the command line keeps its index when none is named: {@code $NEWSFACET_INDEX} if set, else
   * {@code $XDG_DATA_HOME/newsfacet/index}, else {@code ~/.local/share/newsfacet/index}.
   */
  public static Path defaultLocation() {
    String explicit = System.getenv("NEWSFACET_INDEX");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    String home = System.getenv("HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
        : Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".local", "share");
    return base.resolve("newsfacet").resolve("index");
  }

  /** Whether an add created a new article or replaced one with the same id. */
  public enum AddResult { ADDED, UPDATED }

  /** Extracts and indexes one article, replacing any earlier version with the same id. */
  public AddResult add(Article article) throws IOException {
    return addAll(List.of(article)).get(0);
  }

  /**
   * Extracts and indexes articles; returns, for each, whether it was added or updated.
   *
   * @throws NewsfacetException when extraction fails on an article (nothing of that batch is written)
   */
  public List<AddResult> addAll(List<Article> articles) throws IOException {
    return addAll(articles, null);
  }

  /** As {@link #addAll(List)}, but an article whose extraction fails is reported and left out. */
  private List<AddResult> addAll(List<Article> articles, Consumer<Article> failed) throws IOException {
    List<AddResult> results = new ArrayList<>(articles.size());
    for (int from = 0; from < articles.size(); from += BATCH) {
      List<Article> batch = articles.subList(from, Math.min(articles.size(), from + BATCH));
      // extraction is independent per article: use every core
      List<AnalyzedArticle> analyzed = new ArrayList<>();
      for (Object o : batch.parallelStream().map(this::analyzeOrFailure).toList()) {
        if (o instanceof AnalyzedArticle a) {
          analyzed.add(a);
        } else {
          Failure f = (Failure) o;
          if (failed == null) {
            throw new NewsfacetException("extraction failed for article " + f.article().id() + ": " + f.error(), f.error());
          }
          failed.accept(f.article());
        }
      }
      // names across the batch first, so a surname can link to a full name in a sibling article
      analyzed.forEach(store.names()::observe);
      Set<String> existed = store.existing(analyzed.stream().map(a -> a.article().id()).toList());
      store.writeAll(analyzed);
      Set<String> seen = new java.util.HashSet<>();
      for (AnalyzedArticle a : analyzed) {
        // an id twice in one batch: the second replaces the first
        boolean updated = existed.contains(a.article().id()) || !seen.add(a.article().id());
        results.add(updated ? AddResult.UPDATED : AddResult.ADDED);
      }
    }
    store.refresh();
    return results;
  }

  private record Failure(Article article, RuntimeException error) {}

  private Object analyzeOrFailure(Article article) {
    try {
      return extractor.analyze(article);
    } catch (RuntimeException e) {
      return new Failure(article, e);
    }
  }

  /**
   * Reads files and directories (plain text, JSON, JSON Lines, .jsonl.gz), indexes every article, and
   * commits. Bad files, lines and records are skipped and reported, never fatal.
   *
   * @param defaults metadata for articles that bring none (source, published); may be null
   * @param problems receives each problem as it happens; may be null
   */
  public IngestReport ingest(List<Path> paths, ArticleMetadata defaults, Consumer<IngestProblem> problems)
      throws IOException {
    return ingest(paths, defaults, problems, null);
  }

  /**
   * As {@link #ingest(List, ArticleMetadata, Consumer)}, reporting progress after each batch.
   *
   * @param progress receives the number of articles indexed so far; may be null
   */
  public IngestReport ingest(List<Path> paths, ArticleMetadata defaults, Consumer<IngestProblem> problems,
                             java.util.function.LongConsumer progress) throws IOException {
    List<Article> pending = new ArrayList<>();
    List<IngestProblem> kept = new ArrayList<>();
    long[] counts = new long[4]; // added, updated, skipped, warnings
    IngestListener listener = new IngestListener() {
      @Override
      public void article(Article article) {
        pending.add(article);
        if (pending.size() >= BATCH) {
          flush(pending, counts, this::problem, progress);
        }
      }

      @Override
      public void problem(IngestProblem problem) {
        counts[problem.skipped() ? 2 : 3]++;
        if (kept.size() < IngestReport.MAX_PROBLEMS_KEPT) {
          kept.add(problem);
        }
        if (problems != null) {
          problems.accept(problem);
        }
      }
    };
    try {
      new ArticleSource(defaults).read(paths, listener);
      flush(pending, counts, listener::problem, progress);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    commit();
    return new IngestReport(counts[0], counts[1], counts[2], counts[3], kept);
  }

  private void flush(List<Article> pending, long[] counts, Consumer<IngestProblem> problemSink,
                     java.util.function.LongConsumer progressSink) {
    if (pending.isEmpty()) {
      return;
    }
    try {
      List<AddResult> results = addAll(List.copyOf(pending), a -> {
        IngestProblem p = new IngestProblem(Path.of(a.id()), 0, "extraction failed; article left out (please report it)", true);
        if (problemSink != null) {
          problemSink.accept(p);
        }
      });
      long before = counts[0] + counts[1];
      for (AddResult r : results) {
        counts[r == AddResult.ADDED ? 0 : 1]++;
      }
      if ((counts[0] + counts[1]) / commitEvery > before / commitEvery) {
        store.commit();
      }
      if (progressSink != null) {
        progressSink.accept(counts[0] + counts[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pending.clear();
  }

  /** For tests: commit more often during an ingest. */
  void commitEvery(int articles) {
    this.commitEvery = articles;
  }

  /** Makes every add so far durable. */
  public void commit() throws IOException {
    store.commit();
  }

  /** Searches with a query string: natural phrasing or fielded syntax (see {@link NewsQueryParser}). */
  public SearchResult search(String query) throws IOException {
    return search(parser.parse(query));
  }

  /** Searches with the default number of hits replaced by {@code limit}. */
  public SearchResult search(String query, int limit) throws IOException {
    return search(parser.parse(query).withLimit(limit));
  }

  /** Searches with a query built in code. */
  public SearchResult search(NewsQuery query) throws IOException {
    IndexStore.Snapshot snapshot = store.acquire();
    try {
      return executor.search(snapshot, query);
    } finally {
      store.release(snapshot);
    }
  }

  /** Document counts and the largest facet values. */
  public IndexStats stats() throws IOException {
    IndexStore.Snapshot snapshot = store.acquire();
    try {
      long articles = snapshot.searcher().count(new TermQuery(new Term(Schema.DOC_TYPE, Schema.TYPE_ARTICLE)));
      long statements = snapshot.searcher().count(new TermQuery(new Term(Schema.DOC_TYPE, Schema.TYPE_STATEMENT)));
      SearchResult all = executor.search(snapshot, NewsQuery.builder().target(NewsQuery.Target.ALL).limit(1).build());
      return new IndexStats(articles, statements, all.facets());
    } finally {
      store.release(snapshot);
    }
  }

  /** Where this index lives. */
  public Path path() {
    return store.path();
  }

  /** Commits (when writable) and releases the index. */
  @Override
  public void close() throws IOException {
    try {
      if (store.writable()) {
        store.commit();
      }
    } finally {
      store.close();
    }
  }
}
