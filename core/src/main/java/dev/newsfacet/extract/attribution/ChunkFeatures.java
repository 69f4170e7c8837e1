package dev.newsfacet.extract.attribution;

import dev.newsfacet.extract.entity.Bilou;
import dev.newsfacet.extract.entity.FeatureHash;
import dev.newsfacet.extract.entity.WordClusters;
import java.util.List;

/**
 * Features of a token for the chunker, which cuts a sentence into noun, verb and prepositional phrases
 * (CoNLL-2003's chunk column): the word and its neighbours, suffixes, shape, clusters, and the labels
 * just given. Words only: the chunker needs no other step's output.
 */
public final class ChunkFeatures {
  /** The chunk types learnt: the ones the attribution features read (CoNLL also marks ADVP, ADJP, PRT, …). */
  public static final Bilou LABELS = new Bilou(List.of("NP", "VP", "PP", "SBAR"));
  /** Type numbers of {@link #LABELS} that other features read. */
  public static final int NP = 0;
  public static final int VP = 1;
  public static final int SBAR = 3;

  private final WordClusters clusters;

  public ChunkFeatures(WordClusters clusters) {
    this.clusters = clusters;
  }

  /** What the features read of the words, once per article. */
  public WordForms forms(String[] words) {
    return WordForms.of(words, clusters);
  }

  public void of(String[] lower, WordForms forms, int i, int from, int to, int prev1, int prev2, FeatureList out) {
    String w = lower[i];
    String before = i > from ? lower[i - 1] : "^";
    String after = i + 1 < to ? lower[i + 1] : "$";
    out.add(FeatureHash.of(201, w));
    out.add(FeatureHash.of(202, before));
    out.add(FeatureHash.of(203, after));
    out.add(FeatureHash.of(204, i > from + 1 ? lower[i - 2] : "^"));
    out.add(FeatureHash.of(205, i + 2 < to ? lower[i + 2] : "$"));
    out.add(FeatureHash.of(206, before.hashCode() * 31 + w.hashCode()));
    out.add(FeatureHash.of(207, w.hashCode() * 31 + after.hashCode()));
    out.add(FeatureHash.of(208, forms.suffix[i]));
    if (w.length() > 1) {
      out.add(FeatureHash.of(209, w.charAt(w.length() - 1)));
      out.add(FeatureHash.of(210, w.charAt(w.length() - 2) * 65_536 + w.charAt(w.length() - 1)));
    }
    out.add(FeatureHash.of(211, forms.shape[i]));
    out.add(FeatureHash.of(212, forms.cluster[0][i]));
    out.add(FeatureHash.of(213, forms.cluster[2][i]));
    out.add(FeatureHash.of(214, forms.cluster[4][i]));
    out.add(FeatureHash.of(215, forms.clusterAt(1, i - 1, from, to)));
    out.add(FeatureHash.of(216, forms.clusterAt(1, i + 1, from, to)));
    out.add(FeatureHash.of(217, prev1));
    out.add(FeatureHash.of(218, prev1 * 64 + prev2));
    out.add(FeatureHash.of(219, prev1, w));
    out.add(FeatureHash.of(220, prev1 * 0x01000193 + forms.cluster[1][i]));
    out.add(FeatureHash.of(221, 0)); // bias
    out.add(FeatureHash.of(222, i == from ? 1 : 0));
  }
}
