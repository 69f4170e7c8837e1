package dev.newsfacet.extract.attribution;

import dev.newsfacet.extract.entity.FeatureHash;
import dev.newsfacet.extract.entity.WordClusters;

/**
 * Features of a token for the span tagger, which labels the source and the content of one cue: the
 * token's side of the cue and its distance, the cue's words, what stands between (commas, quotation
 * marks, other cues), the token's word, shape, cluster and entity type, quotation state and the rules'
 * decisions, each joined with the side so that "he" before "said" and "he" after it can differ.
 */
public final class SpanFeatures {
  private static final int[] DISTANCE_BUCKETS = {1, 2, 3, 5, 8, 12, 20};

  private final WordClusters clusters;

  public SpanFeatures(WordClusters clusters) {
    this.clusters = clusters;
  }

  /** One cue in its sentence, with what the features read of it. */
  public record CueContext(int from, int to, int cueFrom, int cueTo, String cueWords, String cueHead,
                           String cueClass, String afterCue, SentenceCounts counts) {}

  /** The context of the cue {@code [cueFrom, cueTo)} in the sentence {@code [from, to)}. */
  public static CueContext context(AttributionInput in, int from, int to, int cueFrom, int cueTo, SentenceCounts counts) {
    StringBuilder words = new StringBuilder();
    for (int k = cueFrom; k < cueTo; k++) {
      words.append(k > cueFrom ? " " : "").append(in.lower()[k]);
    }
    return new CueContext(from, to, cueFrom, cueTo, words.toString(), in.lower()[cueTo - 1],
        in.cueClasses()[cueTo - 1], in.lowerAt(cueTo, from, to), counts);
  }

  /** Counts for a sentence, shared by every cue in it. */
  public static SentenceCounts counts(AttributionInput in, int from, int to) {
    return SentenceCounts.of(in, from, to);
  }

  private static int bucket(int distance) {
    for (int b = 0; b < DISTANCE_BUCKETS.length; b++) {
      if (distance <= DISTANCE_BUCKETS[b]) {
        return b;
      }
    }
    return DISTANCE_BUCKETS.length;
  }

  /** What the features read of the input's words, once per article. */
  public WordForms forms(AttributionInput in) {
    return WordForms.of(in.words(), clusters);
  }

  public void of(AttributionInput in, WordForms forms, CueContext c, int i, int prev1, int prev2, FeatureList out) {
    int side = i < c.cueFrom() ? 0 : i >= c.cueTo() ? 2 : 1;
    int distance = side == 0 ? c.cueFrom() - i : side == 2 ? i - c.cueTo() + 1 : 0;
    int d = bucket(distance);
    int sd = side * 16 + d;
    String w = in.lower()[i];
    int a = side == 0 ? i + 1 : c.cueTo();
    int b = side == 0 ? c.cueFrom() : i;
    int commas = side == 1 ? 0 : Math.min(2, c.counts().commasBetween(Math.min(a, b), Math.max(a, b)));
    int marks = side == 1 ? 0 : Math.min(2, c.counts().marksBetween(Math.min(a, b), Math.max(a, b)));
    int cues = side == 1 ? 0 : Math.min(2, c.counts().cuesBetween(Math.min(a, b), Math.max(a, b)));
    out.add(FeatureHash.of(101, sd));
    out.add(FeatureHash.of(102, side, w));
    out.add(FeatureHash.of(103, side * 0x01000193 + forms.shape[i]));
    out.add(FeatureHash.of(104, side, in.entityTypes()[i]));
    out.add(FeatureHash.of(105, side * 2 + (in.quoted()[i] ? 1 : 0)));
    out.add(FeatureHash.of(106, side * 64 + prev1));
    out.add(FeatureHash.of(107, sd * 64 + prev1));
    out.add(FeatureHash.of(108, side, c.cueWords()));
    out.add(FeatureHash.of(109, side * 0x01000193 + c.cueHead().hashCode() * 31 + w.hashCode()));
    out.add(FeatureHash.of(110, side, c.cueClass()));
    out.add(FeatureHash.of(111, side, in.lowerAt(i - 1, c.from(), c.to())));
    out.add(FeatureHash.of(112, side, in.lowerAt(i + 1, c.from(), c.to())));
    if (forms.cluster[1][i] != WordForms.NONE) {
      out.add(FeatureHash.of(113, side * 0x01000193 + forms.cluster[1][i]));
    }
    out.add(FeatureHash.of(114, side * 16 + in.rules()[i]));
    out.add(FeatureHash.of(115, (side * 4 + commas) * 4 + marks));
    out.add(FeatureHash.of(116, (side * 4 + cues) * 64 + prev1));
    out.add(FeatureHash.of(117, side, c.afterCue()));
    out.add(FeatureHash.of(118, sd, c.cueClass()));
    out.add(FeatureHash.of(119, side * 64 + prev1, w));
    out.add(FeatureHash.of(120, (side * 64 + prev1) * 64 + prev2));
    out.add(FeatureHash.of(121, side * 4 + (i == c.from() ? 1 : i == c.to() - 1 ? 2 : 0)));
    out.add(FeatureHash.of(122, (sd * 4 + commas) * 4 + marks, c.cueClass()));
    out.add(FeatureHash.of(123, side * 64 + prev1, in.entityTypes()[i]));
    out.add(FeatureHash.of(124, side * 16 + in.rules()[i], c.cueHead()));
    // how far the sentence runs on and has run: content often reaches the sentence's end
    out.add(FeatureHash.of(125, (side * 16 + bucket(c.to() - i)) * 64 + prev1));
    out.add(FeatureHash.of(126, (side * 16 + bucket(i - c.from() + 1)) * 64 + prev1));
    // syntax: the token's chunk, and how many noun and verb phrases stand between it and the cue
    int chunk = in.chunkAt(i, c.from(), c.to());
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    int nps = side == 1 ? 0 : Math.min(3, c.counts().nounPhrasesBetween(lo, hi));
    int vps = side == 1 ? 0 : Math.min(2, c.counts().verbPhrasesBetween(lo, hi));
    out.add(FeatureHash.of(127, side * 128 + chunk + 2));
    out.add(FeatureHash.of(128, ((side * 4 + nps) * 4 + vps) * 128 + chunk + 2));
    out.add(FeatureHash.of(129, ((side * 4 + nps) * 4 + vps) * 64 + prev1));
    out.add(FeatureHash.of(130, (side * 128 + chunk + 2) * 64 + prev1));
    out.add(FeatureHash.of(131, (side * 128 + chunk + 2) * 128 + in.chunkAt(c.cueTo() - 1, c.from(), c.to()) + 2));
    out.add(FeatureHash.of(132, (side * 4 + nps) * 4 + vps, c.cueHead()));
  }
}
