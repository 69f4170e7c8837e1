package dev.newsfacet.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsBackend;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.SearchResult;
import dev.newsfacet.extract.DateExtractor;
import dev.newsfacet.extract.Extractor;
import dev.newsfacet.extract.RuleBasedEntityExtractor;
import dev.newsfacet.extract.RuleBasedStatementExtractor;
import dev.newsfacet.extract.date.RuleBasedDateExtractor;
import dev.newsfacet.ingest.ArticleSource;
import dev.newsfacet.ingest.IngestListener;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.IngestProblem;
import dev.newsfacet.search.NewsQueryParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * The ingest and query benchmarks behind {@code newsfacet bench}: full pipeline against plain Lucene on
 * the same articles in the same run, extraction per extractor, index size, peak heap, time to the first
 * query, and latency percentiles for a fixed query mix.
 */
public final class IngestBenchmark {
  /** The query mix: statements by a person, mentions of a phrase, fielded queries with filters. */
  public static final List<String> QUERIES = List.of(
      "statements by Obama", "statements by Merkel", "what did Bernanke say about inflation",
      "mentions of Federal Reserve", "mentions of China", "articles about Greece",
      "speaker:putin kind:direct", "type:article place:japan published:[2011-01-01 TO 2011-12-31]",
      "oil prices", "type:statement source:reuters \"interest rates\"");

  /**
   * Grouping queries, timed apart from the mix (so that its figures stay comparable with earlier runs): the
   * mix's article queries grouped by story, and a quote search that completes its groups with other wordings.
   */
  public static final List<String> GROUPED_QUERIES = List.of(
      "articles about Greece group:stories", "oil prices group:stories", "who said \"financial crisis\"");

  private IngestBenchmark() {}

