package dev.newsfacet.index;

import dev.newsfacet.extract.Lexicon;
import dev.newsfacet.extract.statement.RoleHolders;
import dev.newsfacet.model.AnalyzedArticle;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import dev.newsfacet.model.Statement;
import dev.newsfacet.text.NameKeys;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Canonical names across the whole index: one display name per entity key (the first spelling
 * indexed), and a surname left unresolved inside its article linked to the dominant full name with
 * that surname in the corpus. Rebuilt from the index's own terms when it is opened, so it needs no
 * storage of its own. Thread-safe.
 *
 * <p>It also remembers which roles the corpus gives with which names ("Tory leader Michael Howard"), so that
 * a speaker left as a role inside its article ("the Tory leader said") is the person the corpus gives that
 * role to — but only when the article itself names that person, and only when exactly one person it names
 * fits ({@link #groundRoles}).
 */
public final class NameRegistry {
  /** Articles that must give a role with a name before the role alone is taken to mean that person. */
  static final int MIN_ROLE_ARTICLES = 2;

  private final Map<String, String> displayByKey = new HashMap<>();
  private final Map<String, Map<String, Integer>> fullNamesBySurname = new HashMap<>();
  /** person key → folded role → articles that give the role with the name */
  private final Map<String, Map<String, Integer>> rolesByPerson = new HashMap<>();
  private final RoleHolders roles = new RoleHolders(Lexicon.defaultLexicon()::roleWord);

  /** Loads display names and full-name counts from an index. */
  public synchronized void load(TermLookup index) throws IOException {
    index.terms(Fields.ENTITY_DISPLAY, "", Integer.MAX_VALUE, (term, docs) -> {
      String[] parts = term.split(String.valueOf(Fields.SEP), 3);
      if (parts.length == 3) {
        displayByKey.putIfAbsent(parts[0] + Fields.SEP + parts[1], parts[2]);
      }
      return true;
    });
    index.terms(Fields.entityField(EntityType.PERSON), "", Integer.MAX_VALUE, (key, docs) -> {
      if (key.indexOf(' ') > 0) {
        fullNamesBySurname.computeIfAbsent(surname(key), k -> new HashMap<>()).merge(key, (int) docs, Integer::sum);
      }
      return true;
    });
    index.terms(Fields.ROLE_HOLDER, "", Integer.MAX_VALUE, (term, docs) -> {
      int sep = term.indexOf(Fields.SEP);
      if (sep > 0) {
        rolesByPerson.computeIfAbsent(term.substring(sep + 1), k -> new HashMap<>())
            .merge(term.substring(0, sep), (int) docs, Integer::sum);
      }
      return true;
    });
  }

  /** Counts the full names of people in these articles, before any of them is resolved. */
  public synchronized void observe(AnalyzedArticle article) {
    for (String pair : DocumentMapper.roleHolders(article)) {
      int sep = pair.indexOf(Fields.SEP);
      rolesByPerson.computeIfAbsent(pair.substring(sep + 1), k -> new HashMap<>()).merge(pair.substring(0, sep), 1, Integer::sum);
    }
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
  public synchronized CanonicalNames namesFor(AnalyzedArticle article) {
    Map<String, String> memo = new HashMap<>();
    return (type, canonical) -> memo.computeIfAbsent(type.name() + Fields.SEP + canonical, k -> {
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
        String display = displayByKey.get(type.name() + Fields.SEP + key);
        if (display == null) {
          display = canonical;
          displayByKey.put(type.name() + Fields.SEP + NameKeys.key(canonical), canonical);
        }
        return display;
      }
    });
  }

  /**
   * The article with each speaker that stayed a role phrase ("the Tory leader") replaced by the one person
   * the article names who holds that office, when the corpus gives them a fitting role in at least
   * {@value #MIN_ROLE_ARTICLES} articles; the new speaker's {@code by} says so ({@code index:role-holder}).
   * Unchanged when no one or several people named hold it.
   */
  public synchronized AnalyzedArticle groundRoles(AnalyzedArticle article) {
    boolean any = false;
    for (Statement s : article.statements()) {
      any |= s.speaker() != null && s.speaker().type() == EntityType.OTHER && s.speaker().canonical() != null;
    }
    if (!any) {
      return article;
    }
    CanonicalNames display = namesFor(article);
    Map<String, String> named = new HashMap<>(); // person key → the article's canonical spelling
    Map<String, List<String>> articleRoles = new HashMap<>(); // person key → roles this article gives
    for (EntityMention m : article.entities()) {
      if (m.type() == EntityType.PERSON && m.canonical() != null) {
        String key = NameKeys.key(display.display(EntityType.PERSON, m.canonical()));
        named.putIfAbsent(key, m.canonical());
        if (m.role() != null) {
          articleRoles.computeIfAbsent(key, k -> new ArrayList<>()).add(NameKeys.fold(m.role()));
        }
      }
    }
    Map<String, String> holderByPhrase = new HashMap<>();
    List<Statement> out = new ArrayList<>(article.statements().size());
    boolean changed = false;
    for (Statement s : article.statements()) {
      EntityMention sp = s.speaker();
      String lower = sp == null ? "" : sp.text().strip().toLowerCase(Locale.ROOT);
      boolean indefinite = lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("one ");
      if (sp != null && sp.type() == EntityType.OTHER && sp.canonical() != null && !indefinite) {
        // "a spokesman", "a leader": someone the text does not identify, never the known holder
        String holder = holderByPhrase.computeIfAbsent(sp.canonical(), phrase -> holderOf(phrase, named, articleRoles));
        if (!holder.isEmpty()) {
          sp = new EntityMention(sp.start(), sp.end(), sp.text(), EntityType.PERSON, holder, null, "index:role-holder");
          s = s.withSpeaker(sp, "index:role-holder");
          changed = true;
        }
      }
      out.add(s);
    }
    return changed ? new AnalyzedArticle(article.article(), article.entities(), out, article.dates(),
        article.roleCountries()) : article;
  }

  /**
   * The one person the article names who holds the phrase's office anywhere the index or the article has
   * seen ("" when none or several do: "the president" in an article naming two presidents is no one), and
   * only when a role that fits the phrase was given with their name in {@value #MIN_ROLE_ARTICLES} articles.
   */
  private String holderOf(String phrase, Map<String, String> named, Map<String, List<String>> articleRoles) {
    String candidate = null;
    for (String person : named.keySet()) {
      boolean holds = articleRoles.getOrDefault(person, List.of()).stream().anyMatch(r -> roles.sameOffice(phrase, r))
          || rolesByPerson.getOrDefault(person, Map.of()).keySet().stream().anyMatch(r -> roles.sameOffice(phrase, r));
      if (holds) {
        if (candidate != null) {
          return ""; // two people the article names hold the office: no guess
        }
        candidate = person;
      }
    }
    if (candidate == null) {
      return "";
    }
    for (Map.Entry<String, Integer> role : rolesByPerson.getOrDefault(candidate, Map.of()).entrySet()) {
      if (role.getValue() >= MIN_ROLE_ARTICLES && roles.fitsPhrase(phrase, role.getKey())) {
        return named.get(candidate);
      }
    }
    return "";
  }

  private static String surname(String key) {
    return key.substring(key.lastIndexOf(' ') + 1);
  }
}
