package dev.newsfacet.extract;

import dev.newsfacet.model.EntityType;
import dev.newsfacet.text.NameKeys;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Types a run of capitalised words that the rules could not place (a name with no title, given name,
 * gazetteer entry or head word): person, place, organisation or none. A linear model over the words,
 * their shape and their context, trained by {@code newsfacet train entity-typer} on the openly licensed
 * GUM corpus (CC-BY genres only; see NOTICE). Immutable once loaded.
 */
public final class EntityTyper {
  /** The classes, in the order of the weight columns. */
  public static final List<String> CLASSES = List.of("NONE", "PERSON", "PLACE", "ORG");
  static final String RESOURCE = "entity-typer.model";

  private final Map<String, float[]> weights;

  /** A model with the given weights per feature (one per class). */
  public EntityTyper(Map<String, float[]> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The model shipped in the jar, or null if it is absent (the rules then work alone). */
  static EntityTyper loadDefault() {
    try (InputStream in = EntityTyper.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return null;
      }
      Map<String, float[]> w = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        float[] v = new float[CLASSES.size()];
        for (int i = 0; i < v.length && i + 1 < f.length; i++) {
          v[i] = Float.parseFloat(f[i + 1]);
        }
        w.put(f[0], v);
      }
      return new EntityTyper(w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** A typing decision and how far it beat the runner-up. */
  public record Prediction(EntityType type, float margin) {}

  /** The score of each class for a set of features under the given weights. */
  public static float[] scores(Map<String, float[]> weights, List<String> features) {
    float[] score = new float[CLASSES.size()];
    for (String f : features) {
      float[] w = weights.get(f);
      if (w != null) {
        for (int i = 0; i < score.length; i++) {
          score[i] += w[i];
        }
      }
    }
    return score;
  }

  /** The index of the highest score (the first on ties). */
  public static int best(float[] score) {
    int best = 0;
    for (int i = 1; i < score.length; i++) {
      if (score[i] > score[best]) {
        best = i;
      }
    }
    return best;
  }

  /** Scores the span [from, to) of tokens; type null means "not an entity". */
  Prediction predict(TextAnalysis ta, Sentence s, int from, int to, Lexicon lexicon) {
    float[] score = scores(weights, features(ta, s, from, to, lexicon));
    int best = best(score);
    float second = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < score.length; i++) {
      if (i != best) {
        second = Math.max(second, score[i]);
      }
    }
    EntityType type = switch (CLASSES.get(best)) {
      case "PERSON" -> EntityType.PERSON;
      case "PLACE" -> EntityType.PLACE;
      case "ORG" -> EntityType.ORG;
      default -> null;
    };
    return new Prediction(type, score[best] - second);
  }

  /** The features of a span: its words, their shape, the words around it and what the lexicon knows. */
  public static List<String> features(TextAnalysis ta, Sentence s, int from, int to, Lexicon lexicon) {
    List<String> f = new ArrayList<>();
    f.add("bias");
    int n = to - from;
    f.add("n=" + Math.min(n, 4));
    StringBuilder shape = new StringBuilder();
    for (int i = from; i < to; i++) {
      Token t = ta.tokens.get(i);
      String w = t.lower();
      f.add("w=" + w);
      shape.append(shapeOf(t.text())).append(' ');
      if (lexicon.firstNames.containsKey(NameKeys.fold(t.text()))) {
        f.add("given-name" + (i == from ? "@first" : ""));
      }
      if (lexicon.isCommon(w)) {
        f.add("common-word");
      }
    }
    f.add("shape=" + shape.toString().strip());
    Token first = ta.tokens.get(from);
    Token last = ta.tokens.get(to - 1);
    f.add("first=" + first.lower());
    f.add("last=" + last.lower());
    String l = last.lower();
    if (l.length() > 3) {
      f.add("suf3=" + l.substring(l.length() - 3));
    }
    if (l.length() > 4) {
      f.add("suf4=" + l.substring(l.length() - 4));
    }
    String folded = NameKeys.fold(ta.text.substring(first.start(), last.end()));
    if (lexicon.places.containsKey(folded)) {
      f.add("gaz=place");
    }
    if (lexicon.organizations.containsKey(folded)) {
      f.add("gaz=org");
    }
    if (lexicon.demonyms.containsKey(folded)) {
      f.add("gaz=demonym");
    }
    if (lexicon.orgHeads.contains(NameKeys.fold(last.text()))) {
      f.add("org-head");
    }
    if (lexicon.placeHeads.contains(NameKeys.fold(last.text()))) {
      f.add("place-head");
    }
    if (from == s.from()) {
      f.add("sentence-start");
    }
    String prev = from > s.from() ? ta.tokens.get(from - 1).lower() : "<s>";
    String prev2 = from - 1 > s.from() ? ta.tokens.get(from - 2).lower() : "<s>";
    String next = to < s.to() ? ta.tokens.get(to).lower() : "</s>";
    String next2 = to + 1 < s.to() ? ta.tokens.get(to + 1).lower() : "</s>";
    f.add("prev=" + prev);
    f.add("prev2=" + prev2 + " " + prev);
    f.add("next=" + next);
    f.add("next2=" + next + " " + next2);
    if (lexicon.isTitle(prev) || lexicon.isTitle(prev + ".")) {
      f.add("title-before");
    }
    if (lexicon.cues.containsKey(next)) {
      f.add("cue-after");
    }
    if (next.equals("'s") || next.equals("’s")) {
      f.add("possessive");
    }
    return f;
  }

  private static String shapeOf(String w) {
    StringBuilder sb = new StringBuilder();
    char lastClass = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char cls = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (cls != lastClass) {
        sb.append(cls);
        lastClass = cls;
      }
    }
    return sb.toString();
  }

