package dev.newsfacet.eval;

import dev.newsfacet.extract.EntityTyper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Trains {@link EntityTyper}: a multi-class averaged perceptron over candidate spans of GUM documents,
 * each labelled with the type of the GUM mention it coincides with (a leading "the" aside), else NONE.
 */
public final class EntityTyperTrainer {
  /** A training example: its features and its class index. */
  public record Example(List<String> features, int label) {}

  private EntityTyperTrainer() {}

  static int classOf(String gumType) {
    return switch (gumType) {
      case "person" -> 1;
      case "place" -> 2;
      case "organization" -> 3;
      default -> 0;
    };
  }

  public static List<Example> examples(List<Gum.Document> docs) {
    List<Example> out = new ArrayList<>();
    for (Gum.Document d : docs) {
      Map<Long, Integer> labels = new HashMap<>();
      for (Gum.Mention m : d.mentions()) {
        int cls = classOf(m.type());
        int start = m.start();
        String lower = d.text().substring(start, Math.min(d.text().length(), start + 4)).toLowerCase(Locale.ROOT);
        if (lower.startsWith("the ")) {
          start += 4;
        }
        long key = ((long) start << 32) | m.end();
        if (cls > 0 || !labels.containsKey(key)) {
          labels.merge(key, cls, Math::max);
        }
      }
      EntityTyper.Document doc = EntityTyper.Document.of(d.text());
      for (int[] span : doc.candidates()) {
        int label = labels.getOrDefault(((long) span[0] << 32) | span[1], 0);
        out.add(new Example(doc.features(span[0], span[1]), label));
      }
    }
    return out;
  }

  /** Averaged perceptron; returns weights per feature. */
  public static Map<String, float[]> train(List<Example> examples, int epochs, long seed) {
    int k = EntityTyper.CLASSES.size();
    Map<String, float[]> w = new HashMap<>();
    Map<String, float[]> total = new HashMap<>();
    Map<String, int[]> stamp = new HashMap<>();
    List<Example> order = new ArrayList<>(examples);
    Random random = new Random(seed);
    int t = 0;
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (Example ex : order) {
        t++;
        int guess = EntityTyper.best(EntityTyper.scores(w, ex.features()));
        if (guess != ex.label()) {
          for (String f : ex.features()) {
            float[] v = w.computeIfAbsent(f, x -> new float[k]);
            float[] tot = total.computeIfAbsent(f, x -> new float[k]);
            int[] st = stamp.computeIfAbsent(f, x -> new int[k]);
            for (int c : new int[] {ex.label(), guess}) {
              tot[c] += (t - st[c]) * v[c];
              st[c] = t;
              v[c] += c == ex.label() ? 1 : -1;
            }
          }
        }
      }
    }
    Map<String, float[]> averaged = new TreeMap<>();
    for (Map.Entry<String, float[]> e : w.entrySet()) {
      float[] v = e.getValue();
      float[] tot = total.get(e.getKey());
      int[] st = stamp.get(e.getKey());
      float[] a = new float[k];
      boolean any = false;
      for (int c = 0; c < k; c++) {
        a[c] = (tot[c] + (t - st[c]) * v[c]) / t;
        any |= Math.abs(a[c]) >= 1e-4f;
      }
      if (any) {
        averaged.put(e.getKey(), a);
      }
    }
    return averaged;
  }

  /** The share of examples the weights classify correctly. */
  public static double accuracy(Map<String, float[]> weights, List<Example> examples) {
    int right = 0;
    for (Example ex : examples) {
      if (EntityTyper.best(EntityTyper.scores(weights, ex.features())) == ex.label()) {
        right++;
      }
    }
    return examples.isEmpty() ? 0 : (double) right / examples.size();
  }

  public static void write(Map<String, float[]> weights, Writer out) throws IOException {
    PrintWriter p = new PrintWriter(out);
    p.println("# newsfacet entity typer: averaged perceptron weights, one feature a line, columns "
        + String.join(" ", EntityTyper.CLASSES) + ".");
    p.println("# Trained by 'newsfacet train entity-typer' on the CC-BY genres of GUM (Zeldes 2017;");
    p.println("# annotations CC-BY 4.0, texts CC-BY 2.5/4.0): see NOTICE.");
    for (Map.Entry<String, float[]> e : weights.entrySet()) {
      if (e.getKey().contains("\t") || e.getKey().contains("\n")) {
        continue;
      }
      StringBuilder sb = new StringBuilder(e.getKey());
      for (float v : e.getValue()) {
        sb.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
      }
      p.println(sb);
    }
    p.flush();
  }
}
