package dev.newsfacet.eval;

import dev.newsfacet.extract.Extractor;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.DateMention;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores temporal expressions against TimeML TIMEX3 tags, for DATE+TIME together and for DURATION and
 * SET separately: relaxed span F1 (any overlap), strict span F1 (same span after trimming white space),
 * type accuracy over relaxed matches, and value F1 (overlapping span and identical value).
 */
public final class DateEvaluation {
  private record Item(int start, int end, String type, String value) {}

  private DateEvaluation() {}

  static String group(String type) {
    return type == null ? "DATE+TIME" : switch (type) {
      case "DURATION" -> "DURATION";
      case "SET" -> "SET";
      default -> "DATE+TIME";
    };
  }

  public static Report run(List<TimeMl.Document> docs, Extractor extractor, PrintWriter errors) {
    List<List<DateMention>> predicted = new ArrayList<>();
    long start = System.nanoTime();
    for (TimeMl.Document d : docs) {
      predicted.add(extractor.analyze(Article.builder().text(d.text()).published(d.created()).build()).dates());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Prf> figures = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      score(docs.get(i), predicted.get(i), figures, errors);
    }
    return new Report(figures, Map.of(), docs.size(), "documents", seconds);
  }

  public static void score(TimeMl.Document d, List<DateMention> mentions, Map<String, Prf> figures, PrintWriter errors) {
    String text = d.text();
    for (String g : List.of("DATE+TIME", "DURATION", "SET")) {
      List<Item> gold = d.timexes().stream().filter(t -> group(t.type()).equals(g))
          .map(t -> trim(text, new Item(t.start(), t.end(), t.type(), t.value()))).toList();
      List<Item> pred = mentions.stream().filter(m -> group(m.type().name()).equals(g))
          .map(m -> trim(text, new Item(m.start(), m.end(), m.type().name(), m.value()))).toList();
      List<Matching.Pair> relaxed = Matching.match(pred, gold, (p, q) -> p.start() < q.end() && q.start() < p.end(),
          (p, q) -> Math.min(p.end(), q.end()) - Math.max(p.start(), q.start()));
      List<Matching.Pair> strict = Matching.match(pred, gold, (p, q) -> p.start() == q.start() && p.end() == q.end(), (p, q) -> 1);
      List<Matching.Pair> valued = Matching.match(pred, gold, (p, q) -> p.start() < q.end() && q.start() < p.end()
          && p.value() != null && p.value().equals(q.value()), (p, q) -> Math.min(p.end(), q.end()) - Math.max(p.start(), q.start()));
      long typeRight = relaxed.stream().filter(x -> pred.get(x.predicted()).type().equals(gold.get(x.gold()).type())).count();
      figures.merge(g + " relaxed span", new Prf(relaxed.size(), pred.size(), gold.size()), Prf::plus);
      figures.merge(g + " strict span", new Prf(strict.size(), pred.size(), gold.size()), Prf::plus);
      figures.merge(g + " value", new Prf(valued.size(), pred.size(), gold.size()), Prf::plus);
      // type accuracy: correct types among relaxed matches (reported as precision of this pseudo-Prf)
      figures.merge(g + " type accuracy", new Prf(typeRight, relaxed.size(), relaxed.size()), Prf::plus);
      if (errors != null) {
        listErrors(d, g, gold, pred, relaxed, valued, errors);
      }
    }
  }

  private static Item trim(String text, Item i) {
    int s = i.start();
    int e = i.end();
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Item(s, e, i.type(), i.value());
  }

  private static void listErrors(TimeMl.Document d, String grp, List<Item> gold, List<Item> pred, List<Matching.Pair> relaxed,
                                 List<Matching.Pair> valued, PrintWriter errors) {
    boolean[] gm = new boolean[gold.size()];
    boolean[] pm = new boolean[pred.size()];
    relaxed.forEach(p -> {
      gm[p.gold()] = true;
      pm[p.predicted()] = true;
    });
    boolean[] gv = new boolean[gold.size()];
    valued.forEach(p -> gv[p.gold()] = true);
    String text = d.text();
    for (int j = 0; j < gold.size(); j++) {
      Item x = gold.get(j);
      if (!gm[j]) {
        errors.printf("%s\t%s\tMISSED\t[%s] %s %s\t%s%n", d.name(), grp, text.substring(x.start(), x.end()), x.type(), x.value(), context(text, x));
      } else if (!gv[j]) {
        Item p = relaxed.stream().filter(r -> r.gold() == gold.indexOf(x)).map(r -> pred.get(r.predicted())).findFirst().orElse(null);
        errors.printf("%s\t%s\tWRONG VALUE\t[%s] gold %s, predicted [%s] %s\t%s%n", d.name(), grp, text.substring(x.start(), x.end()),
            x.value(), p == null ? "" : text.substring(p.start(), p.end()), p == null ? "" : p.value(), context(text, x));
      }
    }
    for (Matching.Pair r : relaxed) {
      Item g = gold.get(r.gold());
      Item p = pred.get(r.predicted());
      if (g.start() != p.start() || g.end() != p.end()) {
        errors.printf("%s\t%s\tBOUNDARY\tgold [%s] predicted [%s]\t%s%n", d.name(), grp, text.substring(g.start(), g.end()),
            text.substring(p.start(), p.end()), context(text, g));
      }
    }
    for (int i = 0; i < pred.size(); i++) {
      if (!pm[i]) {
        Item x = pred.get(i);
        errors.printf("%s\t%s\tSPURIOUS\t[%s] %s %s\t%s%n", d.name(), grp, text.substring(x.start(), x.end()), x.type(), x.value(), context(text, x));
      }
    }
  }

  private static String context(String text, Item x) {
    int s = Math.max(0, x.start() - 50);
    int e = Math.min(text.length(), x.end() + 50);
    return text.substring(s, e).replaceAll("\\s+", " ");
  }
}
