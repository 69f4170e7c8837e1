package dev.newsfacet;

import dev.newsfacet.extract.Extractor;
import dev.newsfacet.index.IndexStore;
import dev.newsfacet.index.Schema;
import dev.newsfacet.ingest.ArticleSource;
import dev.newsfacet.ingest.IngestListener;
import dev.newsfacet.ingest.IngestProblem;
import dev.newsfacet.ingest.IngestStoppedException;
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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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

  /** For tests: as {@link #open(Path)}, with the Lucene directory wrapped (to inject I/O faults). */
  static NewsIndex open(Path path, java.util.function.UnaryOperator<org.apache.lucene.store.Directory> wrap)
      throws IOException {
    return new NewsIndex(IndexStore.openWritable(path, new Schema(), wrap), Extractor.createDefault());
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
      results.addAll(write(batch.parallelStream().map(this::analyzeOrFailure).toList(), failed));
    }
    store.refresh();
    return results;
  }

  /**
   * Writes one batch of extraction results in order (names are resolved in input order, so the same input
   * always gives the same display names); returns whether each written article was added or updated.
   */
  private List<AddResult> write(List<Object> extracted, Consumer<Article> failed) throws IOException {
    List<AnalyzedArticle> analyzed = new ArrayList<>(extracted.size());
    for (Object o : extracted) {
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
    List<AddResult> results = new ArrayList<>(analyzed.size());
    Set<String> seen = new java.util.HashSet<>();
    for (AnalyzedArticle a : analyzed) {
      // an id twice in one batch: the second replaces the first
      boolean updated = existed.contains(a.article().id()) || !seen.add(a.article().id());
      results.add(updated ? AddResult.UPDATED : AddResult.ADDED);
    }
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
   * As {@link #ingest(List, ArticleMetadata, Consumer)}, reporting progress after each batch written.
   * Reading, extraction (on every core) and writing overlap, with a bounded number of batches in between,
   * so memory stays flat however large the input. Searches see the new articles within about a second;
   * a crash loses at most the articles since the last of the commits made every 10,000 articles.
   *
   * @param progress receives progress after each batch, from the writing thread; may be null
   */
  public IngestReport ingest(List<Path> paths, ArticleMetadata defaults, Consumer<IngestProblem> problems,
                             Consumer<IngestProgress> progress) throws IOException {
    IngestRun run = new IngestRun(problems, progress, ArticleSource.sizeOf(paths));
    try {
      new ArticleSource(defaults).read(paths, run);
      run.finish();
    } catch (IngestStoppedException e) {
      run.rethrowFailure();
      throw e;
    } finally {
      run.close();
    }
    commit();
    return run.report();
  }

  /**
   * One ingest as a pipeline: the calling thread reads and hands batches to extraction workers; one
   * writer thread takes the results in input order and writes them. A full hand-over queue makes the
   * reader wait (back-pressure); a failed write stops the reader.
   */
  private final class IngestRun implements IngestListener {
    private final Consumer<IngestProblem> problems;
    private final Consumer<IngestProgress> progress;
    private final long bytesTotal;
    private final long started = System.nanoTime();
    private final AtomicLong bytesRead = new AtomicLong();
    private final ExecutorService workers;
    private final BlockingQueue<Future<List<Object>>> handOver;
    private final Thread writer;
    private final List<IngestProblem> kept = new ArrayList<>();
    private List<Article> pending = new ArrayList<>();
    private long added;
    private long updated;
    private long skipped;
    private long warnings;
    private volatile Throwable failure;
    private static final Future<List<Object>> END = CompletableFuture.completedFuture(List.of());

    IngestRun(Consumer<IngestProblem> problems, Consumer<IngestProgress> progress, long bytesTotal) {
      this.problems = problems;
      this.progress = progress;
      this.bytesTotal = bytesTotal;
      int cores = Runtime.getRuntime().availableProcessors();
      this.workers = Executors.newFixedThreadPool(cores, r -> {
        Thread t = new Thread(r, "newsfacet-extract");
        t.setDaemon(true);
        return t;
      });
      this.handOver = new ArrayBlockingQueue<>(2 * cores + 1);
      this.writer = new Thread(this::writeLoop, "newsfacet-write");
      this.writer.setDaemon(true);
      this.writer.start();
    }

    @Override
    public void article(Article article) {
      pending.add(article);
      if (pending.size() >= BATCH) {
        handOver();
      }
    }

    @Override
    public synchronized void problem(IngestProblem problem) {
      if (problem.skipped()) {
        skipped++;
      } else {
        warnings++;
      }
      if (kept.size() < IngestReport.MAX_PROBLEMS_KEPT) {
        kept.add(problem);
      }
      if (problems != null) {
        problems.accept(problem);
      }
    }

    @Override
    public void bytesRead(long bytes) {
      bytesRead.addAndGet(bytes);
    }

    private void handOver() {
      if (pending.isEmpty()) {
        return;
      }
      List<Article> batch = pending;
      pending = new ArrayList<>();
      put(workers.submit(() -> batch.stream().map(NewsIndex.this::analyzeOrFailure).toList()));
    }

    private void put(Future<List<Object>> batch) {
      try {
        while (!handOver.offer(batch, 100, TimeUnit.MILLISECONDS)) {
          stopIfFailed();
        }
        stopIfFailed();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IngestStoppedException(e);
      }
    }

    private void stopIfFailed() {
      if (failure != null) {
        throw new IngestStoppedException(failure);
      }
    }

    private void writeLoop() {
      try {
        while (true) {
          Future<List<Object>> next = handOver.take();
          if (next == END) {
            return;
          }
          List<AddResult> results = write(next.get(), this::extractionFailed);
          long before;
          long after;
          synchronized (this) {
            before = added + updated;
            for (AddResult r : results) {
              if (r == AddResult.ADDED) {
                added++;
              } else {
                updated++;
              }
            }
            after = added + updated;
          }
          if (after / commitEvery > before / commitEvery) {
            store.commit();
          }
          if (progress != null) {
            progress.accept(new IngestProgress(after, bytesRead.get(), bytesTotal,
                java.time.Duration.ofNanos(System.nanoTime() - started)));
          }
        }
      } catch (ExecutionException e) {
        failure = e.getCause();
      } catch (Throwable e) {
        failure = e;
      }
    }

    private void extractionFailed(Article a) {
      problem(new IngestProblem(Path.of(a.id()), 0, "extraction failed; article left out (please report it)", true));
    }

    /** Hands over the last batch and waits until everything read is written. */
    void finish() throws IOException {
      handOver();
      put(END);
      try {
        writer.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while waiting for the index writes");
      }
      rethrowFailure();
    }

    void rethrowFailure() throws IOException {
      Throwable f = failure;
      if (f instanceof IOException io) {
        throw io;
      }
      if (f instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (f instanceof RuntimeException r) {
        throw r;
      }
      if (f instanceof Error err) {
        throw err;
      }
      if (f != null) {
        throw new NewsfacetException("ingest failed: " + f, f);
      }
    }

    /** Stops the workers; a write under way completes (interrupting Lucene mid-write could break the writer). */
    void close() {
      for (Runnable never : workers.shutdownNow()) {
        if (never instanceof Future<?> f) {
          f.cancel(false);
        }
      }
      handOver.forEach(f -> f.cancel(true));
      handOver.clear();
      handOver.offer(END);
      try {
        writer.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    synchronized IngestReport report() {
      return new IngestReport(added, updated, skipped, warnings, kept);
    }
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
