package dev.newsfacet.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleBiFunction;

/** One-to-one matching of predictions to gold items: best-scoring pairs first, each item used once. */
public final class Matching {
  private Matching() {}

  /** A matched pair of indices into the prediction and gold lists. */
  public record Pair(int predicted, int gold) {}

  public static <P, G> List<Pair> match(List<P> predicted, List<G> gold, BiPredicate<P, G> admissible,
                                        ToDoubleBiFunction<P, G> score) {
    List<double[]> candidates = new ArrayList<>();
    for (int i = 0; i < predicted.size(); i++) {
      for (int j = 0; j < gold.size(); j++) {
        if (admissible.test(predicted.get(i), gold.get(j))) {
          candidates.add(new double[] {score.applyAsDouble(predicted.get(i), gold.get(j)), i, j});
        }
      }
    }
    candidates.sort(Comparator.comparingDouble((double[] c) -> -c[0]).thenComparingDouble(c -> c[1]).thenComparingDouble(c -> c[2]));
    boolean[] usedP = new boolean[predicted.size()];
    boolean[] usedG = new boolean[gold.size()];
    List<Pair> pairs = new ArrayList<>();
    for (double[] c : candidates) {
      int i = (int) c[1];
      int j = (int) c[2];
      if (!usedP[i] && !usedG[j]) {
        usedP[i] = true;
        usedG[j] = true;
        pairs.add(new Pair(i, j));
      }
    }
    return pairs;
  }
}
