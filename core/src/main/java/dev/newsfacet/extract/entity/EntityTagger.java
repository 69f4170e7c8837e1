package dev.newsfacet.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trained entity tagger: an averaged perceptron over {@link Features}, decoded greedily with BILOU
 * labels. Each word's window features are scored once and cached (news repeats its vocabulary), so a
 * token costs a few additions plus its context features. Thread-safe.
 */
public final class EntityTagger {
  /** An entity the tagger found: tokens [from, to) and its type's name ("PER", "LOC", "ORG", "MISC"). */
  public record Span(int from, int to, String type) {}

  /** Cached word scores kept at most (a few MB); past that, words are scored each time. */
  private static final int CACHE_LIMIT = 60_000;

  private final TaggerModel model;
  private final Features features;
  private final GreedyDecoder decoder;
  private final int labelCount;
  private final ConcurrentHashMap<String, float[]> wordScores = new ConcurrentHashMap<>();

  public EntityTagger(TaggerModel model, Features features) {
    this.model = model;
    this.features = features;
    this.decoder = new GreedyDecoder(model.labels());
    this.labelCount = model.labels().size();
  }

  public TaggerModel model() {
    return model;
  }

  /** The word clusters its features read. */
  public WordClusters clusters() {
    return features.clusters();
  }

  /** One label per token. */
  public int[] labels(TaggerInput in) {
    float[][] byToken = new float[in.size()][]; // each token's cached word scores, looked up once per document
    return decoder.decode(in, (input, i, from, to, line, prev1, prev2, history, scores) ->
        score(input, i, from, to, line, prev1, prev2, history, scores, byToken), null);
  }

  /** The entities of the document, in order. */
  public List<Span> tag(TaggerInput in) {
    return spans(labels(in), model.labels());
  }

  /** Label sequence to spans. */
  public static List<Span> spans(int[] labels, Bilou bilou) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < labels.length; i++) {
      int p = bilou.positionOf(labels[i]);
      if (p == Bilou.UNIT) {
        out.add(new Span(i, i + 1, bilou.types().get(bilou.typeOf(labels[i]))));
        open = -1;
      } else if (p == Bilou.BEGIN) {
        open = i;
      } else if (p == Bilou.LAST && open >= 0) {
        out.add(new Span(open, i + 1, bilou.types().get(bilou.typeOf(labels[i]))));
        open = -1;
      } else if (p < 0) {
        open = -1;
      }
    }
    return out;
  }

  private void score(TaggerInput in, int i, int from, int to, Features.Line line, int prev1, int prev2, int history,
      float[] scores, float[][] byToken) {
    for (int k = -Features.WINDOW; k <= Features.WINDOW; k++) {
      int j = i + k;
      float[] cached;
      if (j < from || j >= to) {
        cached = wordScores(Features.PAD);
      } else {
        cached = byToken[j];
        if (cached == null) {
          cached = byToken[j] = wordScores(in.words()[j]);
        }
      }
      int base = (k + Features.WINDOW) * labelCount;
      for (int l = 0; l < labelCount; l++) {
        scores[l] += cached[base + l];
      }
    }
    features.context(in, i, from, to, line, prev1, prev2, history, f -> model.add(f, scores));
  }

  private float[] wordScores(String word) {
    float[] cached = wordScores.get(word);
    if (cached != null) {
      return cached;
    }
    float[] s = new float[(2 * Features.WINDOW + 1) * labelCount];
    float[] one = new float[labelCount];
    for (int k = -Features.WINDOW; k <= Features.WINDOW; k++) {
      Arrays.fill(one, 0);
      features.word(word, k, f -> model.add(f, one));
      System.arraycopy(one, 0, s, (k + Features.WINDOW) * labelCount, labelCount);
    }
    if (wordScores.size() < CACHE_LIMIT) {
      wordScores.put(word, s);
    }
    return s;
  }
}
