package dev.newsfacet.eval;

import dev.newsfacet.extract.Extractor;
import dev.newsfacet.index.Wording;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.Statement;
import dev.newsfacet.search.StatementGroups;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the rule that groups near-identical statements ({@link Wording#same}) on hand-labelled pairs
 * (testdata/groups/same-statement-pairs.tsv: ids and offsets into corpus articles, no text). Each pair's
 * articles are read from the corpus and extracted again; a statement is found by its offsets, and its
 * quoted words and its article's date decide. Both statements of a pair have one speaker (the pairs were
 * chosen so), so this measures the wording rule, not speaker attribution.
 */
public final class SameStatementEvaluation {
  /** One labelled pair; {@code file} is the corpus file or directory under the corpora root. */
  public record Pair(String file, String articleA, int startA, int endA, String articleB, int startB, int endB,
                     boolean same) {}

  /** A pair scored: the rule's answer and the pair's similarity, or null statements when one was not found again. */
  public record Scored(Pair pair, Boolean decided, double similarity, boolean candidate, boolean shingleBaseline) {}

  /** The counts over all pairs found again, with each pair's outcome. */
  public record Result(List<Scored> pairs, int missing) {
    /** The shingle baseline's precision and recall. */
    public double[] baseline() {
      long tp = pairs.stream().filter(s -> s.decided() != null && s.shingleBaseline() && s.pair().same()).count();
      long fp = pairs.stream().filter(s -> s.decided() != null && s.shingleBaseline() && !s.pair().same()).count();
      long fn = pairs.stream().filter(s -> s.decided() != null && !s.shingleBaseline() && s.pair().same()).count();
      return new double[] {tp, fn, fp, tp + fp == 0 ? 0 : (double) tp / (tp + fp), tp + fn == 0 ? 0 : (double) tp / (tp + fn)};
    }

    /** Same pairs the index-time keys make a candidate pair (the rest are never compared). */
    public long candidates() {
      return pairs.stream().filter(s -> s.decided() != null && s.pair().same() && s.candidate()).count();
    }

    public long count(boolean decided, boolean same) {
      return pairs.stream().filter(s -> s.decided() != null && s.decided() == decided && s.pair().same() == same).count();
    }

    public double precision() {
      long tp = count(true, true);
      long fp = count(true, false);
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      long tp = count(true, true);
      long fn = count(false, true);
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }
  }

  /** The baseline: 3-word shingle containment at this threshold (its best on the labelled pairs), same guards. */
  public static final double SHINGLE_BASELINE = 0.7;

  private SameStatementEvaluation() {}

  /** Shared 3-word shingles over the shorter text's shingles (one shingle for a text under three words). */
  static double shingleContainment(String a, String b) {
    Set<String> sa = shingles(Wording.words(a));
    Set<String> sb = shingles(Wording.words(b));
    if (sa.isEmpty() || sb.isEmpty()) {
      return 0;
    }
    long shared = sa.stream().filter(sb::contains).count();
    return (double) shared / Math.min(sa.size(), sb.size());
  }

  private static Set<String> shingles(List<String> w) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 3 <= w.size(); i++) {
      out.add(w.get(i) + " " + w.get(i + 1) + " " + w.get(i + 2));
    }
    if (out.isEmpty() && !w.isEmpty()) {
      out.add(String.join(" ", w));
    }
    return out;
  }

  /** Whether the numbers of the shorter text are all in the longer (the rule's own guard). */
  private static boolean numbersWithin(String a, String b) {
    List<String> wa = Wording.words(a);
    List<String> wb = Wording.words(b);
    List<String> shorter = wa.size() <= wb.size() ? wa : wb;
    Set<String> longer = new HashSet<>(shorter == wa ? wb : wa);
    return shorter.stream().filter(x -> x.chars().anyMatch(Character::isDigit)).allMatch(longer::contains);
  }

  /** Reads the pairs file: tab-separated, '#' lines are comments. */
  public static List<Pair> read(Path tsv) throws IOException {
    List<Pair> out = new ArrayList<>();
    for (String[] f : CorpusArticles.rows(tsv)) {
      if (f.length != 8 || !(f[7].equals("same") || f[7].equals("different"))) {
        throw new IOException(tsv + ": not a pair line (8 tab-separated columns, label same or different): "
            + String.join("\t", f));
      }
      out.add(new Pair(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], Integer.parseInt(f[5]),
          Integer.parseInt(f[6]), f[7].equals("same")));
    }
    return out;
  }

  /** Reads the pairs' articles from the corpora, extracts them, and scores each pair. */
  public static Result run(List<Pair> pairs, Path corpora, Extractor extractor) throws IOException {
    Map<String, Set<String>> wanted = new LinkedHashMap<>();
    for (Pair p : pairs) {
      wanted.computeIfAbsent(p.file(), k -> new LinkedHashSet<>()).add(p.articleA());
      wanted.get(p.file()).add(p.articleB());
    }
    Map<String, Article> articles = CorpusArticles.read(corpora, wanted);
    Map<String, List<Statement>> statements = new HashMap<>();
    List<Scored> scored = new ArrayList<>();
    int missing = 0;
    for (Pair p : pairs) {
      Article a = articles.get(CorpusArticles.key(p.file(), p.articleA()));
      Article b = articles.get(CorpusArticles.key(p.file(), p.articleB()));
      Statement sa = a == null ? null : find(statements, a, extractor, p.startA(), p.endA());
      Statement sb = b == null ? null : find(statements, b, extractor, p.startB(), p.endB());
      if (sa == null || sb == null) {
        missing++;
        scored.add(new Scored(p, null, 0, false, false));
        continue;
      }
      Wording wa = Wording.ofStatement(sa, a.text());
      Wording wb = Wording.ofStatement(sb, b.text());
      Long da = a.published() == null ? null : a.published().toEpochDay();
      Long db = b.published() == null ? null : b.published().toEpochDay();
      long[] ka = wa.keys("one speaker");
      long[] kb = wb.keys("one speaker");
      int shared = (int) Arrays.stream(ka).filter(k -> Arrays.binarySearch(kb, k) >= 0).count();
      boolean candidate = Arrays.equals(ka, kb) && ka.length > 0
          || StatementGroups.enoughShared(shared, ka.length, kb.length);
      // a pair that is no candidate is never compared: the index groups it only if the words are identical
      boolean decided = wa.equals(wb) || candidate && Wording.same(wa, da, wb, db);
      boolean baseline = wa.equals(wb) || Math.min(wa.size(), wb.size()) >= Wording.MIN_WORDS
          && (da == null || db == null || Math.abs(da - db) <= Wording.DAYS_APART)
          && numbersWithin(Wording.quotedText(sa, a.text()), Wording.quotedText(sb, b.text()))
          && shingleContainment(Wording.quotedText(sa, a.text()), Wording.quotedText(sb, b.text())) >= SHINGLE_BASELINE;
      scored.add(new Scored(p, decided, wa.similarity(wb), candidate, baseline));
    }
    return new Result(scored, missing);
  }

  private static Statement find(Map<String, List<Statement>> cache, Article a, Extractor extractor, int start, int end) {
    List<Statement> found = cache.computeIfAbsent(a.id(), id -> extractor.analyze(a).statements());
    for (Statement s : found) {
      if (s.start() == start && s.end() == end && !s.quoted().isEmpty()) {
        return s;
      }
    }
    return null;
  }
}
