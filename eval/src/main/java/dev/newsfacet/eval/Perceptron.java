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

  /**
   * The label that is right after the labels already given: the gold one where it may follow, else the
   * nearest that may (a span the decoder began late starts here; one it left open ends here). Without
   * this, one late start on a long content span teaches the same impossible label at every token of it.
   */
  int oracle(int previous, int gold, boolean last) {
    if (labels.allowed(previous, gold, last)) {
      return gold;
    }
    if (labels.opens(previous)) {
      return labels.label(labels.typeOf(previous), Bilou.LAST);
    }
    int type = labels.typeOf(gold);
    return labels.label(type, last || labels.positionOf(gold) == Bilou.LAST ? Bilou.UNIT : Bilou.BEGIN);
  }

  /**
   * One decision made: corrects the weights when it differs from {@link #oracle}; {@code previous} is the
   * label decided before it. Returns whether it corrected.
   */
  boolean learn(FeatureList features, int previous, int gold, int predicted, boolean last) {
    return learn(features, oracle(previous, gold, last), predicted);
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
