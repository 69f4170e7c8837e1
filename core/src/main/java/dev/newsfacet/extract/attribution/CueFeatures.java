package dev.newsfacet.extract.attribution;

import dev.newsfacet.extract.entity.FeatureHash;
import dev.newsfacet.extract.entity.WordClusters;

/**
 * Features of a token for the cue tagger: is this word (or the phrase it starts) reporting what someone
 * said, thought or did about a proposition ("said", "praised", "according to", "polls show")? The word
 * and its neighbours, its suffix, shape and cluster, the lexicon's cue class, the entity types around it,
 * quotation state, and the rules' decisions.
 */
public final class CueFeatures {
  private final WordClusters clusters;

  public CueFeatures(WordClusters clusters) {
    this.clusters = clusters;
  }

  /** What the features read of the input's words, once per article. */
  public WordForms forms(AttributionInput in) {
    return WordForms.of(in.words(), clusters);
  }

  /** The features of token {@code i} of the sentence {@code [from, to)}, given the two labels before it. */
  public void of(AttributionInput in, WordForms forms, int i, int from, int to, int prev1, int prev2, FeatureList out) {
    String w = in.lower()[i];
    String before = in.lowerAt(i - 1, from, to);
    String after = in.lowerAt(i + 1, from, to);
    out.add(FeatureHash.of(1, w));
    out.add(FeatureHash.of(2, before));
    out.add(FeatureHash.of(3, after));
    out.add(FeatureHash.of(4, in.lowerAt(i - 2, from, to)));
    out.add(FeatureHash.of(5, in.lowerAt(i + 2, from, to)));
    out.add(FeatureHash.of(6, before.hashCode() * 31 + w.hashCode()));
    out.add(FeatureHash.of(7, w.hashCode() * 31 + after.hashCode()));
    out.add(FeatureHash.of(8, forms.suffix[i]));
    out.add(FeatureHash.of(9, forms.shape[i]));
    boolean clustered = forms.cluster[1][i] != WordForms.NONE;
    if (clustered) {
      out.add(FeatureHash.of(10, forms.cluster[1][i]));
      out.add(FeatureHash.of(11, forms.cluster[3][i]));
    }
    out.add(FeatureHash.of(12, in.cueClasses()[i]));
    out.add(FeatureHash.of(13, i > from ? in.cueClasses()[i - 1] : "^"));
    out.add(FeatureHash.of(14, i + 1 < to ? in.cueClasses()[i + 1] : "$"));
    byte rules = in.rules()[i];
    out.add(FeatureHash.of(15, rules));
    out.add(FeatureHash.of(16, (i > from ? in.rules()[i - 1] : 8) * 16 + (i + 1 < to ? in.rules()[i + 1] : 8)));
    out.add(FeatureHash.of(17, in.quoted()[i] ? 1 : 0));
    out.add(FeatureHash.of(18, in.entityTypes()[i]));
    out.add(FeatureHash.of(19, i > from ? in.entityTypes()[i - 1] : "^"));
    out.add(FeatureHash.of(20, i + 1 < to ? in.entityTypes()[i + 1] : "$"));
    out.add(FeatureHash.of(21, prev1));
    out.add(FeatureHash.of(22, prev1, w));
    out.add(FeatureHash.of(23, prev1 * 64 + prev2));
    out.add(FeatureHash.of(24, 0)); // bias
    out.add(FeatureHash.of(25, i == from ? 1 : i == to - 1 ? 2 : 0));
    out.add(FeatureHash.of(26, in.quoted()[i] ? 1 : 0, w));
    out.add(FeatureHash.of(27, rules, w));
    out.add(FeatureHash.of(28, in.cueClasses()[i].hashCode() * 31 + after.hashCode()));
    if (clustered) {
      out.add(FeatureHash.of(29, prev1 * 0x01000193 + forms.cluster[2][i]));
    }
    // syntax: the token's chunk, its neighbours' chunks, and the chunk before its own ("NP VP" is a subject and verb)
    int chunk = in.chunkAt(i, from, to);
    out.add(FeatureHash.of(30, chunk));
    out.add(FeatureHash.of(31, (in.chunkAt(i - 1, from, to) + 2) * 128 + in.chunkAt(i + 1, from, to) + 2));
    out.add(FeatureHash.of(32, chunk, w));
    int start = i;
    while (start > from && in.chunkAt(start, from, to) >= 0 && ChunkFeatures.LABELS.positionOf(in.chunkAt(start, from, to)) > 0
        && ChunkFeatures.LABELS.positionOf(in.chunkAt(start, from, to)) < 3 && i - start < 8) {
      start--; // back to the chunk's first token
    }
    out.add(FeatureHash.of(33, (chunk + 2) * 128 + in.chunkAt(start - 1, from, to) + 2));
    out.add(FeatureHash.of(34, in.chunkAt(start - 1, from, to), w));
  }
}
