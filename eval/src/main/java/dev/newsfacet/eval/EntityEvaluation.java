package dev.newsfacet.eval;

import dev.newsfacet.extract.Extractor;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores entity recognition on CoNLL-2003: exact token spans and types for PER, LOC and ORG, micro-averaged
 * and per type. Gold MISC entities are left out, and predictions overlapping one count neither way.
 * Our types map PERSON→PER, PLACE→LOC, ORG→ORG; EVENT is not scored.
 */
public final class EntityEvaluation {
  private EntityEvaluation() {}

  static String conllType(EntityType t) {
    return switch (t) {
      case PERSON -> "PER";
      case PLACE -> "LOC";
      case ORG -> "ORG";
      default -> null;
    };
  }

  public static Report run(List<Conll.Document> docs, Extractor extractor, PrintWriter errors) {
    List<List<EntityMention>> predicted = new ArrayList<>();
    long tokens = 0;
    long start = System.nanoTime();
    for (Conll.Document d : docs) {
      predicted.add(extractor.analyze(Article.builder().text(d.text()).build()).entities());
      tokens += d.tokens();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Prf> figures = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      score(docs.get(i), predicted.get(i), figures, errors);
    }
    return new Report(figures, Map.of(), tokens, "tokens", seconds);
  }

  /** Token range [from, to) covered by characters [start, end), or null. */
  static int[] tokenRange(Conll.Document d, int start, int end) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < d.tokens(); i++) {
      if (d.ends()[i] > start && d.starts()[i] < end) {
        if (from < 0) {
          from = i;
        }
        to = i + 1;
      }
    }
    return from < 0 ? null : new int[] {from, to};
  }

  public static void score(Conll.Document d, List<EntityMention> mentions, Map<String, Prf> figures, PrintWriter errors) {
    Set<String> gold = new HashSet<>();
    List<int[]> misc = new ArrayList<>();
    for (Conll.Entity e : d.entities()) {
      if (e.type().equals("MISC")) {
        misc.add(new int[] {e.from(), e.to()});
      } else {
        gold.add(e.from() + ":" + e.to() + ":" + e.type());
      }
    }
    Set<String> predicted = new HashSet<>();
    Map<String, String> producer = new HashMap<>();
    for (EntityMention m : mentions) {
      String type = conllType(m.type());
      int[] r = type == null ? null : tokenRange(d, m.start(), m.end());
      if (r == null) {
        continue;
      }
      boolean touchesMisc = misc.stream().anyMatch(x -> x[0] < r[1] && r[0] < x[1]);
      if (!touchesMisc) {
        predicted.add(r[0] + ":" + r[1] + ":" + type);
        producer.putIfAbsent(r[0] + ":" + r[1] + ":" + type, m.by());
      }
    }
    for (String type : List.of("PER", "LOC", "ORG")) {
      long g = gold.stream().filter(x -> x.endsWith(":" + type)).count();
      long p = predicted.stream().filter(x -> x.endsWith(":" + type)).count();
      long c = predicted.stream().filter(x -> x.endsWith(":" + type) && gold.contains(x)).count();
      figures.merge(type, new Prf(c, p, g), Prf::plus);
      figures.merge("micro", new Prf(c, p, g), Prf::plus);
    }
    if (errors != null) {
      for (String x : gold) {
        if (!predicted.contains(x)) {
          errors.printf("MISS\t%s\t%s%n", describe(d, x), context(d, x));
        }
      }
      for (String x : predicted) {
        if (!gold.contains(x)) {
          errors.printf("FALSE\t%s\t%s\tby %s%n", describe(d, x), context(d, x), producer.get(x));
        }
      }
    }
  }

  private static String describe(Conll.Document d, String key) {
    String[] k = key.split(":");
    int from = Integer.parseInt(k[0]);
    int to = Integer.parseInt(k[1]);
    return k[2] + " [" + d.text().substring(d.starts()[from], d.ends()[to - 1]) + "]";
  }

  private static String context(Conll.Document d, String key) {
    String[] k = key.split(":");
    int from = Math.max(0, Integer.parseInt(k[0]) - 6);
    int to = Math.min(d.tokens(), Integer.parseInt(k[1]) + 6);
    return d.text().substring(d.starts()[from], d.ends()[to - 1]).replace('\n', ' ');
  }
}
