package dev.newsfacet.eval;

import dev.newsfacet.extract.Extractor;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.Statement;
import dev.newsfacet.model.StatementKind;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Scores statement extraction against PolNeAR attributions: content spans (exact and overlap), source
 * spans (alone, and end to end where the content matched), cue spans, each split by direct quotes
 * (gold content opening with a quotation mark) and the rest.
 *
 * <p>Spans compare as sets of word tokens, which ignores white space, punctuation and quotation marks
 * at both ends; "overlap" means sharing at least half of the longer span's tokens. Predictions match
 * gold one to one. A quote that continues after its attribution ({@code "A," X said. "B"}) is one
 * prediction with two fragments, as PolNeAR annotates it.
 */
public final class QuoteEvaluation {
  /** One predicted attribution in the same shape as the gold ones. */
  public record Predicted(Polnear.Fragments content, Polnear.Fragments source, Polnear.Fragments cue, boolean direct,
                          String by) {
    /** A prediction whose producer is not known. */
    public Predicted(Polnear.Fragments content, Polnear.Fragments source, Polnear.Fragments cue, boolean direct) {
      this(content, source, cue, direct, Statement.BY_RULES);
    }
  }

  private final Map<String, Prf> figures = new LinkedHashMap<>();
  private final PrintWriter errors;

  /** @param errors where to list misses and false alarms, or null */
  public QuoteEvaluation(PrintWriter errors) {
    this.errors = errors;
  }

