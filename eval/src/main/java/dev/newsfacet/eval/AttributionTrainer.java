package dev.newsfacet.eval;

import dev.newsfacet.extract.Extractor;
import dev.newsfacet.extract.attribution.AttributionInput;
import dev.newsfacet.extract.attribution.AttributionModel;
import dev.newsfacet.extract.attribution.AttributionTagger;
import dev.newsfacet.extract.attribution.CueFeatures;
import dev.newsfacet.extract.attribution.SequenceDecoder;
import dev.newsfacet.extract.attribution.SpanFeatures;
import dev.newsfacet.extract.entity.Bilou;
import dev.newsfacet.extract.entity.WordClusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Trains the attribution model on PolNeAR: the cue tagger on every sentence (gold cues as BILOU spans),
 * the span tagger on every gold cue (its source and content fragments inside the cue's sentence). Both
 * averaged perceptrons, decoded exactly as when tagging. Seeded: the same data gives the same model.
 */
public final class AttributionTrainer {
  /** Settings: hash bits per table, passes, shuffle seed, and the smallest weight kept. */
  public record Settings(int bits, int epochs, long seed, float minWeight) {}

  /** One sentence with its gold cue labels. */
  public record CueExample(AttributionInput input, int from, int to, int[] gold) {}

  /** One gold cue with the gold labels of the tokens the span tagger reads around it. */
  public record SpanExample(AttributionInput input, SpanFeatures.CueContext cue, int from, int to, int[] gold) {}

  /** The training examples of a set of articles. */
  public record Examples(List<CueExample> cues, List<SpanExample> spans) {}

  /** Hears each finished pass; {@code model} averages the weights so far when called. */
  public interface PassListener {
    void pass(int epoch, int cueErrors, int spanErrors, Supplier<AttributionModel> model);
  }

  private AttributionTrainer() {}

  /** The examples of PolNeAR documents, read through {@code extractor} (entities and rule statements). */
  public static Examples examples(List<Polnear.Document> docs, Extractor extractor) {
    List<CueExample> cues = new ArrayList<>();
    List<SpanExample> spans = new ArrayList<>();
    for (Polnear.Document d : docs) {
      AttributionInput in = extractor.attributionInput(d.text());
      int[] cueGold = new int[in.size()];
      List<int[]> goldCues = new ArrayList<>();
      for (Polnear.Attribution a : d.attributions()) {
        if (a.cue() == null) {
          continue;
        }
        int[] c = tokens(in, a.cue().start(), a.cue().end());
        if (c[1] <= c[0] || in.sentenceOf(c[0]) != in.sentenceOf(c[1] - 1)) {
          continue;
        }
        boolean free = true;
        for (int t = c[0]; t < c[1]; t++) {
          free &= cueGold[t] == Bilou.OUTSIDE;
        }
        if (free) {
          AttributionModel.CUE_LABELS.fill(cueGold, c[0], c[1], 0);
        }
        goldCues.add(c);
        spans.add(spanExample(in, a, c));
      }
      for (int s = 0; s < in.sentences(); s++) {
        int from = in.sentenceFrom()[s];
        int to = in.sentenceTo()[s];
        cues.add(new CueExample(in, from, to, java.util.Arrays.copyOfRange(cueGold, from, to)));
      }
    }
    return new Examples(cues, spans);
  }

  private static SpanExample spanExample(AttributionInput in, Polnear.Attribution a, int[] cue) {
    int s = in.sentenceOf(cue[0]);
    int from = in.sentenceFrom()[s];
    int to = in.sentenceTo()[s];
    int lo = Math.max(from, cue[0] - AttributionTagger.REACH);
    int hi = Math.min(to, cue[1] + AttributionTagger.REACH);
    int[] gold = new int[hi - lo];
    int[] offsets = a.content().offsets();
    for (int k = 0; k + 1 < offsets.length; k += 2) {
      label(gold, lo, hi, tokens(in, offsets[k], offsets[k + 1]), cue, AttributionModel.CONTENT);
    }
    if (a.source() != null) {
      label(gold, lo, hi, tokens(in, a.source().start(), a.source().end()), cue, AttributionModel.SOURCE);
    }
    SpanFeatures.CueContext context = SpanFeatures.context(in, from, to, cue[0], cue[1], SpanFeatures.counts(in, from, to));
    return new SpanExample(in, context, lo, hi, gold);
  }

  /** Labels the part of tokens [span) inside [lo, hi) outside the cue, if nothing else holds it yet. */
  private static void label(int[] gold, int lo, int hi, int[] span, int[] cue, int type) {
    int a = Math.max(lo, span[0]);
    int b = Math.min(hi, span[1]);
    if (a < cue[1] && cue[0] < b) {
      // a span around its cue ("the claim, he said, is false"): keep the side that is longer
      if (cue[0] - a >= b - cue[1]) {
        b = cue[0];
      } else {
        a = cue[1];
      }
    }
    if (b <= a) {
      return;
    }
    for (int t = a; t < b; t++) {
      if (gold[t - lo] != Bilou.OUTSIDE) {
        return;
      }
    }
    AttributionModel.SPAN_LABELS.fill(gold, a - lo, b - lo, type);
  }

  /** Tokens [a, b) overlapping the characters [start, end). */
  static int[] tokens(AttributionInput in, int start, int end) {
    int a = 0;
    while (a < in.size() && in.ends()[a] <= start) {
      a++;
    }
    int b = a;
    while (b < in.size() && in.starts()[b] < end) {
      b++;
    }
    return new int[] {a, b};
  }

  /** Trains both taggers; {@code progress} hears after each pass. */
  public static AttributionModel train(Examples examples, WordClusters clusters, Settings s, String provenance,
      PassListener progress) {
    Perceptron cueWeights = new Perceptron(AttributionModel.CUE_LABELS, s.bits());
    Perceptron spanWeights = new Perceptron(AttributionModel.SPAN_LABELS, s.bits());
    CueFeatures cueFeatures = new CueFeatures(clusters);
    SpanFeatures spanFeatures = new SpanFeatures(clusters);
    SequenceDecoder cueDecoder = new SequenceDecoder(AttributionModel.CUE_LABELS);
    SequenceDecoder spanDecoder = new SequenceDecoder(AttributionModel.SPAN_LABELS);
    Random random = new Random(s.seed());
    List<CueExample> cueOrder = new ArrayList<>(examples.cues());
    List<SpanExample> spanOrder = new ArrayList<>(examples.spans());
    Supplier<AttributionModel> averaged = () -> new AttributionModel(
        cueWeights.averaged(s.minWeight(), provenance, AttributionModel.VERSION),
        spanWeights.averaged(s.minWeight(), provenance, AttributionModel.VERSION), clusters);
    for (int epoch = 1; epoch <= s.epochs(); epoch++) {
      Collections.shuffle(cueOrder, random);
      Collections.shuffle(spanOrder, random);
      int[] cueErrors = {0};
      for (CueExample ex : cueOrder) {
        AttributionInput in = ex.input();
        cueDecoder.decode(ex.from(), ex.to(), (i, p1, p2, f) -> cueFeatures.of(in, i, ex.from(), ex.to(), p1, p2, f),
            cueWeights, (i, label, f) -> cueErrors[0] += cueWeights.learn(f, ex.gold()[i - ex.from()], label) ? 1 : 0);
      }
      int[] spanErrors = {0};
      for (SpanExample ex : spanOrder) {
        AttributionInput in = ex.input();
        spanDecoder.decode(ex.from(), ex.to(), (i, p1, p2, f) -> spanFeatures.of(in, ex.cue(), i, p1, p2, f),
            spanWeights, (i, label, f) -> spanErrors[0] += spanWeights.learn(f, ex.gold()[i - ex.from()], label) ? 1 : 0);
      }
      if (progress != null) {
        progress.pass(epoch, cueErrors[0], spanErrors[0], averaged);
      }
    }
    return averaged.get();
  }
}
