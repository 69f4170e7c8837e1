package dev.newsfacet.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * How rare a word is in news: its rank in the vocabulary of the shipped word clusters, which lists words
 * most frequent first (models artifact, {@code newsfacet train clusters}; a vocabulary-level resource).
 * By Zipf's law a word's frequency falls as one over its rank, so the logarithm of the rank stands in for
 * an inverse document frequency without counting the user's own corpus, which an index that grows one
 * article at a time could not give each article at the time it is indexed. Immutable.
 */
public final class WordRarity {
  /** Class-path name of the shipped word clusters, whose order this reads. */
  static final String CLUSTERS = "dev/newsfacet/models/clusters.tsv.gz";

  private final Map<String, Integer> rank;

  private WordRarity(Map<String, Integer> rank) {
    this.rank = Map.copyOf(rank);
  }

  /** The ranks of the shipped vocabulary; every word equally rare when the models artifact is absent. */
  public static WordRarity shipped() {
    return Holder.SHIPPED;
  }

  /** Ranks from a clusters file (gzip, "word TAB path" lines, most frequent first, '#' comments). */
  static WordRarity read(InputStream gzip) throws IOException {
    Map<String, Integer> rank = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzip), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (line.startsWith("#") || tab <= 0) {
          continue;
        }
        n++;
        rank.putIfAbsent(line.substring(0, tab).toLowerCase(Locale.ROOT), n); // "The" and "the": the commoner
      }
    }
    return new WordRarity(rank);
  }

  /** The rank of a lower-case word, 1 for the commonest; words outside the vocabulary rank after all of it. */
  public int rank(String word) {
    Integer r = rank.get(word);
    return r == null ? rank.size() + 1 : r;
  }

  /** Whether the vocabulary is known at all (the models artifact was found). */
  public boolean known() {
    return !rank.isEmpty();
  }

  private static final class Holder {
    static final WordRarity SHIPPED = load();

    private static WordRarity load() {
      try (InputStream in = WordRarity.class.getClassLoader().getResourceAsStream(CLUSTERS)) {
        return in == null ? new WordRarity(Map.of()) : read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the word clusters " + CLUSTERS, e);
      }
    }
  }
}