  /**
   * A text seen as the typer sees it, for training: runs of capitalised words (with "of", "for", "the"
   * inside) as candidate spans, and the features of any span. Offsets are character offsets.
   */
  public static final class Document {
    private final TextAnalysis ta;
    private final Lexicon lexicon;

    private Document(String text, Lexicon lexicon) {
      this.ta = TextAnalysis.of(text);
      this.lexicon = lexicon;
    }

    public static Document of(String text) {
      return new Document(text, Lexicon.defaultLexicon());
    }

    /** Candidate spans as {start, end} character offsets. */
    public List<int[]> candidates() {
      List<int[]> out = new ArrayList<>();
      for (Sentence s : ta.sentences) {
        int i = s.from();
        while (i < s.to()) {
          Token t = ta.tokens.get(i);
          if (!(t.isWord() && t.isCapitalized())) {
            i++;
            continue;
          }
          int j = i + 1;
          while (j < s.to()) {
            Token x = ta.tokens.get(j);
            if (x.isWord() && x.isCapitalized()) {
              j++;
            } else if ((x.is("of") || x.is("for") || x.is("the") || x.is("de")) && j + 1 < s.to()
                && ta.tokens.get(j + 1).isWord() && ta.tokens.get(j + 1).isCapitalized()) {
              j++;
            } else {
              break;
            }
          }
          int a = i;
          while (a < j && (lexicon.isCommon(ta.tokens.get(a).text()) && !ta.tokens.get(a).isAllCaps())) {
            a++;
          }
          if (a < j) {
            out.add(new int[] {ta.tokens.get(a).start(), ta.tokens.get(j - 1).end()});
          }
          i = j;
        }
      }
      return out;
    }

    /** The features of the tokens covering [start, end). */
    public List<String> features(int start, int end) {
      int from = ta.tokenAt(start);
      int to = ta.tokenAt(end);
      Sentence s = ta.sentences.get(Math.max(0, ta.sentenceOf(from)));
      return EntityTyper.features(ta, s, from, Math.max(from + 1, to), lexicon);
    }
  }
}
