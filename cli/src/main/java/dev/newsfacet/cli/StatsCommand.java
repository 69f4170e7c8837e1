package dev.newsfacet.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsfacet.Facet;
import dev.newsfacet.IndexStats;
import dev.newsfacet.NewsBackend;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Show what the index holds: article and statement counts and the largest facet values.")
final class StatsCommand implements Callable<Integer> {
  @Mixin IndexOptions indexOptions;

  @Option(names = "--json", description = "Print as JSON.")
  boolean json;

  @Option(names = "--facet-values", paramLabel = "N", defaultValue = "10",
      description = "How many values of each facet to list (default ${DEFAULT-VALUE}, at most 1000).")
  int facetValues;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (NewsBackend index = indexOptions.openForReading()) {
      if (facetValues < 1 || facetValues > dev.newsfacet.NewsQuery.MAX_FACET_VALUES) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--facet-values must be between 1 and " + dev.newsfacet.NewsQuery.MAX_FACET_VALUES);
      }
      IndexStats stats = index.stats(facetValues == 10 ? 0 : facetValues);
      if (json) {
        out.println(Json.write(Json.MAPPER.createObjectNode().put("index", index.location())
            .setAll((ObjectNode) Json.MAPPER.valueToTree(stats))));
      } else {
        out.printf("%s: %d articles, %d statements%n", index.location(), stats.articles(), stats.statements());
        for (Facet f : stats.facets()) {
          // speaker, speaker_kind and kind count statements; the other dimensions count articles
          boolean ofStatements = f.dimension().startsWith("speaker") || f.dimension().equals("kind");
          out.printf("  %-16s %-11s %s%n", f.dimension(), ofStatements ? "statements" : "articles", f.values().stream()
              .map(v -> Output.safe(v.value()) + " (" + v.count() + ")").collect(Collectors.joining(", ")));
        }
      }
    }
    return Main.OK;
  }
}
