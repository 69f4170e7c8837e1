package dev.newsfacet.index;

import dev.newsfacet.extract.NameKeys;
import dev.newsfacet.model.AnalyzedArticle;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Canonical names across the whole index: one display name per entity key (the first spelling
 * indexed), and a surname left unresolved inside its article linked to the dominant full name with
 * that surname in the corpus. Rebuilt from the index's own terms when it is opened, so it needs no
 * storage of its own. Thread-safe.
 */
public final class NameRegistry {
  private final Map<String, String> displayByKey = new HashMap<>();
  private final Map<String, Map<String, Integer>> fullNamesBySurname = new HashMap<>();

  /** Loads display names and full-name counts from an index. */
  public synchronized void load(TermLookup index) throws IOException {
    index.terms(Schema.ENTITY_DISPLAY, "", Integer.MAX_VALUE, (term, docs) -> {
      String[] parts = term.split(String.valueOf(Schema.SEP), 3);
      if (parts.length == 3) {
        displayByKey.putIfAbsent(parts[0] + Schema.SEP + parts[1], parts[2]);
      }
      return true;
    });
    index.terms(Schema.entityField(EntityType.PERSON), "", Integer.MAX_VALUE, (key, docs) -> {
      if (key.indexOf(' ') > 0) {
        fullNamesBySurname.computeIfAbsent(surname(key), k -> new HashMap<>()).merge(key, (int) docs, Integer::sum);
      }
      return true;
    });
  }

  /** Counts the full names of people in these articles, before any of them is resolved. */
  public synchronized void observe(AnalyzedArticle article) {
    Set<String> seen = new HashSet<>();
    for (EntityMention m : article.entities()) {
      if (m.type() == EntityType.PERSON && m.canonical() != null) {
        String key = NameKeys.key(m.canonical());
        if (key.indexOf(' ') > 0 && seen.add(key)) {
          fullNamesBySurname.computeIfAbsent(surname(key), k -> new HashMap<>()).merge(key, 1, Integer::sum);
        }
      }
    }
  }

  /**
   * The naming for one article: each canonical name mapped to the index-wide display name. A lone
   * surname (one the extractor could not link inside its article) goes to the full name with that
   * surname found in the most articles so far.
   */
  public synchronized Schema.CanonicalNames namesFor(AnalyzedArticle article) {
    Map<String, String> memo = new HashMap<>();
    return (type, canonical) -> memo.computeIfAbsent(type.name() + Schema.SEP + canonical, k -> {
      synchronized (this) {
        String key = NameKeys.key(canonical);
        if (type == EntityType.PERSON && key.indexOf(' ') < 0) {
          String best = null;
          int bestCount = 0;
          for (Map.Entry<String, Integer> e : fullNamesBySurname.getOrDefault(key, Map.of()).entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && best != null && e.getKey().compareTo(best) < 0)) {
              best = e.getKey();
              bestCount = e.getValue();
            }
          }
          if (best != null) {
            key = best;
          }
        }
        String display = displayByKey.get(type.name() + Schema.SEP + key);
        if (display == null) {
          display = canonical;
          displayByKey.put(type.name() + Schema.SEP + NameKeys.key(canonical), canonical);
        }
        return display;
      }
    });
  }

  private static String surname(String key) {
    return key.substring(key.lastIndexOf(' ') + 1);
  }
}
