package dev.newsfacet.extract.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Labels a document left to right, one token at a time, each decision seeing the labels before it
 * (greedy decoding, as Ratinov and Roth 2009 found as good as Viterbi for BILOU tagging and much
 * faster), with only well-formed BILOU sequences allowed. The same loop serves tagging and training, so
 * the two can never see different features.
 */
public final class GreedyDecoder {
  /** Scores every label of token {@code i}; features see the labels given so far. */
  public interface Scorer {
    void score(TaggerInput in, int i, int from, int to, Features.Line line, int prev1, int prev2, int history,
        float[] scores);
  }

  /** Told each decision (training compares it with the gold label). */
  public interface Observer {
    void decided(int token, int label);

    /** An earlier decision changed: the entity open at {@code token} was closed there. */
    default void revised(int token, int label) {}
  }

  private final Bilou labels;

  public GreedyDecoder(Bilou labels) {
    this.labels = labels;
  }

  /** Ends the entity open before token {@code i} at token {@code i - 1}; returns its new label. */
  private int close(int[] out, int i, int prev1, Observer observer) {
    int closed = labels.positionOf(prev1) == Bilou.BEGIN
        ? labels.label(labels.typeOf(prev1), Bilou.UNIT) : labels.label(labels.typeOf(prev1), Bilou.LAST);
    out[i - 1] = closed;
    if (observer != null) {
      observer.revised(i - 1, closed);
    }
    return closed;
  }

  public int[] decode(TaggerInput in, Scorer scorer, Observer observer) {
    int[] out = new int[in.size()];
    float[] scores = new float[labels.size()];
    // how often each word was given each type earlier in the document
    Map<String, int[]> history = new HashMap<>();
    // lines in capitals or title case go last: their case tells nothing, so what the rest of the document
    // made of the same words ("HARBOURTON BEAT MILLBRIDGE" after "Harbourton" in the text) is worth waiting for
    int[] ends = in.sentenceEnds();
    Features.Line[] lines = new Features.Line[ends.length];
    int[] order = new int[ends.length];
    int n = 0;
    for (int pass = 0; pass < 2; pass++) {
      int start = 0;
      for (int s = 0; s < ends.length; s++) {
        if (pass == 0) {
          lines[s] = Features.Line.of(in.words(), start, ends[s]);
        }
        boolean cased = lines[s].allCaps() || lines[s].titleCase();
        if (cased == (pass == 1)) {
          order[n++] = s;
        }
        start = ends[s];
      }
    }
    for (int s : order) {
      int from = s == 0 ? 0 : ends[s - 1];
      int to = ends[s];
      Features.Line line = lines[s];
      int prev1 = Bilou.OUTSIDE;
      int prev2 = Bilou.OUTSIDE;
      for (int i = from; i < to; i++) {
        String w = in.words()[i];
        int label = Bilou.OUTSIDE;
        if (labels.opens(prev1) && (!Features.continues(w) || (i == to - 1 && w.equals(".")))) {
          // the full stop that ends a sentence ends the name too ("according to Acme Estimates.")
          prev1 = close(out, i, prev1, observer); // "Rossi )", "Corp said": the name ended before
        }
        if (Features.candidate(w, labels.opens(prev1))) {
          String lower = in.lowerWords()[i];
          int[] seen = history.get(lower);
          int past = -1;
          if (seen != null) {
            for (int t = 0; t < seen.length; t++) {
              if (seen[t] > 0 && (past < 0 || seen[t] > seen[past])) {
                past = t;
              }
            }
          }
          Arrays.fill(scores, 0);
          scorer.score(in, i, from, to, line, prev1, prev2, past, scores);
          boolean last = i == to - 1;
          int free = 0;
          for (int l = 1; l < scores.length; l++) {
            if (scores[l] > scores[free]) {
              free = l;
            }
          }
          if (labels.opens(prev1) && !labels.allowed(prev1, free, last) && labels.allowed(Bilou.OUTSIDE, free, last)) {
            // the model would end the open entity here: the token before becomes its last (or only) token,
            // rather than forcing this token into it
            prev1 = close(out, i, prev1, observer);
          }
          float best = Float.NEGATIVE_INFINITY;
          for (int l = 0; l < scores.length; l++) {
            if (labels.allowed(prev1, l, last) && scores[l] > best) {
              best = scores[l];
              label = l;
            }
          }
          if (label != Bilou.OUTSIDE) {
            history.computeIfAbsent(lower, k -> new int[labels.types().size()])[labels.typeOf(label)]++;
          }
        }
        if (observer != null) {
          observer.decided(i, label);
        }
        out[i] = label;
        prev2 = prev1;
        prev1 = label;
      }
    }
    return out;
  }
}
