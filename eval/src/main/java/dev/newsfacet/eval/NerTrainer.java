package dev.newsfacet.eval;

import dev.newsfacet.extract.Extractor;
import dev.newsfacet.extract.entity.Bilou;
import dev.newsfacet.extract.entity.Features;
import dev.newsfacet.extract.entity.GreedyDecoder;
import dev.newsfacet.extract.entity.TaggerInput;
import dev.newsfacet.extract.entity.TaggerModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Trains the entity tagger: an averaged perceptron (Collins 2002) over {@link Features}, decoded greedily
 * during training exactly as when tagging, on CoNLL-format documents. Seeded: the same data and settings
 * give the same model, byte for byte.
 */
public final class NerTrainer {
  /** Settings: hash bits (2^bits buckets), passes, shuffle seed, and the smallest weight kept. */
  public record Settings(int bits, int epochs, long seed, float minWeight) {}

  /** One training document: the tagger's input and the gold label of each of its tokens. */
  public record Example(TaggerInput input, int[] gold) {}

  private NerTrainer() {}

  /** The tagger's input of each CoNLL document with its gold labels projected onto the tagger's tokens. */
  public static List<Example> examples(List<Conll.Document> docs, Extractor rules) {
    List<Example> out = new ArrayList<>();
    for (Conll.Document d : docs) {
      TaggerInput in = rules.taggerInput(d.text());
      out.add(new Example(in, gold(d, in)));
    }
    return out;
  }

  static int[] gold(Conll.Document d, TaggerInput in) {
    int[] labels = new int[in.size()];
    int t = 0;
    for (Conll.Entity e : d.entities()) {
      int type = Bilou.CONLL.types().indexOf(e.type());
      if (type < 0) {
        continue;
      }
      int start = d.starts()[e.from()];
      int end = d.ends()[e.to() - 1];
      while (t < in.size() && in.ends()[t] <= start) {
        t++;
      }
      int from = t;
      int to = t;
      while (to < in.size() && in.starts()[to] < end) {
        to++;
      }
      // an entity the tagger cannot start (no capital in its first word) is not taught
      boolean stops = false;
      for (int k = from + 1; k < to; k++) {
        stops |= !Features.continues(in.words()[k]);
      }
      if (to - from > 1 && in.words()[to - 1].equals(".") && isSentenceEnd(in, to)) {
        to--; // "Inc." ending a sentence: the tagger ends the name before the full stop, so it learns that
      }
      if (to > from && !stops && Features.candidate(in.words()[from], false) && sameSentence(in, from, to)) {
        Bilou.CONLL.fill(labels, from, to, type);
      }
    }
    return labels;
  }

  private static boolean isSentenceEnd(TaggerInput in, int to) {
    for (int end : in.sentenceEnds()) {
      if (end == to) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameSentence(TaggerInput in, int from, int to) {
    for (int end : in.sentenceEnds()) {
      if (end > from) {
        return to <= end;
      }
    }
    return true;
  }

  /** Trains a model; {@code progress} hears after each pass (with the model averaged so far, when asked). */
  public static TaggerModel train(List<Example> examples, Features features, Settings s, String provenance,
      PassListener progress) {
    Bilou bilou = Bilou.CONLL;
    int n = bilou.size();
    int buckets = 1 << s.bits();
    int mask = buckets - 1;
    float[] w = new float[buckets * n];
    double[] u = new double[buckets * n]; // sum of step * update, for averaging
    long[] step = {1};
    Map<String, int[]> wordFeatures = new HashMap<>();
    GreedyDecoder decoder = new GreedyDecoder(bilou);
    Random random = new Random(s.seed());
    List<Example> order = new ArrayList<>(examples);
    IntList current = new IntList();
    boolean[] scored = new boolean[1];
    for (int epoch = 1; epoch <= s.epochs(); epoch++) {
      Collections.shuffle(order, random);
      int errors = 0;
      int tokens = 0;
      for (Example ex : order) {
        TaggerInput in = ex.input();
        int[] gold = ex.gold();
        GreedyDecoder.Scorer scorer = (input, i, from, to, line, prev1, prev2, history, scores) -> {
          current.clear();
          for (int k = -Features.WINDOW; k <= Features.WINDOW; k++) {
            int j = i + k;
            String word = j < from || j >= to ? Features.PAD : input.words()[j];
            int off = k;
            int[] f = wordFeatures.computeIfAbsent((k + Features.WINDOW) + word, x -> {
              IntList l = new IntList();
              features.word(word, off, l);
              return l.toArray();
            });
            for (int id : f) {
              current.accept(id);
            }
          }
          features.context(input, i, from, to, line, prev1, prev2, history, current);
          for (int c = 0; c < current.size; c++) {
            int base = (current.data[c] & mask) * n;
            for (int l = 0; l < n; l++) {
              scores[l] += w[base + l];
            }
          }
          scored[0] = true;
        };
        int[] errorsHere = {0};
        decoder.decode(in, scorer, (token, label) -> {
          if (scored[0] && label != gold[token]) {
            long c = step[0];
            for (int k = 0; k < current.size; k++) {
              int base = (current.data[k] & mask) * n;
              w[base + gold[token]] += 1;
              u[base + gold[token]] += c;
              w[base + label] -= 1;
              u[base + label] -= c;
            }
            errorsHere[0]++;
          }
          scored[0] = false;
          step[0]++;
        });
        errors += errorsHere[0];
        tokens += in.size();
      }
      if (progress != null) {
        int e = epoch;
        int err = errors;
        int tok = tokens;
        progress.pass(e, err, tok, () -> averaged(w, u, step[0], bilou, s, provenance));
      }
    }
    return averaged(w, u, step[0], bilou, s, provenance);
  }

  private static TaggerModel averaged(float[] w, double[] u, long steps, Bilou bilou, Settings s, String provenance) {
    float[] avg = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      avg[i] = (float) (w[i] - u[i] / steps);
    }
    return TaggerModel.fromDense(avg, bilou, s.bits(), s.minWeight(), provenance);
  }

  /** Hears each finished pass; {@code model} averages the weights so far when called. */
  public interface PassListener {
    void pass(int epoch, int errors, int tokens, Supplier<TaggerModel> model);
  }

  /** A growable int array that takes feature ids. */
  static final class IntList implements IntConsumer {
    int[] data = new int[128];
    int size;

    @Override
    public void accept(int v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = v;
    }

    void clear() {
      size = 0;
    }

    int[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }
}
