package dev.newsfacet.cli;

import dev.newsfacet.eval.IngestBenchmark;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = EvalCommand.corpus(reuters, "reuters", "--reuters");
    Path work = Files.createTempDirectory("newsfacet-bench");
    try {
      out.printf("newsfacet bench: %s, %d cores, max heap %d MB, Java %s%n", dir, Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
      IngestBenchmark.run(dir, articles, work, out);
    } finally {
      try (var paths = Files.walk(work)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return Main.OK;
  }
}