  /** Reads up to {@code limit} articles from Reuters-style JSON Lines files. */
  public static List<Article> read(Path dir, int limit) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl.gz") || p.toString().endsWith(".jsonl")).sorted().toList();
    }
    List<Article> out = new ArrayList<>();
    ArticleSource source = new ArticleSource(null);
    for (Path f : files) {
      if (out.size() >= limit) {
        break;
      }
      List<Article> part = new ArrayList<>();
      source.read(List.of(f), new IngestListener() {
        @Override
        public void article(Article article) {
          part.add(article);
        }

        @Override
        public void problem(IngestProblem problem) {
          // counted by the ingest benchmarks elsewhere; reading here is only the benchmark's input
        }
      });
      out.addAll(part.subList(0, Math.min(part.size(), limit - out.size())));
    }
    return out;
  }

  /** Samples the heap in use every 50 ms and keeps the largest value. */
  static final class PeakHeap implements AutoCloseable {
    private volatile boolean running = true;
    private volatile long peak;
    private final Thread thread;

    PeakHeap() {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          pool.resetPeakUsage();
        }
      }
      thread = new Thread(() -> {
        while (running) {
          long used = 0;
          for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
              used += pool.getUsage().getUsed();
            }
          }
          peak = Math.max(peak, used);
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "peak-heap");
      thread.setDaemon(true);
      thread.start();
    }

    long peak() {
      return peak;
    }

    @Override
    public void close() {
      running = false;
    }
  }

  /**
   * Writes {@code count} articles as one JSON Lines file: the corpus in order, then again under new ids
   * ("ID#r1", "ID#r2", ...) as often as needed. Streams: the corpus is never held in memory.
   *
   * @return the bytes of article text written (title and body, UTF-8)
   */
  public static long prepare(Path reuters, int count, Path out) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(reuters)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl.gz") || p.toString().endsWith(".jsonl")).sorted().toList();
    }
    var mapper = new ObjectMapper();
    long[] written = new long[2]; // articles, text bytes
    try (var w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int round = 0; written[0] < count; round++) {
        String suffix = round == 0 ? "" : "#r" + round;
        long before = written[0];
        for (Path f : files) {
          if (written[0] >= count) {
            break;
          }
          new ArticleSource(null).read(List.of(f), new IngestListener() {
            @Override
            public void article(Article a) {
              if (written[0] >= count) {
                return;
              }
              var node = mapper.createObjectNode().put("id", a.id() + suffix).put("title", a.title()).put("body", bodyOf(a));
              if (a.source() != null) {
                node.put("source", a.source());
              }
              if (a.url() != null) {
                node.put("url", a.url() + suffix);
              }
              if (a.published() != null) {
                node.put("published", a.published().toString());
              }
              try {
                w.write(mapper.writeValueAsString(node));
                w.write('\n');
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              written[0]++;
              written[1] += a.text().getBytes(StandardCharsets.UTF_8).length;
            }

            @Override
            public void problem(IngestProblem problem) {
              // a bad record is left out of the benchmark input
            }
          });
        }
        if (written[0] == before) {
          throw new IOException("no articles in " + reuters);
        }
      }
    }
    return written[1];
  }

  /** The body as it was read: the text without the headline and blank line that {@link Article} puts first. */
  private static String bodyOf(Article a) {
    String head = a.title() + "\n\n";
    return !a.title().isEmpty() && a.text().startsWith(head) ? a.text().substring(head.length()) : a.text();
  }

  public static void run(Path reuters, int limit, Path work, PrintWriter out) throws IOException {
    Path input = work.resolve("articles.jsonl");
    long t0 = System.nanoTime();
    long rawBytes = prepare(reuters, limit, input);
    out.printf("benchmark input: %,d articles (%.1f MB of text%s), written to one JSON Lines file in %.1f s%n",
        limit, rawBytes / 1e6, limit > 105_359 ? "; the corpus repeated under new ids" : "",
        (System.nanoTime() - t0) / 1e9);
    double mb = rawBytes / 1e6;

    // warm both paths up on a few hundred articles so neither pays the JIT alone
    List<Article> warm = read(reuters, 500);
    plain(work.resolve("warm-plain"), warm);
    try (NewsIndex index = NewsIndex.open(work.resolve("warm-full"))) {
      index.addAll(warm);
    }
    long r0 = System.nanoTime();
    long[] readCount = new long[1];
    new ArticleSource(null).read(List.of(input), new IngestListener() {
      @Override
      public void article(Article article) {
        readCount[0]++;
      }

      @Override
      public void problem(IngestProblem problem) {
        // counted below through the article count
      }
    });
    double readSeconds = (System.nanoTime() - r0) / 1e9;
    out.printf("reading alone (parse the file into articles): %.1f s, %,.0f articles/s%n%n", readSeconds,
        readCount[0] / readSeconds);

    // plain Lucene: read the same file, title and body with StandardAnalyzer on every core, update by id, commit
    Path plainDir = work.resolve("plain");
    long p0 = System.nanoTime();
    plainFromFile(plainDir, input);
    double plainSeconds = (System.nanoTime() - p0) / 1e9;

    // full pipeline: newsfacet's own ingest of the same file (read, extract on every core, write, commit)
    Path fullDir = work.resolve("full");
    long peak;
    IngestReport report;
    long f0 = System.nanoTime();
    try (PeakHeap heap = new PeakHeap(); NewsIndex index = NewsIndex.open(fullDir)) {
      report = index.ingest(List.of(input), null, null);
      peak = heap.peak();
    }
    double fullSeconds = (System.nanoTime() - f0) / 1e9;
    if (report.added() != limit) {
      out.printf("note: %,d of %,d articles indexed%n", report.added(), limit);
    }

    out.println("| ingest from the JSON Lines file, end to end | seconds | articles/s | MB/s |");
    out.println("|---|---|---|---|");
    out.printf("| plain Lucene (read, StandardAnalyzer on title + body, all cores, commit) | %.1f | %,.0f | %.2f |%n", plainSeconds,
        limit / plainSeconds, mb / plainSeconds);
    out.printf("| newsfacet ingest (read, extract, index, commit; all cores) | %.1f | %,.0f | %.2f |%n", fullSeconds,
        limit / fullSeconds, mb / fullSeconds);
    out.printf("%nratio full / plain (throughput): %.3f%n", plainSeconds / fullSeconds);
    out.printf("index size: newsfacet %.1f MB (%.2f x raw text), plain Lucene %.1f MB (%.2f x)%n", size(fullDir) / 1e6,
        size(fullDir) / (double) rawBytes, size(plainDir) / 1e6, size(plainDir) / (double) rawBytes);
    out.printf("peak heap during the newsfacet ingest: %.0f MB (max heap %.0f MB)%n%n", peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
    out.flush();

    extraction(read(reuters, 2000), out);
    out.flush();
    queries(fullDir, out);
  }

  /**
   * Plain Lucene from the file: the calling thread reads, a pool of one thread per core indexes, with at
   * most a few batches waiting (the same shape as newsfacet's ingest).
   */
  static void plainFromFile(Path dirPath, Path input) throws IOException {
    int cores = Runtime.getRuntime().availableProcessors();
    var pool = Executors.newFixedThreadPool(cores);
    var slots = new Semaphore(2 * cores + 1);
    try (FSDirectory dir = FSDirectory.open(dirPath);
         IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
      List<Future<?>> pending = new ArrayList<>();
      var batch = new Object() { List<Article> current = new ArrayList<>(); }; // filled here, handed over by the lambda
      Runnable handOver = () -> {
        List<Article> b = batch.current;
        batch.current = new ArrayList<>();
        slots.acquireUninterruptibly();
        pending.add(pool.submit(() -> {
          try {
            for (Article a : b) {
              w.updateDocument(new Term("id", a.id()), plainDocument(a));
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } finally {
            slots.release();
          }
        }));
      };
      new ArticleSource(null).read(List.of(input), new IngestListener() {
        @Override
        public void article(Article article) {
          batch.current.add(article);
          if (batch.current.size() == 256) {
            handOver.run();
          }
        }

        @Override
        public void problem(IngestProblem problem) {
          // the same file newsfacet reads; nothing to count here
        }
      });
      handOver.run();
      for (var f : pending) {
        f.get();
      }
      w.commit();
    } catch (InterruptedException | ExecutionException e) {
      throw new IOException("plain Lucene indexing failed: " + e, e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Document plainDocument(Article a) {
    Document d = new Document();
    d.add(new KeywordField("id", a.id(), Field.Store.YES));
    d.add(new TextField("title", a.title(), Field.Store.YES));
    d.add(new TextField("body", a.text(), Field.Store.YES));
    return d;
  }

  /** Plain Lucene: title and body with StandardAnalyzer, updated by id, one commit; as many threads as cores. */
  static void plain(Path dirPath, List<Article> articles) throws IOException {
    try (FSDirectory dir = FSDirectory.open(dirPath);
         IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
      articles.parallelStream().forEach(a -> {
        try {
          w.updateDocument(new Term("id", a.id()), plainDocument(a));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      w.commit();
    }
  }

  /** Each extractor alone, one thread. */
  static void extraction(List<Article> sample, PrintWriter out) {
    RuleBasedEntityExtractor entities = new RuleBasedEntityExtractor();
    RuleBasedStatementExtractor statements = new RuleBasedStatementExtractor();
    DateExtractor dates = new RuleBasedDateExtractor();
    Extractor all = Extractor.createDefault();
    for (Article a : sample.subList(0, Math.min(300, sample.size()))) {
      all.analyze(a); // warm-up
    }
    long e0 = System.nanoTime();
    List<List<EntityMention>> found = new ArrayList<>();
    for (Article a : sample) {
      found.add(entities.extract(a.text()));
    }
    double e = (System.nanoTime() - e0) / 1e9;
    long t0 = System.nanoTime();
    for (Article a : sample) {
      all.entities(a.text());
    }
    double tagged = (System.nanoTime() - t0) / 1e9;
    long s0 = System.nanoTime();
    for (int i = 0; i < sample.size(); i++) {
      statements.extract(sample.get(i).text(), found.get(i));
    }
    double s = (System.nanoTime() - s0) / 1e9;
    long d0 = System.nanoTime();
    for (Article a : sample) {
      dates.extract(a.text(), a.published());
    }
    double d = (System.nanoTime() - d0) / 1e9;
    long a0 = System.nanoTime();
    for (Article a : sample) {
      all.analyze(a);
    }
    double whole = (System.nanoTime() - a0) / 1e9;
    out.printf("| extraction, one thread, %d articles | articles/s |%n|---|---|%n", sample.size());
    out.printf("| entities, rules alone | %,.0f |%n| entities, rules and tagger (%s) | %,.0f |%n"
        + "| statements (given entities) | %,.0f |%n| dates | %,.0f |%n| whole pipeline | %,.0f |%n%n",
        sample.size() / e, all.usesEntityModel() ? "the shipped model" : "no model on the class path", sample.size() / tagged,
        sample.size() / s, sample.size() / d, sample.size() / whole);
  }

  /** Opening time, the first query, then latency percentiles over the mix. */
  public static void queries(Path indexDir, PrintWriter out) throws IOException {
    long o0 = System.nanoTime();
    try (NewsIndex index = NewsIndex.openReadOnly(indexDir)) {
      double open = (System.nanoTime() - o0) / 1e6;
      long q0 = System.nanoTime();
      index.search(QUERIES.get(0));
      double first = (System.nanoTime() - q0) / 1e6;
      out.printf("open the index: %.0f ms; first query: %.0f ms%n%n", open, first);
      latency(index, out);
      estimateAccuracy(index, out);
    }
  }

  /** Latency percentiles over the query mix, after a warm-up, from one thread; then the grouping queries. */
  public static void latency(NewsBackend index, PrintWriter out) throws IOException {
    latency(index, out, QUERIES, true);
    out.println();
    latency(index, out, GROUPED_QUERIES, false);
  }

  private static void latency(NewsBackend index, PrintWriter out, List<String> queries, boolean summary) throws IOException {
    for (int i = 0; i < 3; i++) {
      for (String q : queries) {
        index.search(q);
      }
    }
    int rounds = 30;
    double[] all = new double[rounds * queries.size()];
    int n = 0;
    out.println("| query (facets and highlights included) | hits | p50 ms | p99 ms |");
    out.println("|---|---|---|---|");
    for (String q : queries) {
      double[] times = new double[rounds];
      long total = 0;
      for (int r = 0; r < rounds; r++) {
        long t = System.nanoTime();
        SearchResult res = index.search(q);
        times[r] = (System.nanoTime() - t) / 1e6;
        total = res.total();
        all[n++] = times[r];
      }
      Arrays.sort(times);
      out.printf("| `%s` | %,d | %.1f | %.1f |%n", q, total, pct(times, 50), pct(times, 99));
    }
    if (!summary) {
      out.flush();
      return;
    }
    Arrays.sort(all);
    out.printf("%nall queries: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, throughput %.0f queries/s (one thread)%n",
        pct(all, 50), pct(all, 95), pct(all, 99), 1000.0 / (Arrays.stream(all).sum() / all.length));
    out.flush();
  }

  /**
   * How close estimated facet counts come to the exact ones, for the queries of the mix whose counts were
   * estimated: over the five largest values of every dimension with at least 200 documents, the share
   * still listed and the mean and largest relative error of their counts.
   */
  static void estimateAccuracy(NewsBackend index, PrintWriter out) throws IOException {
    out.printf("%n| estimated facet counts against exact (top 5 values per dimension, >= 200 documents) | values | listed | mean error | largest error |%n|---|---|---|---|---|%n");
    for (String text : QUERIES) {
      dev.newsfacet.NewsQuery q = new NewsQueryParser().parse(text);
      SearchResult estimated = index.search(q);
      if (!estimated.facetCountsEstimated()) {
        continue;
      }
      SearchResult exact = index.search(q.withExactCounts());
      int values = 0;
      int listed = 0;
      double sum = 0;
      double worst = 0;
      for (dev.newsfacet.Facet f : exact.facets()) {
        Map<String, Long> got = new HashMap<>();
        estimated.facet(f.dimension()).values().forEach(v -> got.put(v.value(), v.count()));
        for (dev.newsfacet.FacetValue v : f.values().subList(0, Math.min(5, f.values().size()))) {
          if (v.count() < 200) {
            continue;
          }
          values++;
          Long e = got.get(v.value());
          if (e != null) {
            listed++;
            double err = Math.abs(e - v.count()) / (double) v.count();
            sum += err;
            worst = Math.max(worst, err);
          }
        }
      }
      out.printf("| `%s` | %d | %d | %.1f%% | %.1f%% |%n", text, values, listed, 100 * sum / Math.max(1, listed), 100 * worst);
    }
    out.flush();
  }

  /** Opens a backend for the backend comparison. */
  public interface Opener {
    NewsBackend open() throws IOException;
  }

  /**
   * The same JSON Lines file ingested end to end into each backend in turn, then the query mix on each:
   * what moving from the embedded index to a cluster costs or gains.
   */
  public static void compareBackends(Path reuters, int limit, Path work, Map<String, Opener> backends, PrintWriter out)
      throws IOException {
    Path input = work.resolve("articles.jsonl");
    long rawBytes = prepare(reuters, limit, input);
    out.printf("benchmark input: %,d articles (%.1f MB of text) in one JSON Lines file%n%n", limit, rawBytes / 1e6);
    Extractor warmUp = Extractor.createDefault();
    read(reuters, 500).forEach(warmUp::analyze); // the extractors compiled before either backend is timed
    for (Map.Entry<String, Opener> b : backends.entrySet()) {
      try (NewsBackend index = b.getValue().open()) {
        long t0 = System.nanoTime();
        IngestReport report = index.ingest(List.of(input), null, null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf("## %s (%s)%n%ningest, end to end (read, extract, write, commit): %,d articles in %.1f s, %,.0f articles/s, %.2f MB/s%n%n",
            b.getKey(), index.location(), report.added() + report.updated(), seconds,
            (report.added() + report.updated()) / seconds, rawBytes / 1e6 / seconds);
        latency(index, out);
        out.println();
      }
    }
  }

  static double pct(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
