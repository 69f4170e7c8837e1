package dev.newsfacet.index;

import dev.newsfacet.model.AnalyzedArticle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One batch of extraction results made ready to write, the same way for both backends: every article's
 * names counted first (so a surname links to a full name in a sibling article), role speakers grounded,
 * names resolved in input order (the same input always gives the same display names), and whether each
 * article adds or replaces one. An id given twice in a batch is written once, as its last version.
 *
 * <p>The documents themselves are built on demand ({@link #documents}), on any thread.
 */
public final class DocumentBatch {
  /** Which of a batch's article ids the backend holds already. */
  @FunctionalInterface
  public interface Existing {
    /** The ids of these already in the index (or written since it was last searched). */
    Set<String> of(List<String> articleIds) throws IOException;
  }

  private record Entry(AnalyzedArticle analyzed, CanonicalNames names) {}

  private final List<Boolean> updated;
  private final Set<String> existed;
  private final List<Entry> toWrite;

  private DocumentBatch(List<Boolean> updated, Set<String> existed, List<Entry> toWrite) {
    this.updated = updated;
    this.existed = existed;
    this.toWrite = toWrite;
  }

  /** Prepares a batch against the index's name registry and its existing ids. */
  public static DocumentBatch prepare(List<AnalyzedArticle> given, NameRegistry names, Existing existing)
      throws IOException {
    given.forEach(names::observe);
    List<AnalyzedArticle> analyzed = given.stream().map(names::groundRoles).toList();
    List<CanonicalNames> resolved = new ArrayList<>(analyzed.size());
    for (AnalyzedArticle a : analyzed) {
      resolved.add(DocumentMapper.resolveNow(a, names.namesFor(a)));
    }
    List<String> ids = analyzed.stream().map(a -> a.article().id()).toList();
    Set<String> existed = Set.copyOf(existing.of(ids));
    List<Boolean> updated = new ArrayList<>(ids.size());
    Map<String, Integer> last = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      updated.add(existed.contains(ids.get(i)) || !seen.add(ids.get(i)));
      last.put(ids.get(i), i);
    }
    List<Entry> toWrite = new ArrayList<>(last.size());
    for (int i = 0; i < ids.size(); i++) {
      if (last.get(ids.get(i)) == i) {
        toWrite.add(new Entry(analyzed.get(i), resolved.get(i)));
      }
    }
    return new DocumentBatch(List.copyOf(updated), existed, List.copyOf(toWrite));
  }

  /** For each given article, in order: whether it replaced one (in the index, or earlier in the batch). */
  public List<Boolean> updated() {
    return updated;
  }

  /** The ids that were in the index before this batch: their statements are to be replaced. */
  public Set<String> existed() {
    return existed;
  }

  /** How many articles are to be written (ids given twice count once). */
  public int size() {
    return toWrite.size();
  }

  /** The id of the {@code i}-th article to write. */
  public String id(int i) {
    return toWrite.get(i).analyzed().article().id();
  }

  /** The documents of the {@code i}-th article to write: the article first, then its statements. */
  public List<IndexDoc> documents(int i, DocumentMapper mapper) {
    Entry e = toWrite.get(i);
    return mapper.documents(e.analyzed(), e.names());
  }
}
