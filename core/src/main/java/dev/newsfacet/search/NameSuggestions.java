package dev.newsfacet.search;

import dev.newsfacet.extract.NamePrefixes;
import dev.newsfacet.index.Fields;
import dev.newsfacet.index.TermLookup;
import dev.newsfacet.text.NameKeys;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Did you mean …" for a speaker the index does not know ("Tony Blaire"): the speakers within two edits of
 * the name (one for short names), the most quoted first, by their display names. Asked only when a search
 * found nothing, so that matching stays exact otherwise.
 */
public final class NameSuggestions {
  /** Suggestions given at most. */
  public static final int MAX = 3;

  private NameSuggestions() {}

  public static List<String> forSpeaker(TermLookup index, String name) throws IOException {
    String wanted = NameKeys.key(NamePrefixes.strip(name));
    if (wanted.length() < 3) {
      return List.of();
    }
    int maxEdits = wanted.length() <= 5 ? 1 : 2;
    Map<String, Long> near = new HashMap<>();
    index.terms(Fields.SPEAKER, "", Integer.MAX_VALUE, (term, docs) -> {
      if (!term.startsWith(Fields.UNNAMED_SPEAKER_PREFIX) && Math.abs(term.length() - wanted.length()) <= maxEdits
          && distance(term, wanted, maxEdits) <= maxEdits) {
        near.put(term, docs);
      }
      return true;
    });
    List<Map.Entry<String, Long>> best = new ArrayList<>(near.entrySet());
    best.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : best.subList(0, Math.min(MAX, best.size()))) {
      out.add(display(index, e.getKey()));
    }
    return out;
  }

  /** The display name of an entity key ("tony blair" → "Tony Blair"), from the index's name records. */
  private static String display(TermLookup index, String key) throws IOException {
    String[] found = {null};
    for (String type : List.of("PERSON", "ORG")) {
      if (found[0] == null) {
        index.terms(Fields.ENTITY_DISPLAY, type + Fields.SEP + key + Fields.SEP, 1, (term, docs) -> {
          found[0] = term.substring(term.lastIndexOf(Fields.SEP) + 1);
          return false;
        });
      }
    }
    return found[0] != null ? found[0] : key;
  }

  /** Levenshtein distance, or more than {@code bound} as soon as it must be. */
  static int distance(String a, String b, int bound) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > bound) {
        return bound + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
