package dev.newsfacet.pipeline;

import dev.newsfacet.AddResult;
import dev.newsfacet.IngestProgress;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsfacetException;
import dev.newsfacet.extract.Extractor;
import dev.newsfacet.ingest.ArticleSource;
import dev.newsfacet.ingest.IngestListener;
import dev.newsfacet.ingest.IngestStoppedException;
import dev.newsfacet.model.AnalyzedArticle;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.ArticleMetadata;
import dev.newsfacet.model.IngestProblem;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Read → extract → write, shared by every {@link dev.newsfacet.NewsBackend}: the backend supplies only the
 * {@link Writer} for batches of analysed articles.
 *
 * <p>During an ingest the calling thread reads and hands batches to extraction workers (one per core);
 * one writer thread takes the results in input order and writes them. A full hand-over queue makes the
 * reader wait (back-pressure), so memory stays flat however large the input; a failed write stops the
 * reader.
 */
public final class IngestPipeline {
  /** Articles per batch handed to a worker and to the writer. */
  public static final int BATCH = 256;
  /**
   * Characters of article text per batch at most: a batch is handed over when it reaches either bound, so
   * that a run of very long articles does not fill memory with {@value #BATCH} of them at a time.
   */
  public static final long BATCH_CHARS = 4_000_000;
  /**
   * Characters of article text in flight (read, not yet written) at most, whatever the number of cores;
   * one batch larger than this (a single very long article) still goes, alone.
   */
  public static final long IN_FLIGHT_CHARS = 24_000_000;
  /** During an ingest, a commit after this many articles: a crash loses at most that much work. */
  public static final int COMMIT_EVERY = 10_000;

  /** Where analysed articles go: a backend's storage. Called from one thread at a time. */
  public interface Writer {
    /** Writes a batch in order; returns, for each article, whether it was added or updated. */
    List<AddResult> write(List<AnalyzedArticle> batch) throws IOException;

    /** Makes what was written durable. */
    void commit() throws IOException;
  }

  private final Extractor extractor;
  private final Writer writer;
  private final int commitEvery;

