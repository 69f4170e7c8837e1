package dev.newsfacet.eval;

import dev.newsfacet.extract.entity.WordClusters;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * Induces hierarchical word clusters from unlabelled text by divisive exchange clustering: the vocabulary
 * starts as one class; at each level every class is split in two, and words move between the two halves
 * while that raises the likelihood of a two-sided class bigram model (each word predicted from the class
 * of the word before it, and from the class of the word after it: the predictive exchange objective of
 * Uszkoreit and Brants 2008, in both directions). A word's path records the half it took at each level,
 * so path prefixes are clusters at every granularity, as with Brown clusters. Deterministic: the same
 * text gives the same file, byte for byte.
 */
public final class ClusterTrainer {
  /** Settings: how many levels (2^depth clusters at most), how often a word must occur, how many passes per level. */
  public record Settings(int depth, int minCount, int maxVocabulary, int passes) {}

  /** What the run did, for the command's report. */
  public record Result(int vocabulary, long tokens, long bigrams, double seconds) {}

  private static final int BOUNDARY = 0; // sentence boundary, a word of its own
  private static final int UNKNOWN = 1;  // every word outside the vocabulary

  private final Settings settings;
  // every word seen gets a provisional id; sentences are kept as ids until the vocabulary is chosen
  private final Map<String, Integer> provisional = new HashMap<>();
  private final List<String> provisionalWords = new ArrayList<>();
  private int[] provisionalCounts = new int[1 << 16];
  private final List<int[]> buffered = new ArrayList<>();
  private long tokens;

  public ClusterTrainer(Settings settings) {
    this.settings = settings;
  }

  /** Adds one sentence (its word tokens, as written) to the training text. */
  public void addSentence(List<String> words) {
    int[] ids = new int[words.size()];
    for (int i = 0; i < ids.length; i++) {
      String w = WordClusters.normalise(words.get(i));
      Integer known = provisional.get(w);
      if (known == null) {
        known = provisionalWords.size();
        provisional.put(w, known);
        provisionalWords.add(w);
        if (known >= provisionalCounts.length) {
          provisionalCounts = Arrays.copyOf(provisionalCounts, provisionalCounts.length * 2);
        }
      }
      provisionalCounts[known]++;
      ids[i] = known;
    }
    tokens += ids.length;
    buffered.add(ids);
  }

