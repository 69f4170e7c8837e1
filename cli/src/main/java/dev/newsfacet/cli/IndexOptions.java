package dev.newsfacet.cli;

import dev.newsfacet.NewsIndex;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --index option shared by the commands that use an index. */
final class IndexOptions {
  @Option(names = {"-i", "--index"}, paramLabel = "DIR",
      description = "The index directory (default: $NEWSFACET_INDEX, else $XDG_DATA_HOME/newsfacet/index, "
          + "else ~/.local/share/newsfacet/index).")
  Path index;

  Path location() {
    return index != null ? index : NewsIndex.defaultLocation();
  }
}
