package dev.newsfacet.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Verify an embedded index: Lucene's integrity check reads every segment and its checksums, "
        + "so a flipped bit or a truncated file is found. Changes nothing; exit status 1 when the index is damaged.",
        "Run it while no newsfacet process writes the index."})
final class CheckCommand implements Callable<Integer> {
  @Option(names = {"-i", "--index"}, paramLabel = "DIR",
      description = "The index directory (default: $NEWSFACET_INDEX, else $XDG_DATA_HOME/newsfacet/index, else ~/.local/share/newsfacet/index).")
  Path index;

  @Option(names = "--report", description = "Print Lucene's full report.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = index != null ? index : dev.newsfacet.NewsIndex.defaultLocation();
    if (!Files.isDirectory(dir)) {
      throw new dev.newsfacet.NewsfacetException("no index at " + dir);
    }
    try (Directory d = FSDirectory.open(dir); CheckIndex check = new CheckIndex(d)) {
      StringWriter report = new StringWriter();
      check.setInfoStream(new PrintStream(new ByteArrayOutputStream() {
        @Override
        public void flush() {
          report.write(toString(StandardCharsets.UTF_8));
          reset();
        }
      }, true, StandardCharsets.UTF_8));
      CheckIndex.Status status = check.checkIndex();
      if (verbose) {
        out.print(report);
      }
      if (status.clean) {
        long docs = status.segmentInfos.stream().mapToLong(si -> si.maxDoc).sum();
        out.printf("%s: clean (%d segments, %d Lucene documents)%n", dir, status.numSegments, docs);
        return Main.OK;
      }
      out.printf("%s: DAMAGED (%d of %d segments broken%s); restore the index from a copy, or move it aside and index again%n",
          dir, status.numBadSegments, status.numSegments, status.missingSegments ? ", commit point missing" : "");
      return Main.FAILED;
    } catch (LockObtainFailedException e) {
      throw new dev.newsfacet.NewsfacetException("the index at " + dir + " is being written; check it when the writer is done");
    }
  }
}