  public static Report run(List<Polnear.Document> docs, Extractor extractor, PrintWriter errors) {
    QuoteEvaluation eval = new QuoteEvaluation(errors);
    List<List<Predicted>> predictions = new ArrayList<>();
    long start = System.nanoTime();
    for (Polnear.Document d : docs) {
      Article a = Article.builder().id(d.name()).text(d.text()).published(d.published()).build();
      predictions.add(toPredicted(extractor.analyze(a).statements()));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    for (int i = 0; i < docs.size(); i++) {
      eval.score(docs.get(i), predictions.get(i));
    }
    return new Report(eval.figures, eval.classFigures(), docs.size(), "articles", seconds);
  }

  /** Turns extracted statements into predictions, joining a quote with its continuation. */
  public static List<Predicted> toPredicted(List<Statement> statements) {
    List<Predicted> out = new ArrayList<>();
    Statement previous = null;
    for (Statement s : statements) {
      boolean continuation = previous != null && s.cue() == null && s.kind() == StatementKind.DIRECT
          && previous.kind() == StatementKind.DIRECT && s.speaker() != null && previous.speaker() != null
          && s.speaker().start() == previous.speaker().start();
      if (continuation) {
        Predicted last = out.remove(out.size() - 1);
        int[] joined = Arrays.copyOf(last.content().offsets(), last.content().offsets().length + 2);
        joined[joined.length - 2] = s.start();
        joined[joined.length - 1] = s.end();
        out.add(new Predicted(new Polnear.Fragments(joined), last.source(), last.cue(), true, last.by()));
      } else {
        EntityMention sp = s.speaker();
        out.add(new Predicted(new Polnear.Fragments(new int[] {s.start(), s.end()}),
            sp == null ? null : new Polnear.Fragments(new int[] {sp.start(), sp.end()}),
            s.cue() == null ? null : new Polnear.Fragments(new int[] {s.cue().start(), s.cue().end()}),
            s.kind() == StatementKind.DIRECT, s.by()));
      }
      previous = s;
    }
    return out;
  }

  static boolean opensWithQuote(String text, Polnear.Fragments f) {
    int i = f.start();
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && "\"“‘'«„".indexOf(text.charAt(i)) >= 0;
  }

  private void add(String name, long correct, long predicted, long gold) {
    figures.merge(name, new Prf(correct, predicted, gold), Prf::plus);
  }

  /** Scores one document's predictions against its gold attributions. */
  public void score(Polnear.Document doc, List<Predicted> predicted) {
    String text = doc.text();
    List<Polnear.Attribution> gold = doc.attributions();
    List<TokenSet> goldContent = gold.stream().map(g -> g.content().tokens(text)).toList();
    List<TokenSet> predContent = predicted.stream().map(p -> p.content().tokens(text)).toList();
    boolean[] goldDirect = new boolean[gold.size()];
    for (int j = 0; j < gold.size(); j++) {
      goldDirect[j] = opensWithQuote(text, gold.get(j).content());
    }

    for (String mode : List.of("exact", "overlap")) {
      boolean exact = mode.equals("exact");
      List<Matching.Pair> pairs = Matching.match(predContent, goldContent,
          (p, g) -> exact ? p.sameAs(g) : p.overlaps(g), (p, g) -> p.shared(g));
      countByClass("content " + mode, pairs, predicted, goldDirect);
      if (!exact) {
        endToEnd(text, pairs, predicted, gold, goldDirect);
        if (errors != null) {
          listErrors(doc, pairs, predicted, gold, predContent, goldContent);
        }
      }
    }
    // sources and cues scored on their own
    for (String role : List.of("source", "cue")) {
      List<TokenSet> g = new ArrayList<>();
      List<Boolean> gd = new ArrayList<>();
      for (int j = 0; j < gold.size(); j++) {
        Polnear.Fragments f = role.equals("source") ? gold.get(j).source() : gold.get(j).cue();
        if (f != null) {
          g.add(f.tokens(text));
          gd.add(goldDirect[j]);
        }
      }
      List<TokenSet> p = new ArrayList<>();
      List<Boolean> pd = new ArrayList<>();
      for (Predicted x : predicted) {
        Polnear.Fragments f = role.equals("source") ? x.source() : x.cue();
        if (f != null) {
          p.add(f.tokens(text));
          pd.add(x.direct());
        }
      }
      List<String> modes = role.equals("source") ? List.of("exact", "overlap") : List.of("exact");
      for (String mode : modes) {
        boolean exact = mode.equals("exact");
        // the same mention can be the source of several attributions: match positions, not types
        List<Matching.Pair> pairs = Matching.match(p, g, (a, b) -> exact ? a.sameAs(b) : a.overlaps(b), (a, b) -> a.shared(b));
        add(role + " " + mode, pairs.size(), p.size(), g.size());
        add(role + " " + mode + " [direct]", pairs.stream().filter(x -> pd.get(x.predicted())).count(),
            pd.stream().filter(b -> b).count(), gd.stream().filter(b -> b).count());
        add(role + " " + mode + " [indirect]", pairs.stream().filter(x -> !pd.get(x.predicted())).count(),
            pd.stream().filter(b -> !b).count(), gd.stream().filter(b -> !b).count());
      }
    }
  }

  private void countByClass(String name, List<Matching.Pair> pairs, List<Predicted> predicted, boolean[] goldDirect) {
    long goldDirectCount = 0;
    for (boolean b : goldDirect) {
      if (b) {
        goldDirectCount++;
      }
    }
    long predDirect = predicted.stream().filter(Predicted::direct).count();
    add(name, pairs.size(), predicted.size(), goldDirect.length);
    // precision counts predictions of the class; recall counts gold items of the class
    long correctPredDirect = pairs.stream().filter(x -> predicted.get(x.predicted()).direct()).count();
    long correctGoldDirect = pairs.stream().filter(x -> goldDirect[x.gold()]).count();
    figures.merge(name + " [direct]", new Prf(0, predDirect, goldDirectCount), Prf::plus);
    figures.merge(name + " [indirect]", new Prf(0, predicted.size() - predDirect, goldDirect.length - goldDirectCount), Prf::plus);
    classCorrect.merge(name + " [direct]", new long[] {correctPredDirect, correctGoldDirect}, QuoteEvaluation::sum);
    classCorrect.merge(name + " [indirect]", new long[] {pairs.size() - correctPredDirect, pairs.size() - correctGoldDirect},
        QuoteEvaluation::sum);
  }

  private final Map<String, long[]> classCorrect = new LinkedHashMap<>();

  private static long[] sum(long[] a, long[] b) {
    return new long[] {a[0] + b[0], a[1] + b[1]};
  }

  /** Class-split precision and recall, whose numerators differ (by predicted vs gold class). */
  public Map<String, double[]> classFigures() {
    Map<String, double[]> out = new LinkedHashMap<>();
    classCorrect.forEach((name, c) -> {
      Prf counts = figures.get(name);
      double p = counts.predicted() == 0 ? 0 : (double) c[0] / counts.predicted();
      double r = counts.gold() == 0 ? 0 : (double) c[1] / counts.gold();
      out.put(name, new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)});
    });
    return out;
  }

  /** Source correctness only over attributions whose content matched (overlap). */
  private void endToEnd(String text, List<Matching.Pair> pairs, List<Predicted> predicted,
                        List<Polnear.Attribution> gold, boolean[] goldDirect) {
    for (Matching.Pair pair : pairs) {
      Polnear.Fragments gs = gold.get(pair.gold()).source();
      Polnear.Fragments ps = predicted.get(pair.predicted()).source();
      if (gs == null) {
        continue;
      }
      TokenSet g = gs.tokens(text);
      TokenSet p = ps == null ? new TokenSet(new TreeSet<>()) : ps.tokens(text);
      String cls = goldDirect[pair.gold()] ? " [direct]" : " [indirect]";
      for (String name : List.of("end-to-end source exact", "end-to-end source exact" + cls)) {
        add(name, p.sameAs(g) ? 1 : 0, 1, 1);
      }
      for (String name : List.of("end-to-end source overlap", "end-to-end source overlap" + cls)) {
        add(name, p.overlaps(g) ? 1 : 0, 1, 1);
      }
    }
  }

  private void listErrors(Polnear.Document doc, List<Matching.Pair> pairs, List<Predicted> predicted,
                          List<Polnear.Attribution> gold, List<TokenSet> predContent, List<TokenSet> goldContent) {
    String text = doc.text();
    boolean[] matchedP = new boolean[predicted.size()];
    boolean[] matchedG = new boolean[gold.size()];
    for (Matching.Pair p : pairs) {
      matchedP[p.predicted()] = true;
      matchedG[p.gold()] = true;
      Polnear.Fragments gs = gold.get(p.gold()).source();
      Polnear.Fragments ps = predicted.get(p.predicted()).source();
      if (gs != null && (ps == null || !ps.tokens(text).overlaps(gs.tokens(text)))) {
        Polnear.Attribution g = gold.get(p.gold());
        errors.printf("%s\tMISATTRIBUTED\tgold source [%s] predicted [%s] by %s\t%s\t%s%n", doc.name(), show(text, gs),
            ps == null ? "none" : show(text, ps), predicted.get(p.predicted()).by(), show(text, g.content()),
            context(text, g.content(), g.source(), g.cue()));
      }
    }
    for (int j = 0; j < gold.size(); j++) {
      if (!matchedG[j]) {
        Polnear.Attribution g = gold.get(j);
        errors.printf("%s\tMISSED\tsource [%s] cue [%s]\t%s\t%s%n", doc.name(), g.source() == null ? "" : show(text, g.source()),
            g.cue() == null ? "" : show(text, g.cue()), show(text, g.content()), context(text, g.content(), g.source(), g.cue()));
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!matchedP[i]) {
        Predicted p = predicted.get(i);
        errors.printf("%s\tSPURIOUS%s\tby %s\tsource [%s] cue [%s]\t%s\t%s%n", doc.name(), p.direct() ? " direct" : "",
            p.by(), p.source() == null ? "" : show(text, p.source()),
            p.cue() == null ? "" : show(text, p.cue()), show(text, p.content()), context(text, p.content(), p.source(), p.cue()));
      }
    }
  }

  /**
   * The text around an attribution, from 60 characters before its first part to 60 after its last (kept
   * inside the paragraph), with the content between ⟦ and ⟧: what a reader needs to see why it was missed.
   */
  private static String context(String text, Polnear.Fragments content, Polnear.Fragments source, Polnear.Fragments cue) {
    int from = content.start();
    int to = content.end();
    for (Polnear.Fragments f : new Polnear.Fragments[] {source, cue}) {
      if (f != null) {
        from = Math.min(from, f.start());
        to = Math.max(to, f.end());
      }
    }
    int paraStart = text.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
    int paraEnd = text.indexOf('\n', to);
    int a = Math.max(paraStart, from - 60);
    int b = Math.max(a, Math.min(paraEnd < 0 ? text.length() : paraEnd, to + 60));
    int cs = Math.min(b, Math.max(a, content.start()));
    int ce = Math.min(b, Math.max(cs, content.end()));
    String s = text.substring(a, cs) + "⟦" + text.substring(cs, ce) + "⟧" + text.substring(ce, b);
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String show(String text, Polnear.Fragments f) {
    StringBuilder sb = new StringBuilder();
    int[] o = f.offsets();
    for (int i = 0; i + 1 < o.length; i += 2) {
      if (sb.length() > 0) {
        sb.append(" … ");
      }
      sb.append(text, Math.max(0, o[i]), Math.min(text.length(), o[i + 1]));
    }
    String s = sb.toString().replaceAll("\\s+", " ");
    return s.length() > 160 ? s.substring(0, 157) + "..." : s;
  }

  public Map<String, Prf> figures() {
    return figures;
  }
}
