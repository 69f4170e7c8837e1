package dev.newsfacet;

import dev.newsfacet.extract.Extractor;
import dev.newsfacet.index.DocumentBatch;
import dev.newsfacet.index.DocumentMapper;
import dev.newsfacet.index.Fields;
import dev.newsfacet.index.IndexStore;
import dev.newsfacet.index.LuceneSchema;
import dev.newsfacet.model.AnalyzedArticle;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.ArticleMetadata;
import dev.newsfacet.model.IngestProblem;
import dev.newsfacet.pipeline.IngestPipeline;
import dev.newsfacet.search.SearchExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.lucene.store.Directory;

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
public final class NewsIndex implements NewsBackend {
  private int commitEvery = IngestPipeline.COMMIT_EVERY;

  private final IndexStore store;
  private final DocumentMapper mapper = new DocumentMapper();
  /** Null on an index opened for reading only, until something asks for it. */
  private Extractor extractor;
  private final SearchExecutor executor;

  private NewsIndex(IndexStore store, Extractor extractor) {
    this.store = store;
    this.extractor = extractor;
    this.executor = new SearchExecutor(store.schema());
  }

  private synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = Extractor.createDefault();
    }
    return extractor;
  }

  /** Opens the index at {@code path} for reading and writing, creating it if needed. */
  public static NewsIndex open(Path path) throws IOException {
    return new NewsIndex(IndexStore.openWritable(path, new LuceneSchema()), Extractor.createDefault());
  }

  /** For tests: as {@link #open(Path)}, with the Lucene directory wrapped (to inject I/O faults). */
  static NewsIndex open(Path path, UnaryOperator<Directory> wrap)
      throws IOException {
    return new NewsIndex(IndexStore.openWritable(path, new LuceneSchema(), wrap), Extractor.createDefault());
  }

  /** Opens an existing index for searching only. */
  public static NewsIndex openReadOnly(Path path) throws IOException {
    // no extractor: searching never extracts, and loading its lexicons would slow every one-off search
    return new NewsIndex(IndexStore.openReadOnly(path, new LuceneSchema()), null);
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

  @Override
  public List<AddResult> addAll(List<Article> articles) throws IOException {
    List<AddResult> results = pipeline().addAll(articles);
    store.refresh();
    return results;
  }

  /** The ingest pipeline writing into this index. */
  private IngestPipeline pipeline() {
    return new IngestPipeline(extractor(), new IngestPipeline.Writer() {
      @Override
      public List<AddResult> write(List<AnalyzedArticle> batch) throws IOException {
        return NewsIndex.this.write(batch);
      }

      @Override
      public void commit() throws IOException {
        store.commit();
      }
    }, commitEvery);
  }

  /**
   * Writes one batch of extraction results in order (names are resolved in input order, so the same input
   * always gives the same display names); returns whether each written article was added or updated.
   */
  private List<AddResult> write(List<AnalyzedArticle> analyzed) throws IOException {
    DocumentBatch batch = DocumentBatch.prepare(analyzed, store.names(), store::existing);
    store.writeAll(batch, mapper);
    return AddResult.of(batch.updated());
  }

  /**
   * Reading, extraction (on every core) and writing overlap, with a bounded number of batches in between,
   * so memory stays flat however large the input. Searches see the new articles within about a second;
   * a crash loses at most the articles since the last of the commits made every 10,000 articles.
   */
  @Override
  public IngestReport ingest(List<Path> paths, ArticleMetadata defaults, Predicate<Path> files,
      Consumer<IngestProblem> problems, Consumer<IngestProgress> progress) throws IOException {
    return pipeline().ingest(paths, defaults, files, problems, progress);
  }

  /** For tests: commit more often during an ingest. */
  void commitEvery(int articles) {
    this.commitEvery = articles;
  }

  /** Makes every add so far durable. */
  @Override
  public void commit() throws IOException {
    store.commit();
  }

  /** Searches with a query built in code. */
  @Override
  public SearchResult search(NewsQuery query) throws IOException {
    IndexStore.Snapshot snapshot = store.acquire();
    try {
      return executor.answer(snapshot, query);
    } finally {
      store.release(snapshot);
    }
  }

  /**
   * One article of the index by its id (as hits carry it), with its entities, statements and dates, each
   * with offsets into its text; empty when the index holds no article of that id. The extraction is run
   * again on the stored text (the same extractor gives the same result as at indexing time), so names
   * are the article's own, before the index-wide harmonisation the facets show.
   */
  @Override
  public Optional<AnalyzedArticle> article(String id) throws IOException {
    IndexStore.Snapshot snapshot = store.acquire();
    try {
      // the same role grounding as when it was written, so that show and search name the same speakers
      return snapshot.article(id).map(a -> store.names().groundRoles(extractor().analyze(a)));
    } finally {
      store.release(snapshot);
    }
  }

  @Override
  public LocalDate newestPublished() throws IOException {
    IndexStore.Snapshot snapshot = store.acquire();
    try {
      return snapshot.newestPublished();
    } finally {
      store.release(snapshot);
    }
  }

  /** How many articles the index holds (a count alone, for health checks). */
  @Override
  public long articleCount() throws IOException {
    IndexStore.Snapshot snapshot = store.acquire();
    try {
      return snapshot.count(Fields.TYPE_ARTICLE);
    } finally {
      store.release(snapshot);
    }
  }

  /** Document counts and the largest facet values. */
  @Override
  public IndexStats stats(int facetValues) throws IOException {
    IndexStore.Snapshot snapshot = store.acquire();
    try {
      long articles = snapshot.count(Fields.TYPE_ARTICLE);
      long statements = snapshot.count(Fields.TYPE_STATEMENT);
      return new IndexStats(articles, statements, NewsBackend.statsFacets(q -> executor.search(snapshot, q), facetValues));
    } finally {
      store.release(snapshot);
    }
  }

  /** Where this index lives. */
  public Path path() {
    return store.path();
  }

  @Override
  public String location() {
    return store.path().toString();
  }

  /** Commits (when writable) and releases the index. */
  @Override
  public void close() throws IOException {
    // each failure is thrown as a new exception: Lucene rethrows one tragic I/O error (a full disk) from
    // every later call, and try-with-resources cannot add an exception to itself as suppressed
    IOException first = null;
    try {
      if (store.writable()) {
        store.commit();
      }
    } catch (IOException e) {
      first = new IOException(e.getMessage(), e);
    }
    try {
      store.close();
    } catch (IOException e) {
      if (first == null) {
        first = new IOException(e.getMessage(), e);
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
