package dev.newsfacet.eval;

import dev.newsfacet.extract.Extractor;
import dev.newsfacet.extract.attribution.AttributionInput;
import dev.newsfacet.extract.attribution.AttributionModel;
import dev.newsfacet.extract.attribution.AttributionTagger;
import dev.newsfacet.extract.attribution.ChunkFeatures;
import dev.newsfacet.extract.attribution.Chunker;
import dev.newsfacet.extract.attribution.CueFeatures;
import dev.newsfacet.extract.attribution.SequenceDecoder;
import dev.newsfacet.extract.attribution.SpanFeatures;
import dev.newsfacet.extract.attribution.WordForms;
import dev.newsfacet.extract.entity.Bilou;
import dev.newsfacet.extract.entity.TaggerInput;
import dev.newsfacet.extract.entity.TaggerModel;
import dev.newsfacet.extract.entity.WordClusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Trains the attribution model: the chunker on CoNLL-2003's chunk column, then on PolNeAR the cue tagger on every sentence (gold cues as BILOU spans),
 * the span tagger on every gold cue (its source and content fragments inside the cue's sentence). Both
 * averaged perceptrons, decoded exactly as when tagging. Seeded: the same data gives the same model.
 */
public final class AttributionTrainer {
  /** Settings: hash bits per table, passes, shuffle seed, and the smallest weight kept. */
  public record Settings(int bits, int epochs, long seed, float minWeight) {}

  /** One sentence with its gold cue labels. */
  public record CueExample(AttributionInput input, WordForms forms, int sentenceFrom, int sentenceTo, int from, int to,
                           int[] gold) {}

  /** Gold labels of tokens [from, to), a cue cut by the window's start left out. */
  private static int[] window(int[] gold, int from, int to) {
    int[] out = Arrays.copyOfRange(gold, from, to);
    for (int k = 0; k < out.length && AttributionModel.CUE_LABELS.positionOf(out[k]) > Bilou.BEGIN
        && AttributionModel.CUE_LABELS.positionOf(out[k]) < Bilou.UNIT; k++) {
      out[k] = Bilou.OUTSIDE;
    }
    return out;
  }

  /** One gold cue with the gold labels of the tokens the span tagger reads around it. */
  public record SpanExample(AttributionInput input, WordForms forms, SpanFeatures.CueContext cue, int from, int to,
                            int[] gold) {}

  /** The training examples of a set of articles. */
  public record Examples(List<CueExample> cues, List<SpanExample> spans) {}

  /** Hears each finished pass; {@code model} averages the weights so far when called. */
  public interface PassListener {
    void pass(int epoch, int cueErrors, int spanErrors, Supplier<AttributionModel> model);
  }

  private AttributionTrainer() {}

  /**
   * The examples of PolNeAR documents, read through {@code extractor} (entities and rule statements) and
   * cut into chunks by {@code chunker}.
   */
  public static Examples examples(List<Polnear.Document> docs, Extractor extractor, Chunker chunker, WordClusters clusters) {
    CueFeatures cueFeatures = new CueFeatures(clusters);
    List<CueExample> cues = new ArrayList<>();
    List<SpanExample> spans = new ArrayList<>();
    for (Polnear.Document d : docs) {
      AttributionInput unchunked = extractor.attributionInput(d.text());
      AttributionInput in = unchunked.withChunks(chunker.chunk(unchunked));
      WordForms forms = cueFeatures.forms(in);
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
        spans.add(spanExample(in, forms, a, c));
      }
      // the cue tagger learns where it is asked: before the lexicon's cue words that the rules left
      for (int s = 0; s < in.sentences(); s++) {
        int from = in.sentenceFrom()[s];
        int to = in.sentenceTo()[s];
        for (int[] w : AttributionTagger.cueWindows(in, from, to, AttributionTagger.Wanted.LEFT_BY_RULES)) {
          cues.add(new CueExample(in, forms, from, to, w[0], w[1], window(cueGold, w[0], w[1])));
        }
      }
    }
    return new Examples(cues, spans);
  }

  private static SpanExample spanExample(AttributionInput in, WordForms forms, Polnear.Attribution a, int[] cue) {
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
    return new SpanExample(in, forms, context, lo, hi, gold);
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
    return tokenRange(in.starts(), in.ends(), start, end);
  }

  /** Of tokens with these offsets (ascending), those [a, b) overlapping the characters [start, end). */
  static int[] tokenRange(int[] starts, int[] ends, int start, int end) {
    int a = firstAbove(ends, start); // the first token ending after start
    int b = Math.max(a, firstAbove(starts, end - 1)); // the first token starting at or after end
    return new int[] {a, b};
  }

  /** The first index whose value is greater than {@code value} (binary search over ascending values). */
  private static int firstAbove(int[] values, int value) {
    int lo = 0;
    int hi = values.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (values[mid] <= value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** One CoNLL sentence for the chunker: its tokens and gold chunk labels. */
  public record ChunkExample(String[] lower, WordForms forms, int from, int to, int[] gold) {}

  /** The chunker's examples: every sentence of CoNLL documents read with {@link Conll#readChunks}. */
  public static List<ChunkExample> chunkExamples(List<Conll.Document> docs, Extractor rules, WordClusters clusters) {
    List<ChunkExample> out = new ArrayList<>();
    ChunkFeatures features = new ChunkFeatures(clusters);
    for (Conll.Document d : docs) {
      TaggerInput in = rules.taggerInput(d.text());
      WordForms forms = features.forms(in.words());
      int[] gold = new int[in.size()];
      for (Conll.Entity chunk : d.entities()) {
        int type = ChunkFeatures.LABELS.types().indexOf(chunk.type());
        if (type < 0) {
          continue;
        }
        int[] range = tokenRange(in.starts(), in.ends(), d.starts()[chunk.from()], d.ends()[chunk.to() - 1]);
        int a = range[0];
        int b = range[1];
        boolean free = b > a;
        for (int t = a; t < b; t++) {
          free &= gold[t] == Bilou.OUTSIDE;
        }
        if (free && sentenceOf(in, a) == sentenceOf(in, b - 1)) {
          ChunkFeatures.LABELS.fill(gold, a, b, type);
        }
      }
      int from = 0;
      for (int end : in.sentenceEnds()) {
        out.add(new ChunkExample(in.lowerWords(), forms, from, end, Arrays.copyOfRange(gold, from, end)));
        from = end;
      }
    }
    return out;
  }

  private static int sentenceOf(TaggerInput in, int t) {
    int s = 0;
    for (int end : in.sentenceEnds()) {
      if (t < end) {
        return s;
      }
      s++;
    }
    return s;
  }

  /** Trains the chunker; {@code progress} hears the training errors after each pass. */
  public static TaggerModel trainChunker(List<ChunkExample> examples, WordClusters clusters, Settings s, String provenance,
      BiConsumer<Integer, Integer> progress) {
    Perceptron weights = new Perceptron(ChunkFeatures.LABELS, s.bits());
    ChunkFeatures features = new ChunkFeatures(clusters);
    SequenceDecoder decoder = new SequenceDecoder(ChunkFeatures.LABELS);
    Random random = new Random(s.seed());
    List<ChunkExample> order = new ArrayList<>(examples);
    for (int epoch = 1; epoch <= s.epochs(); epoch++) {
      Collections.shuffle(order, random);
      int[] errors = {0};
      for (ChunkExample ex : order) {
        int[] previous = {Bilou.OUTSIDE};
        decoder.decode(ex.from(), ex.to(), (i, p1, p2, f) -> features.of(ex.lower(), ex.forms(), i, ex.from(), ex.to(), p1, p2, f),
            weights, (i, label, f) -> {
              errors[0] += weights.learn(f, previous[0], ex.gold()[i - ex.from()], label, i == ex.to() - 1) ? 1 : 0;
              previous[0] = label;
            });
      }
      if (progress != null) {
        progress.accept(epoch, errors[0]);
      }
    }
    return weights.averaged(s.minWeight(), provenance, AttributionModel.VERSION);
  }

  /** Exact-chunk precision, recall and F1 of a chunker on examples. */
  public static Prf scoreChunker(TaggerModel model, List<ChunkExample> examples, WordClusters clusters) {
    ChunkFeatures features = new ChunkFeatures(clusters);
    SequenceDecoder decoder = new SequenceDecoder(ChunkFeatures.LABELS);
    long correct = 0;
    long predicted = 0;
    long gold = 0;
    for (ChunkExample ex : examples) {
      int[] labels = decoder.decode(ex.from(), ex.to(),
          (i, p1, p2, f) -> features.of(ex.lower(), ex.forms(), i, ex.from(), ex.to(), p1, p2, f), model::add, null);
      Set<String> g = new HashSet<>();
      for (int type = 0; type < ChunkFeatures.LABELS.types().size(); type++) {
        for (int[] sp : AttributionTagger.spans(ex.gold(), 0, ChunkFeatures.LABELS, type)) {
          g.add(type + ":" + sp[0] + ":" + sp[1]);
        }
      }
      gold += g.size();
      for (int type = 0; type < ChunkFeatures.LABELS.types().size(); type++) {
        for (int[] sp : AttributionTagger.spans(labels, 0, ChunkFeatures.LABELS, type)) {
          predicted++;
          correct += g.contains(type + ":" + sp[0] + ":" + sp[1]) ? 1 : 0;
        }
      }
    }
    return new Prf(correct, predicted, gold);
  }

  /** Trains both taggers over a trained chunker; {@code progress} hears after each pass. */
  public static AttributionModel train(Examples examples, TaggerModel chunker, WordClusters clusters, Settings s,
      String provenance, PassListener progress) {
    Perceptron cueWeights = new Perceptron(AttributionModel.CUE_LABELS, s.bits());
    Perceptron spanWeights = new Perceptron(AttributionModel.SPAN_LABELS, s.bits());
    CueFeatures cueFeatures = new CueFeatures(clusters);
    SpanFeatures spanFeatures = new SpanFeatures(clusters);
    SequenceDecoder cueDecoder = new SequenceDecoder(AttributionModel.CUE_LABELS);
    SequenceDecoder spanDecoder = new SequenceDecoder(AttributionModel.SPAN_LABELS);
    Random random = new Random(s.seed());
    List<CueExample> cueOrder = new ArrayList<>(examples.cues());
    List<SpanExample> spanOrder = new ArrayList<>(examples.spans());
    Supplier<AttributionModel> averaged = () -> new AttributionModel(chunker,
        cueWeights.averaged(s.minWeight(), provenance, AttributionModel.VERSION),
        spanWeights.averaged(s.minWeight(), provenance, AttributionModel.VERSION), clusters);
    for (int epoch = 1; epoch <= s.epochs(); epoch++) {
      Collections.shuffle(cueOrder, random);
      Collections.shuffle(spanOrder, random);
      int[] cueErrors = {0};
      for (CueExample ex : cueOrder) {
        AttributionInput in = ex.input();
        int[] previous = {Bilou.OUTSIDE};
        cueDecoder.decode(ex.from(), ex.to(), (i, p1, p2, f) -> cueFeatures.of(in, ex.forms(), i, ex.sentenceFrom(), ex.sentenceTo(), p1, p2, f),
            cueWeights, (i, label, f) -> {
              cueErrors[0] += cueWeights.learn(f, previous[0], ex.gold()[i - ex.from()], label, i == ex.to() - 1) ? 1 : 0;
              previous[0] = label;
            });
      }
      int[] spanErrors = {0};
      for (SpanExample ex : spanOrder) {
        AttributionInput in = ex.input();
        int[] previous = {Bilou.OUTSIDE};
        spanDecoder.decode(ex.from(), ex.to(), (i, p1, p2, f) -> spanFeatures.of(in, ex.forms(), ex.cue(), i, p1, p2, f),
            spanWeights, (i, label, f) -> {
              spanErrors[0] += spanWeights.learn(f, previous[0], ex.gold()[i - ex.from()], label, i == ex.to() - 1) ? 1 : 0;
              previous[0] = label;
            });
      }
      if (progress != null) {
        progress.pass(epoch, cueErrors[0], spanErrors[0], averaged);
      }
    }
    return averaged.get();
  }
}
