package dev.newsfacet.search;

import dev.newsfacet.index.Schema;
import dev.newsfacet.model.EntityType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Resolves a name typed in a query ("Orban", "the Kremlin", "Alaska summit", "Hungarian Prime
 * Minister") to the canonical entities it names, through the aliases the index recorded: every
 * spelling, surname and role seen with each entity. Where a name fits several entities, the one
 * found in the most articles wins; a bare surname that was never linked to a full name goes with it.
 */
final class EntityResolver {
  /** A canonical entity: its type and key. */
  record Resolved(EntityType type, String key) {}

  private final IndexReader reader;

  EntityResolver(IndexReader reader) {
    this.reader = reader;
  }

  List<Resolved> resolve(String name, Set<EntityType> types) throws IOException {
    String alias = Schema.aliasKey(name);
    if (alias.isEmpty()) {
      return List.of();
    }
    Map<Resolved, Integer> counts = new LinkedHashMap<>();
    Terms terms = MultiTerms.getTerms(reader, Schema.ALIAS);
    if (terms == null) {
      return List.of();
    }
    String prefix = alias + Schema.SEP;
    TermsEnum te = terms.iterator();
    if (te.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
      return List.of();
    }
    for (BytesRef t = te.term(); t != null; t = te.next()) {
      String s = t.utf8ToString();
      if (!s.startsWith(prefix)) {
        break;
      }
      String[] parts = s.split(String.valueOf(Schema.SEP));
      if (parts.length != 3) {
        continue;
      }
      EntityType type = EntityType.valueOf(parts[1]);
      if (types.contains(type)) {
        counts.merge(new Resolved(type, parts[2]), te.docFreq(), Integer::sum);
      }
    }
    Resolved best = null;
    int bestCount = -1;
    for (Map.Entry<Resolved, Integer> e : counts.entrySet()) {
      boolean exact = e.getKey().key().equals(alias);
      int score = e.getValue() * 2 + (exact ? 1 : 0);
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
  List<String> spellings(String key) throws IOException {
    List<String> out = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, Schema.CANON_ALIAS);
    if (terms == null) {
      return out;
    }
    String prefix = key + Schema.SEP;
    TermsEnum te = terms.iterator();
    if (te.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
      return out;
    }
    for (BytesRef t = te.term(); t != null && out.size() < 50; t = te.next()) {
      String s = t.utf8ToString();
      if (!s.startsWith(prefix)) {
        break;
      }
      out.add(s.substring(prefix.length()));
    }
    return out;
  }
}
