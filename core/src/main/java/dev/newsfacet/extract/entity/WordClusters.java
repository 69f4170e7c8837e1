package dev.newsfacet.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Word clusters induced from unlabelled news: each word of the vocabulary has a path in a binary tree
 * ("0110…"), so that prefixes of the path are clusters of growing size. Read from the file that
 * {@code newsfacet train clusters} writes: a comment line, then {@code word TAB path} per line (gzip).
 * Immutable once read; safe to share between threads.
 */
public final class WordClusters {
  private final Map<String, String> paths;
  private final String provenance;

  private WordClusters(Map<String, String> paths, String provenance) {
    this.paths = Map.copyOf(paths);
    this.provenance = provenance;
  }

  /** Clusters read from a gzip stream in the format above. */
  public static WordClusters read(InputStream gzip) throws IOException {
    Map<String, String> paths = new HashMap<>();
    String provenance = "";
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzip), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          provenance = provenance.isEmpty() ? line.substring(1).trim() : provenance;
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab > 0) {
          paths.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    }
    return new WordClusters(paths, provenance);
  }

  /** Clusters from a class-path resource, or null when it is absent. */
  public static WordClusters fromResource(ClassLoader loader, String name) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? null : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word clusters " + name, e);
    }
  }

  /** No clusters at all: every word is unknown. */
  public static WordClusters none() {
    return new WordClusters(Map.of(), "none");
  }

  /** The word's path, or null when it is not in the vocabulary; words are looked up as written, digits as 0. */
  public String path(String word) {
    return paths.get(normalise(word));
  }

  /** How clustering normalises a word before counting it: every digit becomes 0. */
  public static String normalise(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '1' && c <= '9') {
        char[] chars = word.toCharArray();
        for (int j = i; j < chars.length; j++) {
          if (chars[j] >= '1' && chars[j] <= '9') {
            chars[j] = '0';
          }
        }
        return new String(chars);
      }
    }
    return word;
  }

  public int size() {
    return paths.size();
  }

  /** The first comment line of the file: how the clusters were made. */
  public String provenance() {
    return provenance;
  }
}
