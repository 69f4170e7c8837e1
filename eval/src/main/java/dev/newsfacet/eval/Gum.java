package dev.newsfacet.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The GUM corpus (Zeldes 2017) in WebAnno TSV 3.2: each document's text rebuilt at its character
 * offsets (one sentence a line), and its entity mentions (person, place, organization, ...) as spans.
 */
public final class Gum {
  /** Genres whose texts are CC-BY (Wikinews news and interviews; academic and court): no share-alike. */
  public static final Set<String> CC_BY_GENRES = Set.of("news", "interview", "academic", "court");

  /** A mention; {@code named} when GUM links it to a Wikipedia identity (a named entity). */
  public record Mention(int start, int end, String type, boolean named) {
    public Mention(int start, int end, String type) {
      this(start, end, type, false);
    }
  }

  public record Document(String name, String genre, String text, List<Mention> mentions) {}

  private Gum() {}

  /** Reads the documents of the given genres from a GUM root (holding tsv/). */
  public static List<Document> read(Path root, Set<String> genres) throws IOException {
    Path dir = root.resolve("tsv");
    if (!Files.isDirectory(dir)) {
      throw new IOException("no tsv/ folder under " + root + ": not a GUM corpus");
    }
    List<Document> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        String[] parts = name.split("_");
        if (!name.endsWith(".tsv") || parts.length < 3 || !genres.contains(parts[1])) {
          continue;
        }
        out.add(parse(name, parts[1], Files.readAllLines(p, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  public static Document parse(String name, String genre, List<String> lines) {
    List<int[]> tokens = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<Integer> sentenceStarts = new ArrayList<>();
    Map<String, int[]> spans = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    Set<String> named = new HashSet<>();
    List<Mention> mentions = new ArrayList<>();
    String lastSentence = null;
    int end = 0;
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      if (c.length < 4 || !c[1].contains("-")) {
        continue;
      }
      String[] se = c[1].split("-");
      int s = Integer.parseInt(se[0]);
      int e = Integer.parseInt(se[1]);
      String sentence = c[0].substring(0, c[0].indexOf('-'));
      if (!sentence.equals(lastSentence)) {
        sentenceStarts.add(s);
        lastSentence = sentence;
      }
      tokens.add(new int[] {s, e});
      words.add(c[2]);
      end = Math.max(end, e);
      if (c.length > 6 && !c[6].equals("_")) {
        for (String m : c[6].split("\\|")) {
          int b = m.indexOf('[');
          named.add(b < 0 ? s + ":" + e : m.substring(b + 1, m.length() - 1));
        }
      }
      if (!c[3].equals("_")) {
        for (String m : c[3].split("\\|")) {
          int b = m.indexOf('[');
          String type = b < 0 ? m : m.substring(0, b);
          if (b < 0) {
            mentions.add(new Mention(s, e, type, c.length > 6 && !c[6].equals("_")));
          } else {
            String id = m.substring(b + 1, m.length() - 1);
            spans.merge(id, new int[] {s, e}, (x, y) -> new int[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])});
            types.put(id, type);
          }
        }
      }
    }
    spans.forEach((id, span) -> mentions.add(new Mention(span[0], span[1], types.get(id), named.contains(id))));
    char[] text = new char[end];
    Arrays.fill(text, ' ');
    for (int i = 0; i < tokens.size(); i++) {
      int[] t = tokens.get(i);
      String w = words.get(i);
      for (int k = 0; k < w.length() && t[0] + k < t[1]; k++) {
        text[t[0] + k] = w.charAt(k);
      }
    }
    for (int start : sentenceStarts) {
      if (start > 0 && text[start - 1] == ' ') {
        text[start - 1] = '\n';
      }
    }
    return new Document(name, genre, new String(text), List.copyOf(mentions));
  }
}
