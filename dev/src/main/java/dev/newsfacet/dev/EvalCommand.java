package dev.newsfacet.dev;

import dev.newsfacet.NewsfacetException;
import dev.newsfacet.cli.Extractors;
import dev.newsfacet.cli.Main;
import dev.newsfacet.eval.Conll;
import dev.newsfacet.eval.DateEvaluation;
import dev.newsfacet.eval.EntityEvaluation;
import dev.newsfacet.eval.Polnear;
import dev.newsfacet.eval.Prf;
import dev.newsfacet.eval.QuoteEvaluation;
import dev.newsfacet.eval.Report;
import dev.newsfacet.eval.SameStatementEvaluation;
import dev.newsfacet.eval.SameStoryEvaluation;
import dev.newsfacet.eval.Scoring;
import dev.newsfacet.eval.TimeMl;
import dev.newsfacet.extract.EntityModels;
import dev.newsfacet.extract.Extractor;
import dev.newsfacet.index.StoryTerms;
import dev.newsfacet.index.Wording;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Measure extraction quality on annotated corpora (not shipped with newsfacet; by default "
        + "looked for in ../shared/corpora beside the checkout)."},
    subcommands = {EvalCommand.Quotes.class, EvalCommand.Entities.class, EvalCommand.Dates.class,
        EvalCommand.Groups.class, EvalCommand.Stories.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A CoNLL-2003 file: the one given with {@code option}, else {@code file} (eng.train, eng.testa) of the corpus. */
  static Path conllFile(Path given, String option, String file) {
    return given != null ? corpus(given, "conll2003", option) : corpus(null, "conll2003", option).resolve(file);
  }

  /** A corpus path given, or the default under ../shared/corpora; absent is one clear error. */
  static Path corpus(Path given, String name, String option) {
    if (given != null) {
      if (!Files.exists(given)) {
        throw new NewsfacetException(given + " does not exist: pass " + option + " with the " + name + " location");
      }
      return given;
    }
    String home = System.getenv("NEWSFACET_HOME");
    for (Path base : List.of(Path.of(home == null ? "." : home).resolve("../shared/corpora"), Path.of("../shared/corpora"),
        Path.of("../../shared/corpora"))) {
      Path candidate = base.resolve(name).normalize();
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new NewsfacetException(name + " not found under ../shared/corpora: it is not shipped with newsfacet; pass "
        + option + " PATH");
  }

  /**
   * The one shape of every scoring command: warm up, run, print the heading, the table and the speed, then
   * the error listing when asked for.
   */
  static <D> void score(PrintWriter out, List<D> docs, Extractor extractor, Scoring<D> scoring, int warmUpDocuments,
      boolean errors, Function<Report, String> heading) {
    StringWriter listing = new StringWriter();
    Report r = scoring.measured(docs, extractor, warmUpDocuments, errors ? new PrintWriter(listing) : null);
    out.printf("%s%n%n", heading.apply(r));
    header(out);
    for (Map.Entry<String, Prf> e : r.figures().entrySet()) {
      double[] averaged = r.averaged().get(e.getKey());
      Prf p = e.getValue();
      if (averaged != null) {
        row(out, e.getKey(), averaged[0], averaged[1], averaged[2]);
      } else if (e.getKey().endsWith("accuracy")) {
        out.printf("| %-44s | %21s |%n", e.getKey(), String.format("%.3f (%d/%d)", p.precision(), p.correct(), p.predicted()));
      } else {
        row(out, e.getKey(), p.precision(), p.recall(), p.f1());
      }
    }
    out.printf("%nspeed: %.0f %s/s (one thread, the whole extraction pipeline, after warm-up)%n", r.perSecond(), r.unit());
    if (errors) {
      out.println();
      out.print(listing);
    }
  }

  static void row(PrintWriter out, String name, double p, double r, double f) {
    out.printf("| %-44s | %5.3f | %5.3f | %5.3f |%n", name, p, r, f);
  }

  static void header(PrintWriter out) {
    out.printf("| %-44s | %5s | %5s | %5s |%n", "figure", "P", "R", "F1");
    out.printf("|%s|-------|-------|-------|%n", "-".repeat(46));
  }

  @Command(name = "quotes", mixinStandardHelpOptions = true,
      description = {"Score statement extraction on PolNeAR: content (exact, overlap), source (alone and end to end), "
          + "cue, split by direct and indirect, and speed."})
  static final class Quotes implements Callable<Integer> {
    @Option(names = "--polnear", paramLabel = "DIR", description = "PolNeAR root (holding data/).")
    Path polnear;

    @Option(names = "--split", defaultValue = "dev", description = "train or dev (default ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--errors", description = "List missed, spurious and misattributed items after the table, one per line: article, kind, source and cue, content, and the text around it with the content between ⟦ ⟧.")
    boolean errors;

    @Option(names = "--attribution-model", paramLabel = "DIR", description = "An attribution model (train attribution --out DIR) to score with the rules; without it, the shipped models artifact's if it holds one (this release's does not).")
    Path attributionModel;

    @Option(names = "--rules-only", description = "Score the statement rules alone, without the attribution model (entities still from the tagger).")
    boolean rulesOnly;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Path root = corpus(polnear, "polnear", "--polnear");
      List<Polnear.Document> docs = Polnear.read(root, split);
      Extractor extractor = Extractors.withAttributionModel(attributionModel, rulesOnly);
      score(out, docs, extractor, QuoteEvaluation::run, 500, errors, r -> String.format(
          "PolNeAR %s: %d articles, %d gold attributions; statements: %s", split, docs.size(),
          docs.stream().mapToInt(d -> d.attributions().size()).sum(), extractor.attributionModelDescription()));
      return Main.OK;
    }
  }

  @Command(name = "entities", mixinStandardHelpOptions = true,
      description = "Score PER, LOC and ORG recognition on CoNLL-2003 (exact spans; MISC not scored), and speed.")
  static final class Entities implements Callable<Integer> {
    @Option(names = "--conll", paramLabel = "FILE", description = "A CoNLL-2003 file (default: conll2003/eng.testa).")
    Path conll;

    @Option(names = "--errors", description = "List misses and false alarms after the table; each false alarm "
        + "names the step that made it (model, rules:lexicon, rules:heading, …).")
    boolean errors;

    @Option(names = "--model", paramLabel = "FILE", description = "A tagger model of your own (train ner --out); default the shipped one.")
    Path model;

    @Option(names = "--clusters", paramLabel = "FILE", description = "The word clusters that model was trained with; default the shipped ones.")
    Path clusters;

    @Option(names = "--rules-only", description = "Score the rules alone, without the tagger.")
    boolean rulesOnly;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Path file = conllFile(conll, "--conll", "eng.testa");
      List<Conll.Document> docs = Conll.read(file);
      Extractor extractor = rulesOnly ? Extractor.rulesOnly() : model != null
          ? Extractor.withEntityModels(EntityModels.fromFiles(model, clusters)) : Extractor.createDefault();
      score(out, docs, extractor, EntityEvaluation::run, docs.size(), errors, r -> String.format(
          "CoNLL-2003 %s: %d documents, %d tokens; entities: %s", file.getFileName(), docs.size(), r.items(),
          extractor.entityModelDescription()));
      return Main.OK;
    }
  }

  @Command(name = "dates", mixinStandardHelpOptions = true,
      description = "Score temporal expressions on TimeML (TempEval-3): relaxed and strict spans, type accuracy, values.")
  static final class Dates implements Callable<Integer> {
    @Option(names = "--timeml", paramLabel = "PATH", description = "TimeML files or directories (default: "
        + "tempeval3/TimeBank and tempeval3/AQUAINT).")
    List<Path> timeml;

    @Option(names = "--errors", description = "List misses, wrong values and spurious items after the table.")
    boolean errors;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      List<Path> paths = timeml != null ? timeml.stream().map(p -> corpus(p, "tempeval3", "--timeml")).toList()
          : List.of(corpus(null, "tempeval3", "--timeml").resolve("TimeBank"), corpus(null, "tempeval3", "--timeml").resolve("AQUAINT"));
      List<TimeMl.Document> docs = TimeMl.read(paths);
      score(out, docs, Extractor.createDefault(), DateEvaluation::run, docs.size(), errors, r -> String.format(
          "TimeML: %d documents, %d TIMEX3 (creation times excluded)", docs.size(),
          docs.stream().mapToInt(d -> d.timexes().size()).sum()));
      return Main.OK;
    }
  }

  @Command(name = "groups", mixinStandardHelpOptions = true,
      description = {"Score the grouping of near-identical statements (one statement as several outlets word it) "
          + "on hand-labelled pairs of BBC and Reuters statements: precision and recall of \"same statement\".",
          "The pairs (testdata/groups/same-statement-pairs.tsv, the rule chosen on them; "
              + "--pairs testdata/groups/same-statement-pairs-heldout.tsv, drawn after it was fixed) are ids and "
              + "offsets; the articles are read from the corpora and extracted again."})
  static final class Groups implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    PairsOptions input = new PairsOptions("testdata/groups/same-statement-pairs.tsv");

    @Option(names = "--errors", description = "List the pairs the rule gets wrong (ids and offsets), with their similarity.")
    boolean errors;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Path file = input.file();
      Path root = input.corpora();
      List<SameStatementEvaluation.Pair> labelled = SameStatementEvaluation.read(file);
      var r = SameStatementEvaluation.run(labelled, root, Extractor.createDefault());
      out.printf("%d labelled pairs (%d same, %d different), %d not found again (extraction changed)%n%n", labelled.size(),
          labelled.stream().filter(SameStatementEvaluation.Pair::same).count(),
          labelled.stream().filter(p -> !p.same()).count(), r.missing());
      out.printf("| rule | same, found | same, missed | different, grouped | precision | recall |%n|---|---|---|---|---|---|%n");
      out.printf("| %d%% of the shorter's words in order (%d%% for a fragment) or %d in a row, numbers kept, %d days | %d | %d | %d | %.3f | %.3f |%n",
          Wording.SAME_PERCENT, Wording.FRAGMENT_SAME_PERCENT,
          Wording.SHARED_RUN, Wording.DAYS_APART, r.count(true, true),
          r.count(false, true), r.count(true, false),
          r.precision(), r.recall());
      double[] b = r.baseline();
      out.printf("| baseline: 3-word shingle containment >= %.1f, same guards | %.0f | %.0f | %.0f | %.3f | %.3f |%n",
          SameStatementEvaluation.SHINGLE_BASELINE, b[0], b[1], b[2], b[3], b[4]);
      out.printf("%nsame pairs that share enough candidate keys to be compared at all: %d of %d%n", r.candidates(),
          r.count(true, true) + r.count(false, true));
      if (errors) {
        out.println();
        for (var s : r.pairs()) {
          if (s.decided() == null || s.decided() != s.pair().same()) {
            var p = s.pair();
            out.printf("%s %s %s[%d-%d] ~ %s[%d-%d] similarity %.2f%n", s.decided() == null ? "NOT FOUND" : p.same() ? "MISSED" : "WRONGLY GROUPED",
                p.file(), p.articleA(), p.startA(), p.endA(), p.articleB(), p.startB(), p.endB(), s.similarity());
          }
        }
      }
      return Main.OK;
    }
  }

  @Command(name = "stories", mixinStandardHelpOptions = true,
      description = {"Score the grouping of articles into stories on hand-labelled pairs of BBC and Reuters "
          + "articles: precision and recall of \"same story\", on the half the rule was tuned on and on the other.",
          "The pairs (testdata/groups/same-story-pairs.tsv) are article ids; the articles are read from the corpora."})
  static final class Stories implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    PairsOptions input = new PairsOptions("testdata/groups/same-story-pairs.tsv");

    @Option(names = "--errors", description = "List the pairs the rule gets wrong, with their cosine.")
    boolean errors;

    @Option(names = "--all-pairs", description = "List every pair with its label, half and cosine (to choose a threshold on the tune half).")
    boolean allPairs;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Path file = input.file();
      Path root = input.corpora();
      var labelled = SameStoryEvaluation.read(file);
      var r = SameStoryEvaluation.run(labelled, root);
      out.printf("%d labelled pairs (%d same), %d not found again%n%n", labelled.size(),
          labelled.stream().filter(SameStoryEvaluation.Pair::same).count(), r.missing());
      out.printf("| pairs | same, found | same, missed | different, grouped | precision | recall |%n|---|---|---|---|---|---|%n");
      for (var half : new Object[][] {{"tune (the threshold was chosen here)", Boolean.FALSE}, {"test", Boolean.TRUE}, {"all", null}}) {
        var f = r.figures((Boolean) half[1]);
        out.printf("| %s | %d | %d | %d | %.3f | %.3f |%n", half[0], f.found(), f.missed(), f.wrong(), f.precision(), f.recall());
      }
      out.printf("%nrule: cosine of the %d heaviest words of the first %d >= %.2f, dated articles at most %d days apart%n",
          StoryTerms.TERMS, StoryTerms.WORDS,
          StoryTerms.SAME_STORY_PERCENT / 100.0, StoryTerms.DAYS_APART);
      if (errors || allPairs) {
        out.println();
        for (var s : r.pairs()) {
          if (allPairs || s.decided() == null || s.decided() != s.pair().same()) {
            var p = s.pair();
            out.printf("%s %s %s %s ~ %s cosine %.3f%n", p.test() ? "test" : "tune",
                s.decided() == null ? "NOT FOUND" : s.decided() == p.same() ? (p.same() ? "same" : "different")
                    : p.same() ? "MISSED" : "WRONGLY JOINED",
                p.file(), p.articleA(), p.articleB(), s.cosine());
          }
        }
      }
      return Main.OK;
    }
  }

  /** The labelled pairs and the corpora they point into, for the grouping evaluations. */
  static final class PairsOptions {
    private final String defaultPairs;

    @Option(names = "--pairs", paramLabel = "FILE",
        description = "Labelled pairs (default: this evaluation's file under testdata/groups/ of the checkout).")
    Path pairs;

    @Option(names = "--corpora", paramLabel = "DIR", description = "The corpora root holding bbc/ and reuters/ (default: ../shared/corpora).")
    Path corpora;

    PairsOptions(String defaultPairs) {
      this.defaultPairs = defaultPairs;
    }

    Path file() {
      if (pairs != null) {
        return pairs;
      }
      String home = System.getenv("NEWSFACET_HOME");
      for (Path base : List.of(Path.of(home == null ? "." : home), Path.of("."))) {
        Path candidate = base.resolve(defaultPairs);
        if (Files.exists(candidate)) {
          return candidate;
        }
      }
      throw new NewsfacetException(defaultPairs + " not found: run from the checkout or pass --pairs FILE");
    }

    Path corpora() {
      return corpora != null ? corpus(corpora, "corpora", "--corpora") : corpus(null, "bbc", "--corpora").getParent();
    }
  }
}
