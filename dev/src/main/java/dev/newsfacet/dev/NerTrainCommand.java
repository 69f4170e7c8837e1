package dev.newsfacet.dev;

import dev.newsfacet.cli.Main;
import dev.newsfacet.eval.Conll;
import dev.newsfacet.eval.EntityEvaluation;
import dev.newsfacet.eval.NerTrainer;
import dev.newsfacet.eval.Prf;
import dev.newsfacet.extract.EntityModels;
import dev.newsfacet.extract.Extractor;
import dev.newsfacet.extract.entity.Features;
import dev.newsfacet.extract.entity.TaggerModel;
import dev.newsfacet.extract.entity.WordClusters;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {"Train the entity tagger (averaged perceptron, BILOU labels, greedy decoding) on CoNLL-format "
        + "data, report its F1 on a development file after each pass, and write the model.",
        "Any file in the CoNLL-2003 format works (token ... tag per line, IOB tags PER, LOC, ORG, MISC). "
            + "Seeded: the same data and options give the same model, byte for byte.",
        "Ship it by writing to models/src/main/resources/dev/newsfacet/models/ner.model; or score it with "
            + "eval entities --model FILE, and in Java use it with Extractor.withEntityModels(EntityModels.fromFiles(...))."})
final class NerTrainCommand implements Callable<Integer> {
  @Option(names = "--conll", paramLabel = "FILE", description = "Training data (default conll2003/eng.train).")
  Path conll;

  @Option(names = "--dev", paramLabel = "FILE", description = "Development data scored after each pass (default conll2003/eng.testa).")
  Path dev;

  @Option(names = "--clusters", paramLabel = "FILE", description = "Word clusters (train clusters); default the shipped ones.")
  Path clusters;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model.")
  Path out;

  @Option(names = "--epochs", defaultValue = "15", description = "Training passes (default ${DEFAULT-VALUE}).")
  int epochs;

  @picocli.CommandLine.Mixin PerceptronOptions perceptron;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    Path trainFile = EvalCommand.conllFile(conll, "--conll", "eng.train");
    Path devFile = EvalCommand.conllFile(dev, "--dev", "eng.testa");
    WordClusters c;
    if (clusters != null) {
      try (InputStream in = Files.newInputStream(clusters)) {
        c = WordClusters.read(in);
      }
    } else {
      c = EntityModels.shippedClusters();
    }
    Extractor rules = Extractor.rulesOnly();
    List<Conll.Document> train = Conll.read(trainFile);
    List<Conll.Document> devDocs = Conll.read(devFile);
    long began = System.nanoTime();
    List<NerTrainer.Example> examples = NerTrainer.examples(train, rules);
    o.printf("training on %s: %d documents; %,d cluster words (%s); development set %s%n", trainFile.getFileName(),
        train.size(), c.size(), c.provenance(), devFile.getFileName());
    o.flush();
    String provenance = "newsfacet train ner on " + trainFile.getFileName() + " (" + train.size() + " documents), "
        + epochs + " passes, seed " + perceptron.seed + ", 2^" + perceptron.bits(20) + " buckets, clusters: " + c.size() + " words";
    Features features = new Features(c);
    TaggerModel model = NerTrainer.train(examples, features, new NerTrainer.Settings(perceptron.bits(20), epochs, perceptron.seed, perceptron.minWeight),
        provenance, (epoch, errors, tokens, averaged) -> {
          Map<String, Prf> f = score(devDocs, averaged.get(), c);
          o.printf("pass %2d: %,d training errors in %,d tokens; dev micro %.3f (PER %.3f LOC %.3f ORG %.3f)%n", epoch,
              errors, tokens, f.get("micro").f1(), f.get("PER").f1(), f.get("LOC").f1(), f.get("ORG").f1());
          o.flush();
        });
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream w = Files.newOutputStream(out)) {
      model.write(w);
    }
    o.printf("wrote %s: %,d weights, %,d bytes, in %.0f s%n", out, model.weights(), Files.size(out),
        (System.nanoTime() - began) / 1e9);
    return Main.OK;
  }

  private static Map<String, Prf> score(List<Conll.Document> docs, TaggerModel model, WordClusters clusters) {
    Extractor extractor = Extractor.withEntityModels(EntityModels.of(model, clusters));
    Map<String, Prf> figures = new LinkedHashMap<>();
    for (Conll.Document d : docs) {
      EntityEvaluation.score(d, extractor.entities(d.text()), figures, null);
    }
    return figures;
  }
}
