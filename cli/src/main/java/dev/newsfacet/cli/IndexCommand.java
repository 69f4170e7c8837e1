package dev.newsfacet.cli;

import dev.newsfacet.IngestProgress;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsBackend;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Extract and index articles from files and directories.", "",
        "Formats: .txt (headline on the first line), .json (an object or an array of objects), "
            + ".jsonl / .ndjson, and either compressed as .gz. Directories are read recursively.",
        "Record fields: id, title, body (required), source, url, author, published, language.",
        "Metadata also comes from NAME.meta.json beside a file and manifest.json in a directory "
            + "(a JSON array of objects with a \"file\" name); the record wins, then the sidecar, "
            + "then the manifest, then --source/--published.",
        "An article indexed again (same id: the given id, else the URL, else a hash of the text) "
            + "replaces the earlier version.",
        "Bad files, lines and records are skipped with a message naming file and line; the exit "
            + "status is then 1."})
final class IndexCommand implements Callable<Integer> {
  @Mixin IndexOptions indexOptions;
  @Mixin IndexOptions.Creation creation;
  @Mixin MetadataOptions metadata;

  @Option(names = "--json", description = "Print the summary as JSON.")
  boolean json;

  @Option(names = "--no-progress", description = "No progress line (articles, rate, share read, time left); "
      + "it is shown only on a terminal anyway.")
  boolean noProgress;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to index.")
  List<Path> paths;

  @Option(names = "--include", paramLabel = "GLOB", description = "In directories, read only files whose name or "
      + "path below the directory matches (e.g. '*.jsonl.gz', 'world/**'); may be repeated.")
  List<String> include = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB", description = "In directories, leave out files whose name or path "
      + "below the directory matches (e.g. 'README*', 'drafts/**'); may be repeated; wins over --include.")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--verbose-duplicates", description = "List the articles that came twice in this run (by id).")
  boolean listDuplicates;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    IngestReport report;
    String where;
    boolean showProgress = !noProgress && System.console() != null;
    Consumer<IngestProgress> progress = !showProgress ? null : p -> {
      StringBuilder line = new StringBuilder(String.format("\r\033[K%,d articles indexed, %,.0f/s",
          p.articles(), p.articlesPerSecond()));
      if (p.bytesTotal() > 0) {
        line.append(String.format(", %.0f%% read", Math.min(100.0, 100.0 * p.bytesRead() / p.bytesTotal())));
      }
      p.remaining().ifPresent(left -> line.append(", about ").append(duration(left)).append(" left"));
      err.print(line);
      err.flush();
    };
    try (NewsBackend index = creation.applyTo(indexOptions).openForWriting()) {
      where = index.location();
      report = index.ingest(paths, metadata.defaults(), filter(), p -> {
        if (showProgress) {
          err.print("\r\033[K");
        }
        err.println(Output.safe(String.valueOf(p)));
      }, progress);
    }
    if (showProgress) {
      err.print("\r\033[K");
      err.flush();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (json) {
      out.println(Json.write(Json.MAPPER.createObjectNode()
          .put("index", where)
          .put("added", report.added()).put("updated", report.updated()).put("duplicates", report.duplicates())
          .put("skipped", report.skipped()).put("warnings", report.warnings())
          .put("seconds", Math.round(seconds * 1000) / 1000.0)));
    } else {
      out.printf("%s: added %d, updated %d%s, skipped %d%s in %.1f s%n", where, report.added(), report.updated(),
          report.duplicates() > 0 ? ", duplicates in this run " + report.duplicates()
              + (listDuplicates ? "" : " (--verbose-duplicates lists them)") : "",
          report.skipped(), report.warnings() > 0 ? ", warnings " + report.warnings() : "", seconds);
      if (listDuplicates) {
        report.duplicateIds().forEach(d -> out.println("  duplicate: " + Output.safe(d)));
      }
    }
    return report.skipped() > 0 ? Main.FAILED : Main.OK;
  }

  /** The --include / --exclude globs as a filter on paths relative to a walked directory. */
  private Predicate<Path> filter() {
    List<PathMatcher> in = include.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    List<PathMatcher> out = exclude.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    return p -> {
      Predicate<PathMatcher> hits = m -> m.matches(p) || m.matches(p.getFileName());
      return out.stream().noneMatch(hits) && (in.isEmpty() || in.stream().anyMatch(hits));
    };
  }

  private static String duration(Duration d) {
    long s = Math.max(1, d.toSeconds());
    return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min " + (s % 60) + " s" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
  }
}