  public IngestPipeline(Extractor extractor, Writer writer, int commitEvery) {
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be positive");
    }
    this.extractor = extractor;
    this.writer = writer;
    this.commitEvery = commitEvery;
  }

  public IngestPipeline(Extractor extractor, Writer writer) {
    this(extractor, writer, COMMIT_EVERY);
  }

  /**
   * Extracts (on every core) and writes articles in batches; does not commit.
   *
   * @throws NewsfacetException when extraction fails on an article (nothing of that batch is written)
   */
  public List<AddResult> addAll(List<Article> articles) throws IOException {
    List<AddResult> results = new ArrayList<>(articles.size());
    for (int from = 0; from < articles.size(); from += BATCH) {
      List<Article> batch = articles.subList(from, Math.min(articles.size(), from + BATCH));
      results.addAll(write(batch.parallelStream().map(this::analyzeOrFailure).toList(), null, null));
    }
    return results;
  }

  /**
   * Reads, extracts and writes every article under {@code paths} whose file {@code files} accepts (by its
   * path relative to the directory given), reporting problems and progress after each batch written.
   */
  public IngestReport ingest(List<Path> paths, ArticleMetadata defaults, Predicate<Path> files,
                             Consumer<IngestProblem> problems, Consumer<IngestProgress> progress) throws IOException {
    Run run = new Run(problems, progress, ArticleSource.sizeOf(paths));
    try {
      new ArticleSource(defaults, files).read(paths, run);
      run.finish();
    } catch (IngestStoppedException e) {
      run.rethrowFailure();
      throw e;
    } finally {
      run.close();
    }
    writer.commit();
    return run.report();
  }

  /** Writes the analysed articles of one batch; a failed extraction goes to {@code failed}, or throws when null. */
  private List<AddResult> write(List<Extracted> extracted, Consumer<Failure> failed, Consumer<Partial> partialSink)
      throws IOException {
    List<AnalyzedArticle> analyzed = new ArrayList<>(extracted.size());
    for (Extracted e : extracted) {
      switch (e) {
        case Whole w -> analyzed.add(w.analyzed());
        case Partial partial -> {
          analyzed.add(partial.analyzed());
          if (partialSink != null) {
            partialSink.accept(partial);
          }
        }
        case Failure f -> {
          if (failed == null) {
            throw new NewsfacetException("extraction failed for article " + f.article().id() + ": " + f.error(), f.error());
          }
          failed.accept(f);
        }
      }
    }
    return analyzed.isEmpty() ? List.of() : writer.write(analyzed);
  }

  /** What extraction made of one article: all of it, part of it within the time budget, or a failure. */
  private sealed interface Extracted permits Whole, Partial, Failure {
    /** The analysis to write, or null for a failure. */
    AnalyzedArticle analyzed();
  }

  /** An article extraction read whole. */
  private record Whole(AnalyzedArticle analyzed) implements Extracted {}

  /** An article indexed with what extraction found before its time budget ran out. */
  private record Partial(AnalyzedArticle analyzed, List<String> skipped) implements Extracted {}

  /** An article extraction failed on (a bug in a rule): reported and left out. */
  private record Failure(Article article, RuntimeException error) implements Extracted {
    @Override
    public AnalyzedArticle analyzed() {
      return null;
    }
  }

  /** Pairs each written article of a batch with what its write did (the writer answers in input order). */
  private static void zip(List<Extracted> extracted, List<AddResult> written, Map<AnalyzedArticle, AddResult> out) {
    int k = 0;
    for (Extracted e : extracted) {
      AnalyzedArticle a = e.analyzed();
      if (a != null && k < written.size()) {
        out.put(a, written.get(k++));
      }
    }
  }

  private static long idHash(String id) {
    long h = 1125899906842597L;
    for (int i = 0; i < id.length(); i++) {
      h = 31 * h + id.charAt(i);
    }
    return h ^ ((long) id.hashCode() << 32);
  }

  /** An article id as the "file" of a problem line; ids can hold anything, paths cannot. */
  static Path articlePath(String id) {
    StringBuilder sb = new StringBuilder(Math.min(id.length(), 200));
    for (int i = 0; i < id.length() && sb.length() < 200; i++) {
      char c = id.charAt(i);
      sb.append(c < 0x20 || c == 0x7F ? '?' : c);
    }
    try {
      return Path.of("article " + sb);
    } catch (InvalidPathException e) {
      return Path.of("article");
    }
  }

  private Extracted analyzeOrFailure(Article article) {
    try {
      Extractor.Analysis a = extractor.analyzeWithin(article, Extractor.BUDGET);
      return a.skipped().isEmpty() ? new Whole(a.analyzed()) : new Partial(a.analyzed(), a.skipped());
    } catch (RuntimeException e) {
      return new Failure(article, e);
    }
  }

  /**
   * One ingest as a pipeline: the calling thread reads and hands batches to extraction workers; one
   * writer thread takes the results in input order and writes them. A full hand-over queue makes the
   * reader wait (back-pressure); a failed write stops the reader.
   */
  private final class Run implements IngestListener {
    private final Consumer<IngestProblem> problems;
    private final Consumer<IngestProgress> progress;
    private final long bytesTotal;
    private final long started = System.nanoTime();
    private final AtomicLong bytesRead = new AtomicLong();
    private final ExecutorService workers;
    private final BlockingQueue<Future<List<Extracted>>> handOver;
    private final Thread writerThread;
    private final List<IngestProblem> kept = new ArrayList<>();
    private List<Article> pending = new ArrayList<>();
    private long pendingChars;
    /** Characters handed over and not yet written; the reader waits while it is over the bound. */
    private final Semaphore inFlight = new Semaphore((int) IN_FLIGHT_CHARS);
    private long added;
    private long updated;
    private long skipped;
    private long warnings;
    private volatile Throwable failure;
    private static final Future<List<Extracted>> END = CompletableFuture.completedFuture(List.of());

    Run(Consumer<IngestProblem> problems, Consumer<IngestProgress> progress, long bytesTotal) {
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
      this.writerThread = new Thread(this::writeLoop, "newsfacet-write");
      this.writerThread.setDaemon(true);
      this.writerThread.start();
    }

    /** Ids seen in this run, as 64-bit hashes (a set of a million costs tens of megabytes, not the ids). */
    private final Set<Long> seenIds = new HashSet<>();
    /** The articles whose id came earlier in this run, until they are written. */
    private final Set<Article> repeated =
        Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private long duplicates;
    private final List<String> duplicateIds = new ArrayList<>();

    @Override
    public void article(Article article) {
      if (!seenIds.add(idHash(article.id()))) {
        repeated.add(article);
        synchronized (this) {
          if (duplicateIds.size() < IngestReport.MAX_PROBLEMS_KEPT) {
            duplicateIds.add(article.id() + " (" + article.title() + ")");
          }
        }
      }
      if (Extractor.extractsPartOf(article)) {
        problem(new IngestProblem(articlePath(article.id()), 0, "article is " + article.text().length()
            + " characters long: entities, statements and dates come from its first " + Extractor.MAX_EXTRACTED_CHARS
            + "; all of it is searchable", false));
      }
      pending.add(article);
      pendingChars += article.text().length();
      if (pending.size() >= BATCH || pendingChars >= BATCH_CHARS) {
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
      int chars = (int) Math.min(pendingChars, IN_FLIGHT_CHARS);
      pending = new ArrayList<>();
      pendingChars = 0;
      acquire(chars);
      put(workers.submit(() -> batch.stream().map(IngestPipeline.this::analyzeOrFailure).toList()), chars);
    }

    /** Waits until {@code chars} more characters may be in flight (memory is bounded by text, not article count). */
    private void acquire(int chars) {
      try {
        while (!inFlight.tryAcquire(chars, 100, TimeUnit.MILLISECONDS)) {
          stopIfFailed();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IngestStoppedException(e);
      }
    }

    private final Map<Future<List<Extracted>>, Integer> charsOf = new ConcurrentHashMap<>();

    private void put(Future<List<Extracted>> batch, int chars) {
      charsOf.put(batch, chars);
      put(batch);
    }

    private void put(Future<List<Extracted>> batch) {
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
          Future<List<Extracted>> next = handOver.take();
          if (next == END) {
            return;
          }
          Map<AnalyzedArticle, AddResult> results = writeOrSkip(next.get());
          Integer chars = charsOf.remove(next);
          if (chars != null) {
            inFlight.release(chars);
          }
          long before;
          long after;
          synchronized (this) {
            before = added + updated + duplicates;
            for (Map.Entry<AnalyzedArticle, AddResult> r : results.entrySet()) {
              if (repeated.remove(r.getKey().article())) {
                duplicates++; // its id came earlier in this run: neither new nor an update of an earlier run
              } else if (r.getValue() == AddResult.ADDED) {
                added++;
              } else {
                updated++;
              }
            }
            after = added + updated + duplicates;
          }
          if (after / commitEvery > before / commitEvery) {
            writer.commit();
          }
          if (progress != null) {
            progress.accept(new IngestProgress(after, bytesRead.get(), bytesTotal,
                Duration.ofNanos(System.nanoTime() - started)));
          }
        }
      } catch (ExecutionException e) {
        failure = e.getCause();
      } catch (Throwable e) {
        failure = e;
      }
    }

    private void extractedInPart(Partial p) {
      problem(new IngestProblem(articlePath(p.analyzed().article().id()), 0, "extraction took over "
          + Extractor.BUDGET.toSeconds() + " s: indexed without its " + String.join(" and ", p.skipped()), false));
    }

    private void extractionFailed(Failure f) {
      problem(new IngestProblem(articlePath(f.article().id()), 0, Extractor.failureMessage(f.error()), true));
    }

    /**
     * Writes a batch; when the index refuses a document of it (a value Lucene cannot hold), writes the
     * batch again one article at a time, so that only the article at fault is skipped, and named.
     */
    private Map<AnalyzedArticle, AddResult> writeOrSkip(List<Extracted> extracted) throws IOException {
      Map<AnalyzedArticle, AddResult> results = new IdentityHashMap<>();
      try {
        zip(extracted, write(extracted, this::extractionFailed, this::extractedInPart), results);
        return results;
      } catch (IllegalArgumentException | IllegalStateException e) {
        results.clear();
        for (Extracted o : extracted) {
          try {
            zip(List.of(o), write(List.of(o), this::extractionFailed, this::extractedInPart), results);
          } catch (IllegalArgumentException | IllegalStateException one) {
            String id = o.analyzed() != null ? o.analyzed().article().id() : "?";
            problem(new IngestProblem(articlePath(id), 0, "the index cannot hold this article ("
                + one.getMessage() + "); left out", true));
          }
        }
        return results;
      }
    }

    /** Hands over the last batch and waits until everything read is written. */
    void finish() throws IOException {
      handOver();
      put(END);
      try {
        writerThread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the index writes");
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
        writerThread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    synchronized IngestReport report() {
      return new IngestReport(added, updated, duplicates, skipped, warnings, kept, duplicateIds);
    }
  }

}
