package dev.newsfacet.dev;

import dev.newsfacet.NewsIndex;
import dev.newsfacet.cli.Main;
import dev.newsfacet.eval.IngestBenchmark;
import dev.newsfacet.opensearch.OpenSearchConfig;
import dev.newsfacet.opensearch.OpenSearchNewsIndex;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmark on the Reuters JSON Lines corpus: newsfacet's ingest against plain Lucene indexing, both "
        + "reading the same JSON Lines file in the same run (the ratio is the figure to compare across machines), "
        + "extraction per extractor, index size, peak heap, time to the first query, and query latency for a fixed mix.",
        "The input file holds the first N articles of the corpus; beyond its 105,359 articles the corpus is repeated "
        + "under new ids (ID#r1, ID#r2, ...). Run with NEWSFACET_JAVA_OPTS=-Xmx1g to measure within a 1 GB heap.",
        "Files and indexes go to a temporary folder that is deleted afterwards. Results belong in BENCHMARKS.md."})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--reuters", paramLabel = "DIR", description = "Folder of reuters-NN.jsonl.gz (default ../shared/corpora/reuters).")
  Path reuters;

  @Option(names = {"-n", "--articles"}, defaultValue = "20000", description = "How many articles (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--opensearch", paramLabel = "URL",
      description = "Instead of the benchmark above, compare backends: ingest the same file into a fresh embedded index "
          + "and into a fresh index on the OpenSearch cluster at URL (bin/opensearch-cluster start makes one), "
          + "then time the query mix on each.")
  String openSearch;

  @Option(names = "--write-input", paramLabel = "FILE",
      description = "Only write the benchmark's input (the first N articles, repeated under new ids past the corpus) "
          + "to FILE as JSON Lines and stop; index it with newsfacet index to keep a large index for --queries-on.")
  Path writeInput;

  @Option(names = "--queries-on", paramLabel = "INDEX",
      description = "Only time opening INDEX, the first query and the query mix on it (an index built earlier, "
          + "e.g. from a --write-input file); nothing is ingested.")
  Path queriesOn;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (queriesOn != null) {
      if (!Files.isDirectory(queriesOn)) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no index at " + queriesOn);
      }
      out.printf("newsfacet bench: queries on %s, %d cores, max heap %d MB, Java %s%n", queriesOn,
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
      IngestBenchmark.queries(queriesOn, out);
      return Main.OK;
    }
    Path dir = EvalCommand.corpus(reuters, "reuters", "--reuters");
    if (writeInput != null) {
      long bytes = IngestBenchmark.prepare(dir, articles, writeInput);
      out.printf("wrote %,d articles (%.1f MB of text) to %s%n", articles, bytes / 1e6, writeInput);
      return Main.OK;
    }
    Path work = Files.createTempDirectory("newsfacet-bench");
    try {
      out.printf("newsfacet bench: %s, %d cores, max heap %d MB, Java %s%n", dir, Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
      if (openSearch == null) {
        IngestBenchmark.run(dir, articles, work, out);
      } else {
        OpenSearchConfig config = OpenSearchConfig.of(openSearch).withIndex("newsfacet-bench");
        try (OpenSearchNewsIndex old = OpenSearchNewsIndex.open(config)) {
          old.deleteIndex(); // a fresh index each run
        }
        Map<String, IngestBenchmark.Opener> backends = new LinkedHashMap<>();
        backends.put("embedded", () -> NewsIndex.open(work.resolve("embedded")));
        backends.put("opensearch", () -> OpenSearchNewsIndex.open(config));
        try {
          IngestBenchmark.compareBackends(dir, articles, work, backends, out);
        } finally {
          try (OpenSearchNewsIndex done = OpenSearchNewsIndex.open(config)) {
            done.deleteIndex();
          }
        }
      }
    } finally {
      try (var paths = Files.walk(work)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return Main.OK;
  }
}
