package dev.newsfacet.extract.attribution;

import dev.newsfacet.extract.entity.Bilou;
import java.util.Arrays;

/**
 * Labels the tokens {@code [from, to)} left to right, one at a time, each decision seeing the two labels
 * before it, allowing only well-formed BILOU sequences. Training runs the same loop and corrects the
 * weights where a decision differs from the gold label, so the features in training and tagging cannot
 * drift apart.
 */
public final class SequenceDecoder {
  /** Adds the weights of one feature to the scores of every label. */
  public interface Weights {
    void add(int feature, float[] scores);
  }

  /** The features of token {@code i} given the labels just decided. */
  public interface FeatureSource {
    void features(int i, int prev1, int prev2, FeatureList out);
  }

  /** Told each decision with the features it was made on. */
  public interface Observer {
    void decided(int i, int label, FeatureList features);
  }

  private final Bilou labels;
  /** {@code allowed[last ? 1 : 0][previous][label]}, worked out once: the loop asks it for every label of every token. */
  private final boolean[][][] allowed;

  public SequenceDecoder(Bilou labels) {
    this.labels = labels;
    int n = labels.size();
    this.allowed = new boolean[2][n][n];
    for (int last = 0; last < 2; last++) {
      for (int p = 0; p < n; p++) {
        for (int l = 0; l < n; l++) {
          allowed[last][p][l] = labels.allowed(p, l, last == 1);
        }
      }
    }
  }

  public Bilou labels() {
    return labels;
  }

  /** The labels of tokens {@code [from, to)}, indexed from 0. */
  public int[] decode(int from, int to, FeatureSource source, Weights weights, Observer observer) {
    int[] out = new int[to - from];
    float[] scores = new float[labels.size()];
    FeatureList features = new FeatureList();
    int prev1 = Bilou.OUTSIDE;
    int prev2 = Bilou.OUTSIDE;
    for (int i = from; i < to; i++) {
      features.clear();
      source.features(i, prev1, prev2, features);
      Arrays.fill(scores, 0);
      for (int k = 0; k < features.size(); k++) {
        weights.add(features.get(k), scores);
      }
      boolean[] may = allowed[i == to - 1 ? 1 : 0][prev1];
      int label = Bilou.OUTSIDE;
      float best = Float.NEGATIVE_INFINITY;
      for (int l = 0; l < scores.length; l++) {
        if (may[l] && scores[l] > best) {
          best = scores[l];
          label = l;
        }
      }
      if (observer != null) {
        observer.decided(i, label, features);
      }
      out[i - from] = label;
      prev2 = prev1;
      prev1 = label;
    }
    return out;
  }
}
