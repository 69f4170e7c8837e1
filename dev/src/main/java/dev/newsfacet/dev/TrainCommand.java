package dev.newsfacet.dev;

import dev.newsfacet.cli.Main;
import dev.newsfacet.eval.EntityTyperTrainer;
import dev.newsfacet.eval.Gum;
import dev.newsfacet.eval.OrdinaryWords;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the statistical parts of the extractor: the entity tagger (CoNLL-2003 train), its word clusters (unlabelled Reuters news), the attribution model (CoNLL-2003 and PolNeAR train; not shipped) and the word typer and ordinary words (GUM); seeded, so the same data gives the same files.",
    subcommands = {NerTrainCommand.class, AttributionTrainCommand.class, ClustersCommand.class, TrainCommand.EntityTyperCommand.class, TrainCommand.OrdinaryWordsCommand.class})
final class TrainCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The training data both subcommands read: GUM's CC-BY genres. */
  static final class GumInput {
    @Option(names = "--gum", paramLabel = "DIR", description = "GUM root (holding tsv/); default ../shared/corpora/gum.")
    Path gum;

    List<Gum.Document> documents() throws IOException {
      return Gum.read(EvalCommand.corpus(gum, "gum", "--gum"), Gum.CC_BY_GENRES);
    }
  }

  /** Creates the output file's folder, then writes it. */
  static Writer create(Path out) throws IOException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }

  @Command(name = "entity-typer", mixinStandardHelpOptions = true,
      description = {"Train the typer for capitalised words the rules cannot place, on GUM's CC-BY genres "
          + "(news, interview, academic, court), and write the model the extractor loads.",
          "Ship it by writing to core/src/main/resources/dev/newsfacet/extract/entity-typer.model."})
  static final class EntityTyperCommand implements Callable<Integer> {
    @Mixin GumInput input;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model.")
    Path out;

    @Option(names = "--epochs", defaultValue = "10", description = "Training passes (default ${DEFAULT-VALUE}).")
    int epochs;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter o = spec.commandLine().getOut();
      List<Gum.Document> docs = input.documents();
      // a tenth of the documents held out, to report how well the model generalises
      List<Gum.Document> heldOut = docs.stream().filter(d -> Math.floorMod(d.name().hashCode(), 10) == 0).toList();
      List<Gum.Document> train = docs.stream().filter(d -> !heldOut.contains(d)).toList();
      List<EntityTyperTrainer.Example> trainEx = EntityTyperTrainer.examples(train);
      List<EntityTyperTrainer.Example> testEx = EntityTyperTrainer.examples(heldOut);
      Map<String, float[]> check = EntityTyperTrainer.train(trainEx, epochs, 42);
      o.printf("GUM CC-BY genres: %d documents (%d held out); %d / %d candidate spans%n", docs.size(), heldOut.size(),
          trainEx.size(), testEx.size());
      o.printf("held-out accuracy %.3f (train %.3f)%n", EntityTyperTrainer.accuracy(check, testEx),
          EntityTyperTrainer.accuracy(check, trainEx));
      Map<String, float[]> all = EntityTyperTrainer.train(EntityTyperTrainer.examples(docs), epochs, 42);
      try (Writer w = create(out)) {
        EntityTyperTrainer.write(all, w);
      }
      o.printf("wrote %s: %d features, trained on all %d documents%n", out, all.size(), docs.size());
      return Main.OK;
    }
  }

  @Command(name = "ordinary-words", mixinStandardHelpOptions = true,
      description = {"List the ordinary words of GUM's CC-BY genres: written in lower case, seldom capitalised "
          + "inside a sentence. The entity rules take such a word at a sentence start for an ordinary word, not a name.",
          "Ship it by writing to core/src/main/resources/dev/newsfacet/extract/ordinary-words.txt."})
  static final class OrdinaryWordsCommand implements Callable<Integer> {
    @Mixin GumInput input;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the list.")
    Path out;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      List<Gum.Document> docs = input.documents();
      SortedSet<String> words = OrdinaryWords.build(docs);
      try (Writer w = create(out)) {
        OrdinaryWords.write(words, w);
      }
      spec.commandLine().getOut().printf("wrote %s: %d words from %d GUM documents%n", out, words.size(), docs.size());
      return Main.OK;
    }
  }
}
