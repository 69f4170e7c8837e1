package dev.newsfacet.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free text as a search user writes it, after Lucene's query-parser conventions: words and "quoted
 * phrases" must all match; {@code a OR b} lets either do; {@code -word}, {@code -"a phrase"} and
 * {@code NOT word} must not match. Operators are written in capitals; in lower case "or" and "not" are
 * ordinary (stop) words.
 *
 * @param groups what must match: each group one part, or parts joined by OR
 * @param excluded what must not match anywhere
 */
record FreeText(List<List<Part>> groups, List<Part> excluded) {
  /** A word or a phrase. */
  record Part(String text, boolean phrase) {
    Clause clause(String field) {
      return phrase ? new Clause.Phrase(field, text) : new Clause.Words(field, text);
    }
  }

  private static final Pattern PART = Pattern.compile("(-?)\"([^\"]*)\"|(-?)([^\\s\"]+)");

  static FreeText parse(String text) {
    List<List<Part>> groups = new ArrayList<>();
    List<Part> excluded = new ArrayList<>();
    boolean or = false;
    boolean not = false;
    Matcher m = PART.matcher(text);
    while (m.find()) {
      boolean phrase = m.group(2) != null;
      String value = phrase ? m.group(2) : m.group(4);
      boolean minus = phrase ? !m.group(1).isEmpty() : !m.group(3).isEmpty() && !value.isEmpty();
      if (!phrase && !minus && value.equals("OR") && !groups.isEmpty()) {
        or = true;
        continue;
      }
      if (!phrase && !minus && value.equals("NOT")) {
        not = true;
        continue;
      }
      if (!phrase && value.isEmpty()) {
        continue; // a lone "-"
      }
      Part part = new Part(value, phrase);
      if (minus || not) {
        excluded.add(part);
      } else if (or) {
        groups.get(groups.size() - 1).add(part);
      } else {
        List<Part> group = new ArrayList<>();
        group.add(part);
        groups.add(group);
      }
      or = false;
      not = false;
    }
    return new FreeText(groups, excluded);
  }
}
