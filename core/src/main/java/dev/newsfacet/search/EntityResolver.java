package dev.newsfacet.search;

import dev.newsfacet.extract.NamePrefixes;
import dev.newsfacet.index.Fields;
import dev.newsfacet.index.TermLookup;
import dev.newsfacet.model.EntityType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a name typed in a query ("Orban", "the Kremlin", "Alaska summit", "Hungarian Prime
 * Minister") to the canonical entities it names, through the aliases the index recorded: every
 * spelling, surname and role seen with each entity. Where a name fits several entities, the one
 * found in the most articles wins; a bare surname that was never linked to a full name goes with it.
 */
public final class EntityResolver {
  /** A canonical entity: its type and key. */
  public record Resolved(EntityType type, String key) {}

  private static final int MAX_ALIASES = 10_000;
  private static final int MAX_SPELLINGS = 50;

  private final TermLookup index;

  public EntityResolver(TermLookup index) {
    this.index = index;
  }

  /**
   * The entities a name can mean, best first; titles before the name are tried without when the name as
   * typed is unknown ("Mr Blair", "Prime Minister Tony Blair", "Sir Alex": the index records people by
   * their names, the titles as roles).
   */
  public List<Resolved> resolve(String name, Set<EntityType> types) throws IOException {
    List<Resolved> asTyped = resolveAsTyped(name, types);
    if (asTyped.isEmpty()) {
      String bare = NamePrefixes.strip(name);
      if (!bare.equals(name.strip())) {
        List<Resolved> named = resolveAsTyped(bare, types);
        if (bare.indexOf(' ') >= 0) {
          return named;
        }
        // "Sir Alex": a title and a given name, as British papers name a knight: also the person whose
        // full name begins with it, the one most articles name
        List<Resolved> all = new ArrayList<>(named);
        for (Resolved r : byGivenName(bare, types)) {
          if (!all.contains(r)) {
            all.add(r);
          }
        }
        return all;
      }
    }
    return asTyped;
  }

  private List<Resolved> byGivenName(String given, Set<EntityType> types) throws IOException {
    String prefix = Fields.aliasKey(given) + " ";
    if (prefix.isBlank() || !types.contains(EntityType.PERSON)) {
      return List.of();
    }
    Map<Resolved, Long> counts = new LinkedHashMap<>();
    index.terms(Fields.ALIAS, prefix, MAX_ALIASES, (term, docs) -> {
      String[] parts = term.split(String.valueOf(Fields.SEP));
      if (parts.length == 3 && parts[1].equals(EntityType.PERSON.name()) && parts[2].startsWith(prefix)) {
        counts.merge(new Resolved(EntityType.PERSON, parts[2]), docs, Long::sum);
      }
      return true;
    });
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> List.of(e.getKey())).orElse(List.of());
  }

  private List<Resolved> resolveAsTyped(String name, Set<EntityType> types) throws IOException {
    String alias = Fields.aliasKey(name);
    if (alias.isEmpty()) {
      return List.of();
    }
    Map<Resolved, Long> counts = new LinkedHashMap<>();
    index.terms(Fields.ALIAS, alias + Fields.SEP, MAX_ALIASES, (term, docs) -> {
      String[] parts = term.split(String.valueOf(Fields.SEP));
      if (parts.length == 3) {
        EntityType type = EntityType.valueOf(parts[1]);
        if (types.contains(type)) {
          counts.merge(new Resolved(type, parts[2]), docs, Long::sum);
        }
      }
      return true;
    });
    Resolved best = null;
    long bestCount = -1;
    for (Map.Entry<Resolved, Long> e : counts.entrySet()) {
      boolean exact = e.getKey().key().equals(alias);
      long score = e.getValue() * 2 + (exact ? 1 : 0);
      if (score > bestCount) {
        best = e.getKey();
        bestCount = score;
      }
    }
    if (best == null) {
      return List.of();
    }
    List<Resolved> out = new ArrayList<>();
    out.add(best);
    for (Resolved r : counts.keySet()) {
      // a bare surname indexed on its own ("Trump" where no full name was known) belongs with the winner
      if (!r.equals(best) && r.type() == best.type() && r.key().equals(alias) && best.key().endsWith(" " + alias)) {
        out.add(r);
      }
    }
    return out;
  }

  /** The recorded spellings of an entity, for highlighting. */
  public List<String> spellings(String key) throws IOException {
    List<String> out = new ArrayList<>();
    String prefix = key + Fields.SEP;
    index.terms(Fields.CANON_ALIAS, prefix, MAX_SPELLINGS, (term, docs) -> out.add(term.substring(prefix.length())));
    return out;
  }
}
