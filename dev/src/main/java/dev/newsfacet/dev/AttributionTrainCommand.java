package dev.newsfacet.dev;

import dev.newsfacet.NewsfacetException;
import dev.newsfacet.cli.Main;
import dev.newsfacet.eval.AttributionTrainer;
import dev.newsfacet.eval.Conll;
import dev.newsfacet.eval.Polnear;
import dev.newsfacet.eval.Prf;
import dev.newsfacet.eval.QuoteEvaluation;
import dev.newsfacet.extract.EntityModels;
import dev.newsfacet.extract.Extractor;
import dev.newsfacet.extract.attribution.AttributionModel;
import dev.newsfacet.extract.attribution.Chunker;
import dev.newsfacet.extract.entity.TaggerModel;
import dev.newsfacet.extract.entity.WordClusters;
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
    description = {"Train the attribution model: a chunker (noun, verb, prepositional phrases) on CoNLL-2003's "
        + "chunk column, then on PolNeAR's train split a cue tagger (which words report "
        + "speech, belief or stance) and a span tagger (given a cue, its source and content in the sentence), "
        + "both averaged perceptrons over the rules' decisions and the shipped entity tagger's mentions. "
        + "Reports the dev split's figures after each pass (as eval quotes does) and writes the model.",
        "Seeded: the same data and options give the same files, byte for byte. Writes "
            + AttributionModel.CHUNK_FILE + ", " + AttributionModel.CUE_FILE + " and " + AttributionModel.SPAN_FILE
            + " into --out.",
        "Not shipped and not the default: on PolNeAR dev it adds about a point to every figure but costs a quarter "
            + "of the extraction speed (README, \"The trained attribution model\"). Score it with eval quotes "
            + "--attribution-model DIR, use it with extract --attribution-model DIR, or in Java with "
            + "Extractor.withModels(entityModels, AttributionModel.fromFolder(DIR, clusters)); writing it into "
            + "models/src/main/resources/dev/newsfacet/models makes it the default."})
final class AttributionTrainCommand implements Callable<Integer> {
  @Option(names = "--polnear", paramLabel = "DIR", description = "PolNeAR root (holding data/); default ../shared/corpora/polnear.")
  Path polnear;

  @Option(names = "--train-split", defaultValue = "train", description = "Split trained on (default ${DEFAULT-VALUE}).")
  String trainSplit;

  @Option(names = "--dev-split", defaultValue = "dev", description = "Split scored after each pass (default ${DEFAULT-VALUE}; none to skip).")
  String devSplit;

  @Option(names = "--conll", paramLabel = "FILE", description = "Chunker training data: CoNLL-2003 format, chunks in the third column (default conll2003/eng.train).")
  Path conll;

  @Option(names = "--conll-dev", paramLabel = "FILE", description = "Chunker development data, scored once trained (default conll2003/eng.testa).")
  Path conllDev;

  @Option(names = "--chunk-epochs", defaultValue = "6", description = "Chunker training passes (default ${DEFAULT-VALUE}).")
  int chunkEpochs;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the model into.")
  Path out;

  @Option(names = "--epochs", defaultValue = "6", description = "Training passes (default ${DEFAULT-VALUE}).")
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
    Path chunkTrain = EvalCommand.conllFile(conll, "--conll", "eng.train");
    Path chunkDev = EvalCommand.conllFile(conllDev, "--conll-dev", "eng.testa");
    Extractor rules = Extractor.rulesOnly();
    WordClusters clusters = entities.tagger().clusters();
    List<AttributionTrainer.ChunkExample> chunkExamples = AttributionTrainer.chunkExamples(Conll.readChunks(chunkTrain), rules,
        clusters);
    AttributionTrainer.Settings chunkSettings = new AttributionTrainer.Settings(perceptron.bits(18), chunkEpochs, perceptron.seed,
        perceptron.minWeight);
    TaggerModel chunker = AttributionTrainer.trainChunker(chunkExamples, clusters, chunkSettings,
        "newsfacet train attribution: chunker on " + chunkTrain.getFileName() + ", " + chunkEpochs + " passes, seed "
            + perceptron.seed, (epoch, errors) -> {
          o.printf("chunker pass %d: %,d training errors%n", epoch, errors);
          o.flush();
        });
    Prf chunkF1 = AttributionTrainer.scoreChunker(chunker, AttributionTrainer.chunkExamples(Conll.readChunks(chunkDev), rules, clusters),
        clusters);
    o.printf("chunker on %s: exact chunks P %.3f R %.3f F1 %.3f%n", chunkDev.getFileName(), chunkF1.precision(),
        chunkF1.recall(), chunkF1.f1());
    List<Polnear.Document> train = Polnear.read(root, trainSplit);
    List<Polnear.Document> dev = devSplit.equals("none") ? List.of() : Polnear.read(root, devSplit);
    AttributionTrainer.Examples examples = AttributionTrainer.examples(train, Extractor.withModels(entities, null),
        new Chunker(chunker, clusters), clusters);
    o.printf("training on PolNeAR %s: %d articles, %,d cue windows, %,d cues; scoring on %s (%d articles)%n", trainSplit,
        train.size(), examples.cues().size(), examples.spans().size(), devSplit, dev.size());
    o.flush();
    String provenance = "newsfacet train attribution on PolNeAR " + trainSplit + " (" + train.size() + " articles), "
        + epochs + " passes, seed " + perceptron.seed + ", 2^" + perceptron.bits(18) + " buckets";
    AttributionModel model = AttributionTrainer.train(examples, chunker, clusters,
        new AttributionTrainer.Settings(perceptron.bits(18), epochs, perceptron.seed, perceptron.minWeight), provenance, (epoch, cueErrors, spanErrors, averaged) -> {
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
    o.printf("wrote %s: %,d + %,d + %,d weights, %,d bytes, in %.0f s%n", out, model.chunks().weights(),
        model.cues().weights(), model.spans().weights(), Files.size(out.resolve(AttributionModel.CHUNK_FILE))
            + Files.size(out.resolve(AttributionModel.CUE_FILE)) + Files.size(out.resolve(AttributionModel.SPAN_FILE)),
        (System.nanoTime() - began) / 1e9);
    return Main.OK;
  }
}
