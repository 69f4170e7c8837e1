package dev.newsfacet.cli;

import dev.newsfacet.NewsfacetException;
import dev.newsfacet.eval.AttributionTrainer;
import dev.newsfacet.eval.Polnear;
import dev.newsfacet.eval.Prf;
import dev.newsfacet.eval.QuoteEvaluation;
import dev.newsfacet.extract.EntityModels;
import dev.newsfacet.extract.Extractor;
import dev.newsfacet.extract.attribution.AttributionModel;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "attribution", mixinStandardHelpOptions = true,
    description = {"Train the attribution model on PolNeAR's train split: a cue tagger (which words report "
        + "speech, belief or stance) and a span tagger (given a cue, its source and content in the sentence), "
        + "both averaged perceptrons over the rules' decisions and the shipped entity tagger's mentions. "
        + "Reports the dev split's figures after each pass (as eval quotes does) and writes the model.",
        "Seeded: the same data and options give the same files, byte for byte. Writes "
            + AttributionModel.CUE_FILE + " and " + AttributionModel.SPAN_FILE + " into --out.",
        "Not the default: with the rules it scores a little higher on PolNeAR dev than the rules alone, but the "
            + "statements it adds are right only about two times in three (README, \"The trained attribution model\"). "
            + "Score it with eval quotes --attribution-model DIR; in Java, Extractor.withModels(entityModels, "
            + "AttributionModel.fromFolder(DIR, clusters)). Shipping it means writing into "
            + "models/src/main/resources/dev/newsfacet/models."})
final class AttributionTrainCommand implements Callable<Integer> {
  @Option(names = "--polnear", paramLabel = "DIR", description = "PolNeAR root (holding data/); default ../shared/corpora/polnear.")
  Path polnear;

  @Option(names = "--train-split", defaultValue = "train", description = "Split trained on (default ${DEFAULT-VALUE}).")
  String trainSplit;

  @Option(names = "--dev-split", defaultValue = "dev", description = "Split scored after each pass (default ${DEFAULT-VALUE}; none to skip).")
  String devSplit;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the model into.")
  Path out;

  @Option(names = "--epochs", defaultValue = "8", description = "Training passes (default ${DEFAULT-VALUE}).")
  int epochs;

  @picocli.CommandLine.Mixin PerceptronOptions perceptron;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    Path root = EvalCommand.corpus(polnear, "polnear", "--polnear");
    EntityModels entities = Extractor.createDefault().entityModels();
    if (entities == null) {
      throw new NewsfacetException("the attribution model trains on the entity tagger's mentions, and newsfacet-models "
          + "(which holds it) is not on the class path");
    }
    long began = System.nanoTime();
    List<Polnear.Document> train = Polnear.read(root, trainSplit);
    List<Polnear.Document> dev = devSplit.equals("none") ? List.of() : Polnear.read(root, devSplit);
    AttributionTrainer.Examples examples = AttributionTrainer.examples(train, Extractor.withModels(entities, null));
    o.printf("training on PolNeAR %s: %d articles, %,d sentences, %,d cues; scoring on %s (%d articles)%n", trainSplit,
        train.size(), examples.cues().size(), examples.spans().size(), devSplit, dev.size());
    o.flush();
    String provenance = "newsfacet train attribution on PolNeAR " + trainSplit + " (" + train.size() + " articles), "
        + epochs + " passes, seed " + perceptron.seed + ", 2^" + perceptron.bits + " buckets";
    AttributionModel model = AttributionTrainer.train(examples, entities.tagger().clusters(),
        new AttributionTrainer.Settings(perceptron.bits, epochs, perceptron.seed, perceptron.minWeight), provenance, (epoch, cueErrors, spanErrors, averaged) -> {
          if (dev.isEmpty()) {
            o.printf("pass %2d: %,d cue and %,d span training errors%n", epoch, cueErrors, spanErrors);
          } else {
            Map<String, Prf> f = QuoteEvaluation.run(dev, Extractor.withModels(entities, averaged.get()), null).figures();
            o.printf("pass %2d: %,d cue and %,d span training errors; %s content overlap %.3f exact %.3f, source exact %.3f, "
                + "cue exact %.3f%n", epoch, cueErrors, spanErrors, devSplit, f.get("content overlap").f1(),
                f.get("content exact").f1(), f.get("source exact").f1(), f.get("cue exact").f1());
          }
          o.flush();
        });
    model.write(out);
    o.printf("wrote %s: %,d + %,d weights, %,d bytes, in %.0f s%n", out, model.cues().weights(), model.spans().weights(),
        Files.size(out.resolve(AttributionModel.CUE_FILE)) + Files.size(out.resolve(AttributionModel.SPAN_FILE)),
        (System.nanoTime() - began) / 1e9);
    return Main.OK;
  }
}
