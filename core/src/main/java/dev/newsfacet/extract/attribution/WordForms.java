package dev.newsfacet.extract.attribution;

import dev.newsfacet.extract.entity.WordClusters;
import dev.newsfacet.extract.entity.WordShape;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the features read of each token's word, worked out once per article rather than once per feature
 * and cue: its shape, suffix, and cluster path prefixes, each kept as a hash code. A word seen twice in
 * the article is worked out once.
 */
public final class WordForms {
  /** Cluster path prefix lengths the features read. */
  static final int[] PREFIXES = {4, 6, 8, 10, 11};
  /** The code of "no cluster". */
  static final int NONE = "?".hashCode();

  final int[] shape;
  final int[] suffix;
  /** {@code cluster[k][i]}: token i's path cut to {@code PREFIXES[k]}, or {@link #NONE}. */
  final int[][] cluster;

  private WordForms(int n) {
    shape = new int[n];
    suffix = new int[n];
    cluster = new int[PREFIXES.length][n];
  }

  /** Codes kept across articles at most (a few MB); past that, a word is worked out each time. */
  private static final int CACHE_LIMIT = 100_000;

  static WordForms of(String[] words, WordClusters clusters) {
    return of(words, clusters, new HashMap<>());
  }

  /**
   * The forms of {@code words}, reading and filling {@code cache} (a thread-safe map when shared by
   * threads; news repeats its vocabulary, so most words are found there).
   */
  static WordForms of(String[] words, WordClusters clusters, Map<String, int[]> cache) {
    WordForms f = new WordForms(words.length);
    for (int i = 0; i < words.length; i++) {
      int[] codes = cache.get(words[i]);
      if (codes == null) {
        codes = codes(words[i], clusters);
        if (cache.size() < CACHE_LIMIT) {
          cache.put(words[i], codes);
        }
      }
      f.shape[i] = codes[0];
      f.suffix[i] = codes[1];
      for (int k = 0; k < PREFIXES.length; k++) {
        f.cluster[k][i] = codes[2 + k];
      }
    }
    return f;
  }

  private static int[] codes(String word, WordClusters clusters) {
    int[] c = new int[2 + PREFIXES.length];
    String lower = word.toLowerCase(Locale.ROOT);
    c[0] = WordShape.brief(word).hashCode();
    c[1] = (lower.length() > 3 ? lower.substring(lower.length() - 3) : lower).hashCode();
    String path = clusters.path(word);
    for (int k = 0; k < PREFIXES.length; k++) {
      c[2 + k] = path == null ? NONE : path.substring(0, Math.min(PREFIXES[k], path.length())).hashCode();
    }
    return c;
  }

  /** Token i's cluster prefix {@code k}, or a padding code outside [from, to). */
  int clusterAt(int k, int i, int from, int to) {
    return i < from || i >= to ? 0 : cluster[k][i];
  }
}
