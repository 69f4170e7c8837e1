package dev.newsfacet.cli;

import dev.newsfacet.NewsIndex;
import dev.newsfacet.NewsfacetException;
import dev.newsfacet.model.AnalyzedArticle;
import dev.newsfacet.model.DateMention;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import dev.newsfacet.model.Statement;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true,
    description = {"Print one article of the index by its id (the id a search hit shows), its people, places, "
        + "organisations and events marked in the text, then its statements and dates.",
        "--json prints it in the extraction contract (README, \"Extraction output\")."})
final class ShowCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID", description = "The article's id, e.g. sha256:1e6bb3d0050b4189 or the id of a JSON record.")
  String id;

  @Option(names = {"-i", "--index"}, paramLabel = "DIR",
      description = "The index directory (default: $NEWSFACET_INDEX, else $XDG_DATA_HOME/newsfacet/index, else ~/.local/share/newsfacet/index).")
  Path index;

  @Option(names = "--json", description = "Print as JSON.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (NewsIndex i = NewsIndex.openReadOnly(index != null ? index : NewsIndex.defaultLocation())) {
      AnalyzedArticle a = i.article(id).orElseThrow(() -> new NewsfacetException("no article with id " + id
          + " in " + i.location() + " (ids are shown with each search hit; --json shows them as articleId)"));
      if (json) {
        out.println(Json.write(Json.extraction(a)));
        return Main.OK;
      }
      out.println(Output.safe(a.article().title()));
      out.printf("%s%s%s%n", a.article().source() == null ? "(source unknown)" : Output.safe(a.article().source()),
          a.article().published() == null ? "" : ", " + a.article().published(),
          a.article().url() == null ? "" : ", " + Output.safe(a.article().url()));
      if (a.article().author() != null) {
        out.printf("by %s%n", Output.safe(a.article().author()));
      }
      out.println();
      if (a.article().origin() != null) {
        out.printf("read from %s%n%n", Output.safe(a.article().origin()));
      }
      out.println(marked(a));
      out.println();
      out.printf("Statements (%d):%n", a.statements().size());
      for (Statement s : a.statements()) {
        out.printf("  %s — %s%s: \"%s\" [%d-%d]%n", s.speaker() == null ? "(unknown speaker)"
            : Output.safe(s.speaker().canonical() != null ? s.speaker().canonical() : s.speaker().text()),
            s.cue() == null ? "" : Output.oneLine(s.cue().text()) + ", ", s.kind().name().toLowerCase(Locale.ROOT),
            Output.oneLine(s.text()), s.start(), s.end());
      }
      out.printf("Dates (%d):%n", a.dates().size());
      for (DateMention d : a.dates()) {
        out.printf("  %s = %s (%s) [%d-%d]%n", Output.oneLine(d.text()), d.value(), d.type(), d.start(), d.end());
      }
    }
    return Main.OK;
  }

  /** The text with each outermost entity mention as [text|TYPE canonical]. */
  private static String marked(AnalyzedArticle a) {
    String text = a.article().text();
    StringBuilder sb = new StringBuilder(text.length() + a.entities().size() * 16);
    int at = 0;
    for (EntityMention m : a.entities()) {
      if (m.type() == EntityType.OTHER || m.start() < at) {
        continue;
      }
      sb.append(Output.safe(text.substring(at, m.start())));
      sb.append('[').append(Output.safe(m.text())).append('|').append(m.type().name().toLowerCase(Locale.ROOT));
      if (!m.canonical().equals(m.text())) {
        sb.append(' ').append(Output.safe(m.canonical()));
      }
      sb.append(']');
      at = m.end();
    }
    sb.append(Output.safe(text.substring(at)));
    return sb.toString();
  }
}
