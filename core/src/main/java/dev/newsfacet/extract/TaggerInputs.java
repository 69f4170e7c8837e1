package dev.newsfacet.extract;

import dev.newsfacet.extract.entity.Bilou;
import dev.newsfacet.extract.entity.Features;
import dev.newsfacet.extract.entity.TaggerInput;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.text.NameKeys;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds what the entity tagger reads from a text: its tokens and sentences, the rule extractor's
 * mentions as labels, and the gazetteer matches of the lexicon's lists.
 */
public final class TaggerInputs {
  /** The gazetteer lists, in the order of their bits in {@link TaggerInput#gazetteer()}. */
  enum Gazetteer { PLACE, ORG, EVENT, TITLE, GIVEN_NAME, DEMONYM, ORG_HEAD, PLACE_HEAD }

  private static final int LONGEST = 5;

  private TaggerInputs() {}

  /** The tagger's input for an analysed text and the rules' mentions of it. */
  static TaggerInput of(TextAnalysis ta, List<EntityMention> rules, Lexicon lexicon) {
    List<Token> tokens = ta.tokens;
    int n = tokens.size();
    String[] words = new String[n];
    String[] lowerWords = new String[n];
    int[] starts = new int[n];
    int[] tokenEnds = new int[n];
    Set<String> lower = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      words[i] = t.text();
      lowerWords[i] = t.lower();
      starts[i] = t.start();
      tokenEnds[i] = t.end();
      if (Character.isLowerCase(t.text().charAt(0))) {
        lower.add(t.lower());
      }
    }
    int[] ends = new int[ta.sentences.size()];
    int covered = 0;
    for (int s = 0; s < ends.length; s++) {
      ends[s] = ta.sentences.get(s).to();
      covered = ends[s];
    }
    if (covered < n) {
      ends = Arrays.copyOf(ends, ends.length + 1);
      ends[ends.length - 1] = n;
    }
    Set<String> capitalised = new HashSet<>();
    int from = 0;
    for (int to : ends) {
      Features.Line line = Features.Line.of(words, from, to);
      if (!line.allCaps() && !line.titleCase()) {
        for (int i = from + 1; i < to; i++) {
          if (Character.isUpperCase(words[i].charAt(0)) && !tokens.get(i).isAllCaps()) {
            capitalised.add(tokens.get(i).lower());
          }
        }
      }
      from = to;
    }
    int[] ruleLabels = ruleLabels(ta, rules);
    return new TaggerInput(words, lowerWords, starts, tokenEnds, ends, ruleLabels, gazetteer(ta, ends, lexicon), lower,
        capitalised, typesElsewhere(tokens, ruleLabels));
  }

  /**
   * Per token, the types the rules gave the same capitalised word at its other places in the document, as
   * bits {@code 1 << type}: a word the rules typed once carries that evidence to each of its places.
   */
  static int[] typesElsewhere(List<Token> tokens, int[] ruleLabels) {
    Map<String, int[]> counts = new HashMap<>();
    for (int i = 0; i < ruleLabels.length; i++) {
      int type = Bilou.CONLL.typeOf(ruleLabels[i]);
      if (type >= 0 && tokens.get(i).isCapitalized()) {
        counts.computeIfAbsent(tokens.get(i).lower(), k -> new int[4])[type]++;
      }
    }
    int[] bits = new int[ruleLabels.length];
    if (counts.isEmpty()) {
      return bits;
    }
    for (int i = 0; i < bits.length; i++) {
      int[] c = counts.get(tokens.get(i).lower());
      if (c == null) {
        continue;
      }
      int own = Bilou.CONLL.typeOf(ruleLabels[i]);
      for (int type = 0; type < 4; type++) {
        if (c[type] - (type == own ? 1 : 0) > 0) {
          bits[i] |= 1 << type;
        }
      }
    }
    return bits;
  }

  /** The rules' mentions as CoNLL labels: an event counts as MISC; where mentions nest, the outer one. */
  static int[] ruleLabels(TextAnalysis ta, List<EntityMention> rules) {
    int[] labels = new int[ta.tokens.size()];
    int t = 0;
    int lastEnd = -1;
    for (EntityMention m : rules) {
      if (m.start() < lastEnd) {
        continue;
      }
      int type = switch (m.type()) {
        case PERSON -> 0;
        case PLACE -> 1;
        case ORG -> 2;
        case EVENT -> 3;
        case OTHER -> -1;
      };
      if (type < 0) {
        continue;
      }
      while (t < labels.length && ta.tokens.get(t).end() <= m.start()) {
        t++;
      }
      int from = t;
      int to = t;
      while (to < labels.length && ta.tokens.get(to).start() < m.end()) {
        to++;
      }
      if (to > from) {
        Bilou.CONLL.fill(labels, from, to, type);
        lastEnd = m.end();
      }
    }
    return labels;
  }

  /** ASCII letters and digits only: {@link NameKeys#fold} of such words apart is their lower case, one space between. */
  private static boolean isPlainWord(String word) {
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return !word.isEmpty();
  }

  static int[] gazetteer(TextAnalysis ta, int[] sentenceEnds, Lexicon lex) {
    List<Token> tokens = ta.tokens;
    int[] bits = new int[tokens.size()];
    int from = 0;
    for (int to : sentenceEnds) {
      for (int i = from; i < to; i++) {
        Token first = tokens.get(i);
        if (!Character.isLetter(first.text().charAt(0))) {
          continue;
        }
        boolean capital = first.isCapitalized();
        boolean nameMayGrow = capital; // the names part stops once no listed name starts with the phrase
        boolean titleMayGrow = true; // and the titles part once no title does
        StringBuilder lowerPhrase = new StringBuilder();
        boolean plainWords = true; // ASCII letters and digits only so far: the phrase folds to lowerPhrase
        for (int len = 1; len <= LONGEST && i + len <= to && (nameMayGrow || titleMayGrow); len++) {
          Token last = tokens.get(i + len - 1);
          plainWords = plainWords && isPlainWord(last.text());
          if (len > 1) {
            lowerPhrase.append(' ');
          }
          lowerPhrase.append(last.lower());
          if (titleMayGrow) {
            String phrase = lowerPhrase.toString();
            if (lex.titles.contains(phrase)) {
              mark(bits, i, i + len, Gazetteer.TITLE);
            }
            titleMayGrow = lex.titlePrefixes.contains(phrase);
          }
          if (!nameMayGrow) {
            continue;
          }
          String folded = plainWords ? lowerPhrase.toString() : NameKeys.fold(ta.text.substring(first.start(), last.end()));
          int listed = lex.gazetteerIndex.getOrDefault(folded, 0);
          // a listed name still grows through punctuation after it ("Essex ," folds to "essex" again)
          nameMayGrow = folded.length() <= 1
              || (listed & (Lexicon.LISTED_PREFIX | Lexicon.LISTED_PLACE | Lexicon.LISTED_ORG | Lexicon.LISTED_EVENT)) != 0;
          markIf(bits, i, i + len, listed, Lexicon.LISTED_PLACE, Gazetteer.PLACE);
          markIf(bits, i, i + len, listed, Lexicon.LISTED_ORG, Gazetteer.ORG);
          markIf(bits, i, i + len, listed, Lexicon.LISTED_EVENT, Gazetteer.EVENT);
          if (len == 1) {
            markIf(bits, i, i + 1, listed, Lexicon.LISTED_GIVEN_NAME, Gazetteer.GIVEN_NAME);
            markIf(bits, i, i + 1, listed, Lexicon.LISTED_DEMONYM, Gazetteer.DEMONYM);
            markIf(bits, i, i + 1, listed, Lexicon.LISTED_ORG_HEAD, Gazetteer.ORG_HEAD);
            markIf(bits, i, i + 1, listed, Lexicon.LISTED_PLACE_HEAD, Gazetteer.PLACE_HEAD);
          }
        }
      }
      from = to;
    }
    return bits;
  }

  private static void markIf(int[] bits, int from, int to, int listed, int bit, Gazetteer list) {
    if ((listed & bit) != 0) {
      mark(bits, from, to, list);
    }
  }

  private static void mark(int[] bits, int from, int to, Gazetteer list) {
    int base = 4 * list.ordinal();
    if (to - from == 1) {
      bits[from] |= 1 << (base + Bilou.UNIT);
      return;
    }
    for (int i = from; i < to; i++) {
      bits[i] |= 1 << (base + (i == from ? Bilou.BEGIN : i == to - 1 ? Bilou.LAST : Bilou.INSIDE));
    }
  }
}
