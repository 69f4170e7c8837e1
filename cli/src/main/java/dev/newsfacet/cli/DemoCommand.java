package dev.newsfacet.cli;

import dev.newsfacet.IndexFormatException;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsBackend;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Index the test articles into the index (the default one unless --index is given) "
        + "and run example queries on it.",
        "Running it again updates the same articles rather than adding copies."})
final class DemoCommand implements Callable<Integer> {
  /** The queries the demo runs; the README shows their output. */
  static final List<String> QUERIES = List.of(
      "statements by Orban",
      "mentions of Alaska summit",
      "statements by Putin",
      "statements by the Kremlin",
      "what did Trump say about Tomahawks",
      "speaker:trump kind:direct source:ndtv limit:3");

  @Mixin IndexOptions indexOptions;
  @Mixin IndexOptions.Creation creation;

  @Option(names = "--data", paramLabel = "DIR",
      description = "The articles to index (default: testdata/ of the newsfacet checkout).")
  Path data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path articles = data != null ? data : defaultData();
    try (NewsBackend index = openDemoIndex(err)) {
      IngestReport report = index.ingest(List.of(articles), null, p -> err.println(Output.safe(String.valueOf(p))));
      out.printf("Indexed %s into %s: added %d, updated %d, skipped %d%n", articles, index.location(),
          report.added(), report.updated(), report.skipped());
      Output output = new Output(out, Output.isTerminal());
      for (String q : QUERIES) {
        out.println();
        out.println("=".repeat(78));
        out.println("newsfacet search \"" + q + "\"");
        out.println("=".repeat(78));
        output.result(index.search(q), true);
      }
      return report.skipped() > 0 ? Main.FAILED : Main.OK;
    }
  }

  /**
   * The index to demonstrate on. An embedded index written by an older newsfacet cannot be read; the demo
   * moves it aside (never deletes it: it may hold the user's own articles) and builds a new one.
   */
  private NewsBackend openDemoIndex(PrintWriter err) throws IOException {
    try {
      return creation.applyTo(indexOptions).openForWriting();
    } catch (IndexFormatException e) {
      if (!indexOptions.isEmbedded()) {
        throw e;
      }
      Path old = indexOptions.location();
      Path aside = old.resolveSibling(old.getFileName() + ".old-"
          + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
      Files.move(old, aside);
      err.println("newsfacet demo: " + e.getMessage().replace(": delete it and index the articles again", "")
          + "; moved it to " + aside + " (delete that when you no longer need it) and building a new index");
      return creation.applyTo(indexOptions).openForWriting();
    }
  }

  private static Path defaultData() {
    String home = System.getenv("NEWSFACET_HOME");
    Path candidate = home != null ? Path.of(home, "testdata") : Path.of("testdata");
    if (!Files.isDirectory(candidate)) {
      throw new dev.newsfacet.NewsfacetException("no test articles at " + candidate.toAbsolutePath()
          + ": pass --data DIR, or run from the newsfacet checkout");
    }
    return candidate;
  }
}
