package dev.newsfacet.eval;

import dev.newsfacet.index.StoryTerms;
import dev.newsfacet.index.WordRarity;
import dev.newsfacet.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the rule that tells articles of one story ({@link StoryTerms#sameStory}) on hand-labelled pairs
 * (testdata/groups/same-story-pairs.tsv: article ids, no text), read again from the corpora. The rule was
 * tuned on the pairs marked "tune"; the pairs marked "test" are the honest figure.
 */
public final class SameStoryEvaluation {
  /** One labelled pair. */
  public record Pair(String file, String articleA, String articleB, boolean same, boolean test) {}

  /** A pair scored: the rule's answer (null when an article was not found) and the cosine. */
  public record Scored(Pair pair, Boolean decided, double cosine) {}

  /** Precision and recall over some of the pairs. */
  public record Figures(long found, long missed, long wrong, double precision, double recall) {
    static Figures of(List<Scored> pairs) {
      long tp = pairs.stream().filter(s -> Boolean.TRUE.equals(s.decided()) && s.pair().same()).count();
      long fp = pairs.stream().filter(s -> Boolean.TRUE.equals(s.decided()) && !s.pair().same()).count();
      long fn = pairs.stream().filter(s -> Boolean.FALSE.equals(s.decided()) && s.pair().same()).count();
      return new Figures(tp, fn, fp, tp + fp == 0 ? 0 : (double) tp / (tp + fp), tp + fn == 0 ? 0 : (double) tp / (tp + fn));
    }
  }

  /** All pairs scored. */
  public record Result(List<Scored> pairs) {
    public Figures figures(Boolean test) {
      return Figures.of(pairs.stream().filter(s -> test == null || s.pair().test() == test).toList());
    }

    public long missing() {
      return pairs.stream().filter(s -> s.decided() == null).count();
    }
  }

  private SameStoryEvaluation() {}

  /** Reads the pairs file: tab-separated, '#' lines are comments. */
  public static List<Pair> read(Path tsv) throws IOException {
    List<Pair> out = new ArrayList<>();
    for (String[] f : CorpusArticles.rows(tsv)) {
      if (f.length != 5 || !(f[3].equals("same") || f[3].equals("different")) || !(f[4].equals("tune") || f[4].equals("test"))) {
        throw new IOException(tsv + ": not a pair line (5 tab-separated columns: file, a, b, same|different, tune|test): "
            + String.join("\t", f));
      }
      out.add(new Pair(f[0], f[1], f[2], f[3].equals("same"), f[4].equals("test")));
    }
    return out;
  }

  /** Reads the pairs' articles from the corpora and scores each pair. */
  public static Result run(List<Pair> pairs, Path corpora) throws IOException {
    Map<String, Set<String>> wanted = new LinkedHashMap<>();
    for (Pair p : pairs) {
      wanted.computeIfAbsent(p.file(), k -> new LinkedHashSet<>()).add(p.articleA());
      wanted.get(p.file()).add(p.articleB());
    }
    Map<String, Article> articles = CorpusArticles.read(corpora, wanted);
    WordRarity rarity = WordRarity.shipped();
    List<Scored> scored = new ArrayList<>();
    for (Pair p : pairs) {
      Article a = articles.get(CorpusArticles.key(p.file(), p.articleA()));
      Article b = articles.get(CorpusArticles.key(p.file(), p.articleB()));
      if (a == null || b == null) {
        scored.add(new Scored(p, null, 0));
        continue;
      }
      StoryTerms ta = StoryTerms.of(a.title(), a.text(), rarity);
      StoryTerms tb = StoryTerms.of(b.title(), b.text(), rarity);
      Long da = a.published() == null ? null : a.published().toEpochDay();
      Long db = b.published() == null ? null : b.published().toEpochDay();
      scored.add(new Scored(p, StoryTerms.sameStory(ta, da, tb, db), ta.cosine(tb)));
    }
    return new Result(scored);
  }
}
