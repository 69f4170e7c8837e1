package dev.newsfacet.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The headline of a plain-text article: its first line, unless that line is a section label ("War",
 * "World News") standing above a longer line, or boilerplate (a reading time, an editor's note, a
 * picture credit, a byline; see {@code headline-boilerplate.txt}), in which case the next line is tried.
 */
final class Headline {
  /** Lines looked at before falling back to the first. */
  private static final int LOOKED_AT = 6;
  /** A label has at most this many words. */
  private static final int LABEL_WORDS = 3;
  private static final List<Pattern> BOILERPLATE = load();

  private Headline() {}

  static String of(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : (Iterable<String>) text.strip().lines()::iterator) {
      if (!line.isBlank()) {
        lines.add(line.strip());
        if (lines.size() == LOOKED_AT) {
          break;
        }
      }
    }
    if (lines.isEmpty()) {
      return "";
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (isBoilerplate(line)) {
        continue;
      }
      String next = nextContent(lines, i + 1);
      if (isLabel(line) && next != null && words(next) > LABEL_WORDS) {
        continue; // "War" above "Trump, Putin to meet in Budapest …": a section label
      }
      return line;
    }
    return lines.get(0);
  }

  private static String nextContent(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!isBoilerplate(lines.get(i))) {
        return lines.get(i);
      }
    }
    return null;
  }

  static boolean isBoilerplate(String line) {
    for (Pattern p : BOILERPLATE) {
      if (p.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLabel(String line) {
    char last = line.charAt(line.length() - 1);
    return words(line) <= LABEL_WORDS && last != '.' && last != '?' && last != '!' && last != '"' && last != '”';
  }

  private static int words(String line) {
    return line.split("\\s+").length;
  }

  private static List<Pattern> load() {
    try (InputStream in = Headline.class.getResourceAsStream("headline-boilerplate.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource headline-boilerplate.txt beside " + Headline.class.getName());
      }
      List<Pattern> out = new ArrayList<>();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(l -> out.add(Pattern.compile(l, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