  /** Clusters the text added so far and writes the cluster file (gzip) to {@code out}. */
  public Result train(OutputStream out, String provenance, Consumer<String> progress) throws IOException {
    long began = System.nanoTime();
    // vocabulary: frequent words, most frequent first, ties by the word itself (determinism)
    List<Integer> entries = new ArrayList<>();
    for (int i = 0; i < provisionalWords.size(); i++) {
      if (provisionalCounts[i] >= settings.minCount()) {
        entries.add(i);
      }
    }
    entries.sort((a, b) -> provisionalCounts[a] == provisionalCounts[b]
        ? provisionalWords.get(a).compareTo(provisionalWords.get(b)) : provisionalCounts[b] - provisionalCounts[a]);
    if (entries.size() > settings.maxVocabulary()) {
      entries = entries.subList(0, settings.maxVocabulary());
    }
    int v = entries.size() + 2;
    String[] words = new String[v];
    words[BOUNDARY] = "<s>";
    words[UNKNOWN] = "<unk>";
    int[] id = new int[provisionalWords.size()];
    Arrays.fill(id, UNKNOWN);
    for (int i = 0; i < entries.size(); i++) {
      words[i + 2] = provisionalWords.get(entries.get(i));
      id[entries.get(i)] = i + 2;
    }
    // bigram counts, boundary to boundary
    LongIntMap bigrams = new LongIntMap(1 << 22);
    for (int[] sentence : buffered) {
      int prev = BOUNDARY;
      for (int w : sentence) {
        int cur = id[w];
        bigrams.add(((long) prev << 32) | cur, 1);
        prev = cur;
      }
      bigrams.add(((long) prev << 32) | BOUNDARY, 1);
    }
    buffered.clear();
    progress.accept(String.format("vocabulary %,d words, %,d tokens, %,d distinct bigrams", v, tokens, bigrams.size()));
    Adjacency succ = Adjacency.of(bigrams, v, false);
    Adjacency pred = Adjacency.of(bigrams, v, true);
    int[] cls = new int[v];
    long[] succTotal = succ.totals();
    long[] predTotal = pred.totals();
    for (int level = 1; level <= settings.depth(); level++) {
      int classes = 1 << level;
      // split: within each old class, words alternate between the halves in frequency order
      int[] seen = new int[classes / 2];
      for (int w = 0; w < v; w++) {
        int parent = cls[w];
        cls[w] = parent * 2 + (seen[parent]++ & 1);
      }
      // counts per (class, word): forward = class of the word before, backward = class of the word after
      int[] fwd = new int[classes * v];
      int[] bwd = new int[classes * v];
      long[] fwdTotal = new long[classes];
      long[] bwdTotal = new long[classes];
      for (int w = 0; w < v; w++) {
        int c = cls[w];
        for (int k = succ.start[w]; k < succ.start[w + 1]; k++) {
          fwd[c * v + succ.word[k]] += succ.count[k];
        }
        for (int k = pred.start[w]; k < pred.start[w + 1]; k++) {
          bwd[c * v + pred.word[k]] += pred.count[k];
        }
        fwdTotal[c] += succTotal[w];
        bwdTotal[c] += predTotal[w];
      }
      int moves = 0;
      for (int pass = 0; pass < settings.passes(); pass++) {
        moves = 0;
        for (int w = 2; w < v; w++) { // the boundary and unknown words stay where the split put them
          int a = cls[w];
          int b = a ^ 1;
          double delta = 0;
          for (int k = succ.start[w]; k < succ.start[w + 1]; k++) {
            int n = succ.count[k];
            int x = succ.word[k];
            delta += flog(fwd[b * v + x] + n) - flog(fwd[b * v + x]) + flog(fwd[a * v + x] - n) - flog(fwd[a * v + x]);
          }
          for (int k = pred.start[w]; k < pred.start[w + 1]; k++) {
            int n = pred.count[k];
            int x = pred.word[k];
            delta += flog(bwd[b * v + x] + n) - flog(bwd[b * v + x]) + flog(bwd[a * v + x] - n) - flog(bwd[a * v + x]);
          }
          delta -= flog(fwdTotal[b] + succTotal[w]) - flog(fwdTotal[b]) + flog(fwdTotal[a] - succTotal[w]) - flog(fwdTotal[a]);
          delta -= flog(bwdTotal[b] + predTotal[w]) - flog(bwdTotal[b]) + flog(bwdTotal[a] - predTotal[w]) - flog(bwdTotal[a]);
          if (delta > 1e-9) {
            for (int k = succ.start[w]; k < succ.start[w + 1]; k++) {
              fwd[a * v + succ.word[k]] -= succ.count[k];
              fwd[b * v + succ.word[k]] += succ.count[k];
            }
            for (int k = pred.start[w]; k < pred.start[w + 1]; k++) {
              bwd[a * v + pred.word[k]] -= pred.count[k];
              bwd[b * v + pred.word[k]] += pred.count[k];
            }
            fwdTotal[a] -= succTotal[w];
            fwdTotal[b] += succTotal[w];
            bwdTotal[a] -= predTotal[w];
            bwdTotal[b] += predTotal[w];
            cls[w] = b;
            moves++;
          }
        }
        if (moves < v / 1000) {
          break;
        }
      }
      progress.accept(String.format("level %d: %d clusters, %,d moves in the last pass", level, classes, moves));
    }
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8);
         PrintWriter p = new PrintWriter(w)) {
      p.print("# " + provenance + "; depth " + settings.depth() + ", min count " + settings.minCount()
          + ", vocabulary " + (v - 2) + "\n");
      char[] path = new char[settings.depth()];
      for (int i = 2; i < v; i++) {
        for (int b = 0; b < path.length; b++) {
          path[b] = ((cls[i] >> (path.length - 1 - b)) & 1) == 0 ? '0' : '1';
        }
        p.print(words[i] + "\t" + new String(path) + "\n");
      }
    }
    return new Result(v - 2, tokens, bigrams.size(), (System.nanoTime() - began) / 1e9);
  }

  private static double flog(long x) {
    return x <= 0 ? 0 : x * Math.log(x);
  }

  /** Neighbours of each word with their bigram counts, compressed rows. */
  private record Adjacency(int[] start, int[] word, int[] count) {
    static Adjacency of(LongIntMap bigrams, int v, boolean reversed) {
      int[] start = new int[v + 1];
      bigrams.forEach((key, n) -> start[(reversed ? (int) key : (int) (key >>> 32)) + 1]++);
      for (int i = 0; i < v; i++) {
        start[i + 1] += start[i];
      }
      int[] fill = Arrays.copyOf(start, v);
      int[] word = new int[start[v]];
      int[] count = new int[start[v]];
      bigrams.forEach((key, n) -> {
        int from = reversed ? (int) key : (int) (key >>> 32);
        int to = reversed ? (int) (key >>> 32) : (int) key;
        int at = fill[from]++;
        word[at] = to;
        count[at] = n;
      });
      // sort each row by neighbour so that the arithmetic is done in one order whatever the hash layout
      for (int i = 0; i < v; i++) {
        sortRow(word, count, start[i], start[i + 1]);
      }
      return new Adjacency(start, word, count);
    }

    long[] totals() {
      long[] t = new long[start.length - 1];
      for (int i = 0; i < t.length; i++) {
        for (int k = start[i]; k < start[i + 1]; k++) {
          t[i] += count[k];
        }
      }
      return t;
    }

    private static void sortRow(int[] word, int[] count, int from, int to) {
      if (to - from < 2) {
        return;
      }
      long[] packed = new long[to - from];
      for (int k = from; k < to; k++) {
        packed[k - from] = ((long) word[k] << 32) | count[k];
      }
      Arrays.sort(packed);
      for (int k = from; k < to; k++) {
        word[k] = (int) (packed[k - from] >>> 32);
        count[k] = (int) packed[k - from];
      }
    }
  }

  /** An open-addressing map from long keys to int counts. */
  static final class LongIntMap {
    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    LongIntMap(int capacity) {
      keys = new long[capacity];
      values = new int[capacity];
      used = new boolean[capacity];
    }

    void add(long key, int n) {
      if (size * 2 >= keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = (int) (mix(key) & mask);
      while (used[i] && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (!used[i]) {
        used[i] = true;
        keys[i] = key;
        size++;
      }
      values[i] += n;
    }

    int size() {
      return size;
    }

    interface Visitor {
      void visit(long key, int value);
    }

    void forEach(Visitor v) {
      for (int i = 0; i < keys.length; i++) {
        if (used[i]) {
          v.visit(keys[i], values[i]);
        }
      }
    }

    private void grow() {
      long[] k = keys;
      int[] val = values;
      boolean[] u = used;
      keys = new long[k.length * 2];
      values = new int[k.length * 2];
      used = new boolean[k.length * 2];
      size = 0;
      for (int i = 0; i < k.length; i++) {
        if (u[i]) {
          add(k[i], val[i]);
        }
      }
    }

    private static long mix(long x) {
      x ^= x >>> 33;
      x *= 0xff51afd7ed558ccdL;
      x ^= x >>> 33;
      return x;
    }
  }
}
