package dev.newsfacet.extract.entity;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The tagger's feature templates. Two kinds: features of one word at a window offset (−2…+2), which the
 * tagger computes once per word and caches as scores, and features of the token in its context (the
 * labels just given, the rules' labels, gazetteer matches, the line's capitalisation, what the document
 * said of the word earlier), computed per token. Every feature is a hashed id ({@link FeatureHash}).
 */
public final class Features {
  /** Window offsets −2…+2 of the word features. */
  public static final int WINDOW = 2;
  /** Cluster path prefix lengths used as features. */
  private static final int[] CLUSTER_PREFIXES = {4, 6, 8, 11};
  /** Bumped when templates change: a model trained with other templates is refused. */
  public static final String VERSION = "features-4";
  /** The word a window position outside the sentence reads. */
  public static final String PAD = "\u0000pad";

  private final WordClusters clusters;

  public Features(WordClusters clusters) {
    this.clusters = clusters;
  }

  public WordClusters clusters() {
    return clusters;
  }

  /** Features of {@code word} seen at {@code offset} (−2…+2) from the token being labelled. */
  public void word(String word, int offset, IntConsumer out) {
    int t = 100 + (offset + WINDOW) * 40;
    String lower = word.toLowerCase(Locale.ROOT);
    String path = clusters.path(word);
    out.accept(FeatureHash.of(t, lower));
    out.accept(FeatureHash.of(t + 1, WordShape.brief(word)));
    if (path != null) {
      for (int k = 0; k < CLUSTER_PREFIXES.length; k++) {
        if (offset == 0 || k % 2 == 1) {
          out.accept(FeatureHash.of(t + 2 + k, path.substring(0, Math.min(path.length(), CLUSTER_PREFIXES[k]))));
        }
      }
    } else {
      out.accept(FeatureHash.of(t + 6, WordShape.hasUpper(word) ? 1 : 0));
    }
    if (offset == 0) {
      out.accept(FeatureHash.of(t + 7, word));
      out.accept(FeatureHash.of(t + 8, WordShape.full(word)));
      for (int n = 1; n <= 4 && n < lower.length(); n++) {
        out.accept(FeatureHash.of(t + 8 + n, lower.substring(0, n)));
        out.accept(FeatureHash.of(t + 12 + n, lower.substring(lower.length() - n)));
      }
      out.accept(FeatureHash.of(t + 17, Math.min(word.length(), 8)));
      out.accept(FeatureHash.of(t + 18, 0)); // bias
      if (path == null && WordShape.hasUpper(word)) {
        // an unknown capitalised word: its lower-case form may be clustered ("NEWCASTLE" → "Newcastle")
        String titled = word.length() > 1 ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT) : word;
        String p = clusters.path(titled);
        if (p != null) {
          out.accept(FeatureHash.of(t + 19, p.substring(0, Math.min(p.length(), 8))));
        }
      }
    } else if (Math.abs(offset) == 1) {
      out.accept(FeatureHash.of(t + 7, word));
    }
  }

  /** Per-sentence facts the context features read. */
  public record Line(boolean allCaps, boolean titleCase) {
    /** Facts of the sentence of tokens [from, to). */
    public static Line of(String[] words, int from, int to) {
      int letters = 0;
      int caps = 0;
      int longWords = 0;
      int capitalised = 0;
      for (int i = from; i < to; i++) {
        String w = words[i];
        if (!Character.isLetter(w.charAt(0))) {
          continue;
        }
        letters++;
        if (WordShape.isAllCaps(w)) {
          caps++;
        }
        if (w.length() >= 4) {
          longWords++;
          if (Character.isUpperCase(w.charAt(0))) {
            capitalised++;
          }
        }
      }
      boolean allCaps = letters >= 2 && caps >= letters - 1 && caps * 10 >= letters * 8;
      boolean titleCase = !allCaps && longWords >= 3 && capitalised * 10 >= longWords * 8;
      return new Line(allCaps, titleCase);
    }
  }

  /**
   * Features of token {@code i} in its context: {@code prev1}, {@code prev2} are the labels given to the
   * two tokens before it (O before the sentence), {@code history} the type most often given to this word
   * earlier in the document (−1 for none), {@code first} whether it opens its sentence.
   */
  public void context(TaggerInput in, int i, int from, int to, Line line, int prev1, int prev2, int history,
      IntConsumer out) {
    String w = in.words()[i];
    String lower = in.lowerWords()[i];
    String shape = WordShape.brief(w);
    out.accept(FeatureHash.of(1, prev1));
    out.accept(FeatureHash.of(2, prev1 * 64 + prev2));
    out.accept(FeatureHash.of(3, prev1, shape));
    out.accept(FeatureHash.of(4, prev1, lower));
    boolean first = i == from;
    int lineKind = line.allCaps() ? 2 : line.titleCase() ? 1 : 0;
    out.accept(FeatureHash.of(5, (first ? 4 : 0) + lineKind));
    out.accept(FeatureHash.of(6, (first ? 4 : 0) + lineKind, shape));
    if (lineKind > 0) {
      out.accept(FeatureHash.of(7, lineKind, lower));
    }
    if (first) {
      out.accept(FeatureHash.of(8, lower));
    }
    if (WordShape.hasUpper(w) && in.lowerCaseWords().contains(lower)) {
      out.accept(FeatureHash.of(9, (first ? 2 : 0) + lineKind));
    }
    if ((first || lineKind > 0) && WordShape.hasUpper(w)) {
      out.accept(FeatureHash.of(15, (in.capitalisedWords().contains(lower) ? 8 : 0) + (first ? 4 : 0) + lineKind));
    }
    for (int k = -1; k <= 1; k++) {
      int j = i + k;
      int rule = j < from || j >= to ? -1 : in.ruleLabels()[j];
      out.accept(FeatureHash.of(10 + k + 1, rule));
      if (k == 0) {
        out.accept(FeatureHash.of(13, rule, shape));
        out.accept(FeatureHash.of(14, rule * 8 + lineKind));
      }
    }
    for (int k = -1; k <= 1; k++) {
      int j = i + k;
      int bits = j < from || j >= to ? 0 : in.gazetteer()[j];
      while (bits != 0) {
        int bit = Integer.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        out.accept(FeatureHash.of(20 + k + 1, k == 0 ? bit : bit / 4));
      }
    }
    // word pairs: "Kent had", "by Kent" tell a side from a county where neither word alone does
    String before = i > from ? in.lowerWords()[i - 1] : PAD;
    String after = i + 1 < to ? in.lowerWords()[i + 1] : PAD;
    out.accept(FeatureHash.of(26, before.hashCode(), lower));
    out.accept(FeatureHash.of(27, after.hashCode(), lower));
    int elsewhere = in.ruleTypesElsewhere()[i];
    if (elsewhere != 0) {
      out.accept(FeatureHash.of(30, elsewhere));
      out.accept(FeatureHash.of(31, elsewhere * 64 + in.ruleLabels()[i]));
    }
    if (history >= 0) {
      out.accept(FeatureHash.of(24, history));
      out.accept(FeatureHash.of(25, history * 8 + lineKind));
    }
  }

  /** Whether token {@code i} can start or be an entity at all: it has a capital, or an entity is open before it. */
  public static boolean candidate(String word, boolean insideEntity) {
    return insideEntity ? continues(word) : !isStop(word) && WordShape.hasUpper(word);
  }

  /**
   * The lower-case words a name runs on through ("Bank of America", "Ludwig van Beethoven", "Abdullah al-…"):
   * between them they make 336 of the 350 lower-case words inside CoNLL eng.train's entities. Any other
   * lower-case word ends an open entity ("General Motors Corp said": "said" is no part of the name).
   */
  private static final Set<String> CONNECTORS = Set.of("of", "and", "de", "the", "van", "for",
      "der", "in", "on", "et", "al", "den", "da", "du", "des", "del", "della", "di", "la", "le", "von", "y", "e", "el",
      "bin", "ibn", "ter", "upon", "am", "an", "zu", "dos", "das", "do");

  /** Whether a word can carry an open entity on: anything but a lower-case word that is no connector, or a stop. */
  public static boolean continues(String word) {
    if (isStop(word)) {
      return false;
    }
    char c = word.charAt(0);
    return !Character.isLowerCase(c) || CONNECTORS.contains(word) || word.indexOf('-') > 0;
  }

  /**
   * Punctuation no entity runs through (CoNLL eng.train has 15 of its 23,499 entities with a comma or a
   * bracket inside): an open entity ends before it, so a name cannot swallow ") 3:59.120" or ", and".
   */
  public static boolean isStop(String word) {
    if (word.length() != 1) {
      return false;
    }
    return switch (word.charAt(0)) {
      case ',', ';', ':', '(', ')', '[', ']', '"', '“', '”', '?', '!' -> true;
      default -> false;
    };
  }
}
