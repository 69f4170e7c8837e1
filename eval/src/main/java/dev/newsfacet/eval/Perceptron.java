package dev.newsfacet.eval;

import dev.newsfacet.extract.attribution.FeatureList;
import dev.newsfacet.extract.attribution.SequenceDecoder;
import dev.newsfacet.extract.entity.Bilou;
import dev.newsfacet.extract.entity.TaggerModel;

/**
 * The weights of an averaged perceptron (Collins 2002) over hashed features while it trains: dense
 * arrays, corrected where a decision was wrong, averaged over every step at the end.
 */
final class Perceptron implements SequenceDecoder.Weights {
  private final Bilou labels;
  private final int bits;
  private final int mask;
  private final int n;
  private final float[] w;
  private final double[] u; // sum of step * update, for averaging
  private long step = 1;

  Perceptron(Bilou labels, int bits) {
    this.labels = labels;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.n = labels.size();
    this.w = new float[(1 << bits) * n];
    this.u = new double[(1 << bits) * n];
  }

  @Override
  public void add(int feature, float[] scores) {
    int base = (feature & mask) * n;
    for (int l = 0; l < n; l++) {
      scores[l] += w[base + l];
    }
  }

  /** One decision made: corrects the weights when it differs from the gold label; returns whether it did. */
  boolean learn(FeatureList features, int gold, int predicted) {
    if (gold != predicted) {
      for (int k = 0; k < features.size(); k++) {
        int base = (features.get(k) & mask) * n;
        w[base + gold] += 1;
        u[base + gold] += step;
        w[base + predicted] -= 1;
        u[base + predicted] -= step;
      }
    }
    step++;
    return gold != predicted;
  }

  /** The averaged weights as a model, small weights dropped. */
  TaggerModel averaged(float minWeight, String provenance, String version) {
    float[] avg = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      avg[i] = (float) (w[i] - u[i] / step);
    }
    return TaggerModel.fromDense(avg, labels, bits, minWeight, provenance, version);
  }
}
