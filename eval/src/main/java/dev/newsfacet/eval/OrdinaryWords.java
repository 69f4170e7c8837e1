package dev.newsfacet.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ordinary-word list the entity rules use at a sentence start ("Additional reporting by …": not a
 * name): words a corpus writes in lower case, and seldom capitalised inside a sentence (so "bush", written
 * "Bush" as a name, stays out). Built from GUM's CC-BY genres by {@code newsfacet train ordinary-words}.
 */
public final class OrdinaryWords {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  private OrdinaryWords() {}

  /** The words seen in lower case at least twice and at least four times as often as capitalised mid-sentence. */
  public static SortedSet<String> build(List<Gum.Document> docs) {
    Map<String, int[]> counts = new HashMap<>(); // [lower case, capitalised inside a sentence]
    for (Gum.Document d : docs) {
      String text = d.text();
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        String w = m.group();
        if (w.length() < 3) {
          continue;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (Character.isLowerCase(w.charAt(0))) {
          counts.computeIfAbsent(lower, k -> new int[2])[0]++;
        } else if (!sentenceInitial(text, m.start()) && !w.equals(w.toUpperCase(Locale.ROOT))) {
          counts.computeIfAbsent(lower, k -> new int[2])[1]++;
        }
      }
    }
    SortedSet<String> out = new TreeSet<>();
    counts.forEach((w, c) -> {
      if (c[0] >= 2 && c[0] >= 4 * c[1]) {
        out.add(w);
      }
    });
    return out;
  }

  private static boolean sentenceInitial(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"“‘'([".indexOf(text.charAt(i)) >= 0)) {
      if (text.charAt(i) == '\n') {
        return true;
      }
      i--;
    }
    return i < 0 || ".!?:;".indexOf(text.charAt(i)) >= 0;
  }

  /** Writes the list with its provenance, one word per line. */
  public static void write(SortedSet<String> words, Writer w) throws IOException {
    w.write("# Ordinary English words (lower case), from the CC-BY genres of the GUM corpus (Zeldes 2017,\n");
    w.write("# https://gucorpling.org/gum/, CC-BY 4.0 / 2.5; see NOTICE). Built by: newsfacet train ordinary-words\n");
    for (String word : words) {
      w.write(word);
      w.write('\n');
    }
  }
}
