package dev.newsfacet.eval;

import dev.newsfacet.NewsIndex;
import dev.newsfacet.SearchResult;
import dev.newsfacet.extract.DateExtractor;
import dev.newsfacet.extract.Extractor;
import dev.newsfacet.extract.RuleBasedDateExtractor;
import dev.newsfacet.extract.RuleBasedEntityExtractor;
import dev.newsfacet.extract.RuleBasedStatementExtractor;
import dev.newsfacet.ingest.ArticleSource;
import dev.newsfacet.ingest.IngestListener;
import dev.newsfacet.ingest.IngestProblem;
import dev.newsfacet.model.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

  public static void run(Path reuters, int limit, Path work, PrintWriter out) throws IOException {
    long t0 = System.nanoTime();
    List<Article> articles = read(reuters, limit);
    double readSeconds = (System.nanoTime() - t0) / 1e9;
    long rawBytes = 0;
    for (Article a : articles) {
      rawBytes += a.text().getBytes(StandardCharsets.UTF_8).length;
    }
    double mb = rawBytes / 1e6;
    out.printf("articles: %,d (%.1f MB of text), read in %.1f s%n%n", articles.size(), mb, readSeconds);

    // warm both paths up on a few hundred articles so neither pays the JIT alone
    List<Article> warm = articles.subList(0, Math.min(500, articles.size()));
    plain(work.resolve("warm-plain"), warm);
    try (NewsIndex index = NewsIndex.open(work.resolve("warm-full"))) {
      index.addAll(warm);
    }

    // plain Lucene: title and body with StandardAnalyzer, updated by id, one commit
    Path plainDir = work.resolve("plain");
    long p0 = System.nanoTime();
    plain(plainDir, articles);
    double plainSeconds = (System.nanoTime() - p0) / 1e9;


    // full pipeline: extraction on every core, the newsfacet schema, commit
    Path fullDir = work.resolve("full");
    long peak;
    long f0 = System.nanoTime();
    try (PeakHeap heap = new PeakHeap(); NewsIndex index = NewsIndex.open(fullDir)) {
      for (int from = 0; from < articles.size(); from += 2048) {
        index.addAll(articles.subList(from, Math.min(articles.size(), from + 2048)));
      }
      index.commit();
      peak = heap.peak();
    }
    double fullSeconds = (System.nanoTime() - f0) / 1e9;

    out.println("| ingest (read excluded) | seconds | articles/s | MB/s |");
    out.println("|---|---|---|---|");
    out.printf("| plain Lucene (StandardAnalyzer, title + body, all cores) | %.1f | %,.0f | %.2f |%n", plainSeconds,
        articles.size() / plainSeconds, mb / plainSeconds);
    out.printf("| newsfacet full pipeline (extract + index + commit, all cores) | %.1f | %,.0f | %.2f |%n", fullSeconds,
        articles.size() / fullSeconds, mb / fullSeconds);
    out.printf("%nratio full / plain (throughput): %.3f%n", plainSeconds / fullSeconds);
    out.printf("index size: newsfacet %.1f MB (%.2f x raw text), plain Lucene %.1f MB%n", size(fullDir) / 1e6,
        size(fullDir) / (double) rawBytes, size(plainDir) / 1e6);
    out.printf("peak heap during the newsfacet ingest: %.0f MB (max heap %.0f MB)%n%n", peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);

    extraction(articles.subList(0, Math.min(2000, articles.size())), out);
    queries(fullDir, out);
  }

  /** Plain Lucene: title and body with StandardAnalyzer, updated by id, one commit; as many threads as cores. */
  static void plain(Path dirPath, List<Article> articles) throws IOException {
    try (FSDirectory dir = FSDirectory.open(dirPath);
         IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
      articles.parallelStream().forEach(a -> {
        Document d = new Document();
        d.add(new KeywordField("id", a.id(), Field.Store.YES));
        d.add(new TextField("title", a.title(), Field.Store.YES));
        d.add(new TextField("body", a.text(), Field.Store.YES));
        try {
          w.updateDocument(new Term("id", a.id()), d);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
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
    List<List<dev.newsfacet.model.EntityMention>> found = new ArrayList<>();
    for (Article a : sample) {
      found.add(entities.extract(a.text()));
    }
    double e = (System.nanoTime() - e0) / 1e9;
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
    out.printf("| entities | %,.0f |%n| statements (given entities) | %,.0f |%n| dates | %,.0f |%n| whole pipeline | %,.0f |%n%n",
        sample.size() / e, sample.size() / s, sample.size() / d, sample.size() / whole);
  }

  /** Opening time, the first query, then latency percentiles over the mix. */
  static void queries(Path indexDir, PrintWriter out) throws IOException {
    long o0 = System.nanoTime();
    try (NewsIndex index = NewsIndex.openReadOnly(indexDir)) {
      double open = (System.nanoTime() - o0) / 1e6;
      long q0 = System.nanoTime();
      index.search(QUERIES.get(0));
      double first = (System.nanoTime() - q0) / 1e6;
      out.printf("open the index: %.0f ms; first query: %.0f ms%n%n", open, first);
      for (int i = 0; i < 3; i++) {
        for (String q : QUERIES) {
          index.search(q);
        }
      }
      int rounds = 30;
      double[] all = new double[rounds * QUERIES.size()];
      int n = 0;
      out.println("| query (facets and highlights included) | hits | p50 ms | p99 ms |");
      out.println("|---|---|---|---|");
      for (String q : QUERIES) {
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
      Arrays.sort(all);
      out.printf("%nall queries: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, throughput %.0f queries/s (one thread)%n",
          pct(all, 50), pct(all, 95), pct(all, 99), 1000.0 / (Arrays.stream(all).sum() / all.length));
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
