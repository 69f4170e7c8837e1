package dev.newsfacet.search;

import dev.newsfacet.index.Wording;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * Groups the statements a query matched into one hit per statement, as every backend does: the same
 * speaker's identical words (one exact group key, computed at index time) are one group, and groups whose
 * wordings are near-identical ({@link Wording#same}) join, found through the index-time candidate keys
 * ({@link Wording#keys}) so that only statements sharing a key are compared. Joining is transitive: a
 * version that matches two others joins all three.
 */
public final class StatementGroups {
  /**
   * The most statement documents a search reads to group them, in both backends (and OpenSearch's default
   * result window); more matches are counted but not grouped.
   */
  public static final int MAX_GROUPED = 10_000;
  /**
   * A key more groups than this share is a phrase the speaker uses often ("the United States and"), not a
   * sign of one statement: it makes no candidates (versions of one statement share other keys too).
   */
  static final int MAX_PER_KEY = 8;

  /** One matched statement: its exact group key and its candidate keys (empty when it is not grouped by wording). */
  public record Member(long exactGroup, long[] keys) {}

  /** What deciding a candidate pair needs of a member, read only for members that have candidates. */
  public record Details(Wording wording, Long publishedDay) {}

  /** Reads the details of members by their index in the matched list, in one go. */
  @FunctionalInterface
  public interface DetailsLoader {
    Map<Integer, Details> load(Collection<Integer> members) throws IOException;
  }

  private StatementGroups() {}

  /**
   * The groups of the matched statements, each a list of member indexes in match order, ordered by their
   * first member.
   */
  public static List<List<Integer>> group(List<Member> members, DetailsLoader loader) throws IOException {
    // exact group key → group number, open addressing: thousands of boxed keys were a tenth of a query
    int n = members.size();
    int slots = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
    long[] slotKey = new long[slots];
    int[] slotGroup = new int[slots];
    Arrays.fill(slotGroup, -1);
    List<Integer> first = new ArrayList<>(); // exact group → its first member
    int[] exactOf = new int[n];
    for (int i = 0; i < n; i++) {
      long key = members.get(i).exactGroup();
      int slot = (int) (key ^ (key >>> 29) ^ (key >>> 47)) & (slots - 1);
      while (slotGroup[slot] >= 0 && slotKey[slot] != key) {
        slot = (slot + 1) & (slots - 1);
      }
      if (slotGroup[slot] < 0) {
        slotKey[slot] = key;
        slotGroup[slot] = first.size();
        first.add(i);
      }
      exactOf[i] = slotGroup[slot];
    }
    int[] parent = new int[first.size()];
    for (int g = 0; g < parent.length; g++) {
      parent[g] = g;
    }
    List<long[]> keysOfGroups = first.stream().map(f -> members.get(f).keys()).toList();
    long[] pairs = candidatePairs(keysOfGroups, MAX_PER_KEY, StatementGroups::enoughShared);
    if (pairs.length > 0) {
      TreeSet<Integer> wanted = new TreeSet<>();
      for (long p : pairs) {
        wanted.add(first.get((int) (p >>> 32)));
        wanted.add(first.get((int) p));
      }
      Map<Integer, Details> details = loader.load(wanted);
      for (long p : pairs) {
        int a = (int) (p >>> 32);
        int b = (int) p;
        int ra = root(parent, a);
        int rb = root(parent, b);
        if (ra == rb) {
          continue;
        }
        Details da = details.get(first.get(a));
        Details db = details.get(first.get(b));
        if (da != null && db != null && Wording.same(da.wording(), da.publishedDay(), db.wording(), db.publishedDay())) {
          parent[Math.max(ra, rb)] = Math.min(ra, rb); // the root stays the earliest group
        }
      }
    }
    // a group's root is its earliest exact group, so groups come out in the order of their first member
    return byRoot(n, i -> root(parent, exactOf[i]));
  }

  /** Whether two items with these many candidate keys, sharing some, are worth comparing. */
  @FunctionalInterface
  interface EnoughShared {
    boolean test(int shared, int keysA, int keysB);
  }

  /**
   * The pairs of items (exact statement groups, articles) worth comparing, each as {@code a << 32 | b} with
   * {@code a < b}, ascending: those sharing enough candidate keys, where a key more than {@code maxPerKey}
   * items share makes no pairs. For statements a single shared key between longer wordings is a common
   * phrase of the speaker ("the United States and"), and comparing every such pair was most of a grouped
   * query's time. Found by sorting (key, item) entries packed in one long each (the 32-bit key above the
   * item number), so that tens of thousands of keys cost no boxing.
   */
  static long[] candidatePairs(List<long[]> keys, int maxPerKey, EnoughShared enough) {
    long mask = 0xffffffffL; // keys are 32-bit: key in the high half, item in the low
    int total = 0;
    for (long[] k : keys) {
      total += k.length;
    }
    long[] entries = new long[total];
    int n = 0;
    for (int g = 0; g < keys.size(); g++) {
      for (long key : keys.get(g)) {
        entries[n++] = key << 32 | g;
      }
    }
    Arrays.sort(entries);
    long[] pairs = new long[16];
    int np = 0;
    for (int i = 0; i < n; ) {
      int j = i + 1;
      while (j < n && (entries[j] & ~mask) == (entries[i] & ~mask)) {
        j++;
      }
      int end = j - i > maxPerKey ? i : j;
      for (int x = i; x < end; x++) {
        for (int y = x + 1; y < end; y++) {
          long ga = entries[x] & mask;
          long gb = entries[y] & mask;
          if (ga == gb) {
            continue; // one item listing a key twice
          }
          if (np == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
          }
          pairs[np++] = Math.min(ga, gb) << 32 | Math.max(ga, gb);
        }
      }
      i = j;
    }
    Arrays.sort(pairs, 0, np);
    long[] out = new long[np];
    int no = 0;
    for (int i = 0; i < np; ) {
      int j = i + 1;
      while (j < np && pairs[j] == pairs[i]) {
        j++;
      }
      int a = (int) (pairs[i] >>> 32);
      int b = (int) pairs[i];
      if (enough.test(j - i, keys.get(a).length, keys.get(b).length)) {
        out[no++] = pairs[i];
      }
      i = j;
    }
    return Arrays.copyOf(out, no);
  }

  /** Whether two wordings with these many candidate keys, sharing {@code shared} of them, are compared. */
  public static boolean enoughShared(int shared, int keysA, int keysB) {
    return shared >= Math.min(2, Math.min(keysA, keysB));
  }

  /**
   * Items 0 … n-1 gathered by their root, each list in item order, the lists in the order of their first
   * item (a root is always its set's smallest item, so that is also the order of the roots).
   */
  static List<List<Integer>> byRoot(int n, IntUnaryOperator rootOf) {
    List<List<Integer>> byRoot = new ArrayList<>(Collections.nCopies(n, null));
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int r = rootOf.applyAsInt(i);
      List<Integer> g = byRoot.get(r);
      if (g == null) {
        g = new ArrayList<>(1);
        byRoot.set(r, g);
        out.add(g);
      }
      g.add(i);
    }
    return out;
  }

  static int root(int[] parent, int g) {
    while (parent[g] != g) {
      parent[g] = parent[parent[g]];
      g = parent[g];
    }
    return g;
  }

  /** The most other statements a quote search reads to complete the groups it shows. */
  public static final int MAX_EXPANDED = 1000;

  /**
   * Whether a query's groups are completed with the versions its words missed ({@link #expand}): a search
   * for a quoted phrase alone, perhaps by a speaker ("who said \"agreed-upon location\"" finds the two
   * versions with those words, and the group then lists the third, which words it otherwise). Words without
   * quotation marks ("what did Bernanke say about inflation") ask about a topic, not for one statement's
   * every wording; and any other restriction (a date, an outlet, a place) would be left out by the
   * completion, so such queries are not completed.
   */
  public static boolean expands(dev.newsfacet.NewsQuery q) {
    return q.text() != null && q.text().chars().anyMatch(c -> c == '"' || c == '\u201c' || c == '\u201d')
        && q.filters().isEmpty() && q.mentions().isEmpty() && q.publishedFrom() == null && q.publishedTo() == null;
  }

  /** Reads the details of statements by their ids, in one go. */
  @FunctionalInterface
  public interface DetailsById<T> {
    Map<T, Details> load(Collection<T> ids) throws IOException;
  }

  /**
   * Adds to each shown group the statements found by its members' keys that are versions of one of its
   * members ({@link Wording#same}); a found statement joins the first group it fits.
   *
   * @param groups the shown groups' member ids
   * @param keysOf the candidate keys of an id (members and found statements)
   * @param found statements that share a key with a shown group, not among the query's matches
   * @return the groups, each with its added members at its end
   */
  public static <T> List<List<T>> expand(List<List<T>> groups, Function<T, long[]> keysOf,
                                         List<T> found, DetailsById<T> loader) throws IOException {
    Map<Long, List<Integer>> groupsByKey = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (T member : groups.get(g)) {
        for (long key : keysOf.apply(member)) {
          List<Integer> l = groupsByKey.computeIfAbsent(key, k -> new ArrayList<>(1));
          if (l.isEmpty() || l.get(l.size() - 1) != g) {
            l.add(g);
          }
        }
      }
    }
    Map<T, TreeSet<Integer>> fits = new LinkedHashMap<>();
    for (T f : found) {
      for (long key : keysOf.apply(f)) {
        List<Integer> l = groupsByKey.get(key);
        if (l != null) {
          fits.computeIfAbsent(f, k -> new TreeSet<>()).addAll(l);
        }
      }
    }
    List<List<T>> out = new ArrayList<>();
    groups.forEach(g -> out.add(new ArrayList<>(g)));
    if (fits.isEmpty()) {
      return out;
    }
    Set<T> wanted = new LinkedHashSet<>(fits.keySet());
    fits.values().forEach(gs -> gs.forEach(g -> wanted.addAll(groups.get(g))));
    Map<T, Details> details = loader.load(wanted);
    for (Map.Entry<T, TreeSet<Integer>> e : fits.entrySet()) {
      Details d = details.get(e.getKey());
      if (d == null) {
        continue;
      }
      for (int g : e.getValue()) {
        boolean fitsGroup = groups.get(g).stream().map(details::get).anyMatch(m -> m != null
            && Wording.same(m.wording(), m.publishedDay(), d.wording(), d.publishedDay()));
        if (fitsGroup) {
          out.get(g).add(e.getKey());
          break;
        }
      }
    }
    return out;
  }
}
