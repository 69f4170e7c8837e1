package dev.newsfacet.eval;

/** Precision, recall and F1 from counts of true positives, predictions and gold items. */
public record Prf(long correct, long predicted, long gold) {
  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public Prf plus(Prf o) {
    return new Prf(correct + o.correct, predicted + o.predicted, gold + o.gold);
  }

  @Override
  public String toString() {
    return String.format("P %.3f  R %.3f  F1 %.3f  (%d/%d predicted, %d gold)", precision(), recall(), f1(),
        correct, predicted, gold);
  }
}
