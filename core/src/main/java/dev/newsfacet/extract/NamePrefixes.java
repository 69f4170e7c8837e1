package dev.newsfacet.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The titles, honorifics and professions that stand before a name without being part of it ("Mr",
 * "Sir", "Prime Minister", "Singer"): {@code name-prefixes.txt} and {@code titles.txt}. Small and
 * loaded on first use without the rest of the lexicon, so that a search can use it and stay quick.
 */
public final class NamePrefixes {
  private static final class Holder {
    static final Set<String> PHRASES = load();
  }

  private NamePrefixes() {}

  /** Whether a (lower-case, full stop ignored) word or phrase is such a prefix. */
  public static boolean isPrefix(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT).replace(".", "").strip();
    return Holder.PHRASES.contains(p);
  }

  /**
   * The name without the titles before it: "Prime Minister Tony Blair" → "Tony Blair", "Mr Blair" →
   * "Blair", "Sir Alex" → "Alex"; a name that is only a title stays as it is.
   */
  public static String strip(String name) {
    String[] words = name.strip().split("\\s+");
    int from = 0;
    boolean cut = true;
    while (cut && from < words.length - 1) {
      cut = false;
      for (int n = Math.min(4, words.length - 1 - from); n >= 1; n--) {
        if (isPrefix(String.join(" ", Arrays.copyOfRange(words, from, from + n)))) {
          from += n;
          cut = true;
          break;
        }
      }
    }
    return from == 0 ? name.strip() : String.join(" ", Arrays.copyOfRange(words, from, words.length));
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (String file : List.of("name-prefixes.txt", "titles.txt")) {
      try (InputStream in = NamePrefixes.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + file + " beside " + NamePrefixes.class.getName());
        }
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> out.add(l.toLowerCase(Locale.ROOT).replace(".", "")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Set.copyOf(out);
  }
}
