package dev.newsfacet.extract;

import dev.newsfacet.text.CalendarWords;
import dev.newsfacet.text.WordBoundary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The text cut into tokens, sentences and paragraphs, with offsets; shared by every extractor so that
 * they all point at the same characters.
 */
public final class TextAnalysis {
  // "U.S." style abbreviations, words (apostrophes inside, but "'s" split off), numbers, anything else.
  /** The token grammar, as a regular expression; {@link #tokenize} implements it by hand. */
  static final Pattern TOKEN = Pattern.compile(
      "(?:\\p{L}\\.){2,}"
          + "|\\p{L}(?:(?!\\p{Lu}\\.\\p{L}\\.)[\\p{L}\\p{M}\\p{Nd}])*(?:['’](?![sS]\\b)\\p{L}+)*"
          + "|['’][sS]\\b"
          + "|\\d+(?:[.,:]\\d+)*(?:st|nd|rd|th|s)?"
          + "|\\S");
  /** Words whose full stop ends no sentence: titles, the months' abbreviations, and a few more. */
  private static final Set<String> ABBREVIATIONS = Stream.concat(Stream.of(
      "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "maj", "prof",
      "no", "vs", "etc", "jr", "sr", "inc", "corp", "ltd", "co", "mt", "ft", "approx", "dept", "est", "fig", "p",
      "pp", "e.g", "i.e", "a.m", "p.m"), CalendarWords.MONTH_ABBREVIATIONS.stream()).collect(Collectors.toUnmodifiableSet());

  /** The most tokens one sentence holds; a longer run without a sentence end is cut into pieces this long. */
  public static final int MAX_SENTENCE_TOKENS = 300;

  final String text;
  final List<Token> tokens;
  final List<Sentence> sentences;
  /** Paragraph boundaries as [start, end) offsets: each line of the text is a paragraph. */
  final List<int[]> paragraphs;

  private TextAnalysis(String text, List<Token> tokens, List<Sentence> sentences, List<int[]> paragraphs) {
    this.text = text;
    this.tokens = tokens;
    this.sentences = sentences;
    this.paragraphs = paragraphs;
  }

  /** The text's characters. */
  public String text() {
    return text;
  }

  /** Every token, in text order. */
  public List<Token> tokens() {
    return tokens;
  }

  /** Paragraph boundaries as [start, end) offsets, in text order: each line of the text is a paragraph. */
  public List<int[]> paragraphs() {
    return paragraphs;
  }

  /** Every sentence, in text order; each lies within one paragraph. */
  public List<Sentence> sentences() {
    return sentences;
  }

  /** Cuts the text into tokens, sentences and paragraphs. */
  public static TextAnalysis of(String text) {
    List<Token> tokens = tokenize(text);
    List<int[]> paragraphs = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (!text.substring(lineStart, i).isBlank()) {
          paragraphs.add(new int[] {lineStart, i});
        }
        lineStart = i + 1;
      }
    }
    List<Sentence> sentences = new ArrayList<>();
    int t = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      int pEnd = paragraphs.get(p)[1];
      int first = t;
      while (t < tokens.size() && tokens.get(t).start() < pEnd) {
        // past MAX_SENTENCE_TOKENS a "sentence" is a list, a table or a hostile text: cut it, so that no
        // rule's work per sentence can grow with the square of a paragraph's length
        boolean boundary = isSentenceEnd(text, tokens, t, pEnd) || t + 1 - first >= MAX_SENTENCE_TOKENS;
        t++;
        if (boundary) {
          // closing quotation marks and brackets belong to the sentence they close
          while (t < tokens.size() && tokens.get(t).start() < pEnd && isCloser(tokens.get(t).text())
              && closesHere(text, tokens.get(t))) {
            t++;
          }
          sentences.add(new Sentence(tokens.get(first).start(), tokens.get(t - 1).end(), first, t, p));
          first = t;
        }
      }
      if (first < t) {
        sentences.add(new Sentence(tokens.get(first).start(), tokens.get(t - 1).end(), first, t, p));
      }
    }
    return new TextAnalysis(text, List.copyOf(tokens), List.copyOf(sentences), List.copyOf(paragraphs));
  }

  /**
   * The tokens of {@link #TOKEN}, found by hand: the same tokens (a test holds the two together) at a
   * fraction of the regex engine's cost, which made tokenising a sixth of all extraction time.
   */
  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>(text.length() / 5 + 8);
    int len = text.length();
    int i = 0;
    while (i < len) {
      int cp = text.codePointAt(i);
      if (isRegexSpace(cp)) {
        i++;
        continue;
      }
      int end;
      if (Character.isLetter(cp)) {
        end = abbreviationEnd(text, i);
        if (end < 0) {
          end = wordEnd(text, i);
        }
      } else if ((cp == '\'' || cp == '’') && i + 1 < len && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
          && WordBoundary.afterLetter(text, i + 2)) {
        end = i + 2;
      } else if (cp >= '0' && cp <= '9') {
        end = numberEnd(text, i);
      } else {
        end = i + Character.charCount(cp);
      }
      tokens.add(new Token(i, end, text.substring(i, end)));
      i = end;
    }
    return tokens;
  }

  /** {@code (?:\p{L}\.){2,}}: the end of "U.S." at {@code i}, or -1. */
  private static int abbreviationEnd(String text, int i) {
    int pairs = 0;
    int at = i;
    while (at < text.length()) {
      int cp = text.codePointAt(at);
      int next = at + Character.charCount(cp);
      if (!Character.isLetter(cp) || next >= text.length() || text.charAt(next) != '.') {
        break;
      }
      pairs++;
      at = next + 1;
    }
    return pairs >= 2 ? at : -1;
  }

  /** A word: letters, marks and digits (not into a following "U.S."), then apostrophe parts ("O'Neil", not "'s"). */
  private static int wordEnd(String text, int i) {
    int at = i + Character.charCount(text.codePointAt(i));
    while (at < text.length()) {
      int cp = text.codePointAt(at);
      if (!(Character.isLetter(cp) || isMark(cp) || Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER)
          || startsInitialism(text, at)) {
        break;
      }
      at += Character.charCount(cp);
    }
    while (at + 1 < text.length()) {
      char c = text.charAt(at);
      if (c != '\'' && c != '’') {
        break;
      }
      char n = text.charAt(at + 1);
      if ((n == 's' || n == 'S') && WordBoundary.afterLetter(text, at + 2)) {
        break;
      }
      int letters = at + 1;
      while (letters < text.length() && Character.isLetter(text.codePointAt(letters))) {
        letters += Character.charCount(text.codePointAt(letters));
      }
      if (letters == at + 1) {
        break;
      }
      at = letters;
    }
    return at;
  }

  /** {@code \p{Lu}\.\p{L}\.} at {@code at}. */
  private static boolean startsInitialism(String text, int at) {
    int cp = text.codePointAt(at);
    if (Character.getType(cp) != Character.UPPERCASE_LETTER) {
      return false;
    }
    int dot = at + Character.charCount(cp);
    if (dot + 1 >= text.length() || text.charAt(dot) != '.') {
      return false;
    }
    int second = text.codePointAt(dot + 1);
    int dot2 = dot + 1 + Character.charCount(second);
    return Character.isLetter(second) && dot2 < text.length() && text.charAt(dot2) == '.';
  }

  /** {@code \d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?} with ASCII digits, as the regex's {@code \d} is. */
  private static int numberEnd(String text, int i) {
    int len = text.length();
    int at = i;
    while (at < len && isAsciiDigit(text.charAt(at))) {
      at++;
    }
    while (at + 1 < len && (text.charAt(at) == '.' || text.charAt(at) == ',' || text.charAt(at) == ':')
        && isAsciiDigit(text.charAt(at + 1))) {
      at += 2;
      while (at < len && isAsciiDigit(text.charAt(at))) {
        at++;
      }
    }
    if (at + 1 < len) {
      String two = text.substring(at, at + 2);
      if (two.equals("st") || two.equals("nd") || two.equals("rd") || two.equals("th")) {
        return at + 2;
      }
    }
    return at < len && text.charAt(at) == 's' ? at + 1 : at;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** The regex {@code \s}: ASCII white space only. */
  private static boolean isRegexSpace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r';
  }

  /** A straight quotation mark closes when white space or the text's end follows it; else it opens. */
  private static boolean closesHere(String text, Token t) {
    char c = t.text().charAt(0);
    if (c != '"' && c != '\'') {
      return true;
    }
    return t.end() >= text.length() || !Character.isLetterOrDigit(text.charAt(t.end()));
  }

  /** "''It's all …": straight marks run up against a word, so they open the next sentence's quotation. */
  private static boolean opensStraight(String text, Token t) {
    int i = t.start();
    if (text.charAt(i) != '\'' && text.charAt(i) != '"') {
      return false;
    }
    if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      return false;
    }
    while (i < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '"')) {
      i++;
    }
    return i < text.length() && Character.isLetterOrDigit(text.charAt(i));
  }

  private static boolean isCloser(String s) {
    return s.equals("”") || s.equals("\"") || s.equals("’") || s.equals(")") || s.equals("'");
  }

  private static boolean isSentenceEnd(String text, List<Token> tokens, int i, int paragraphEnd) {
    String s = tokens.get(i).text();
    if (!(s.equals(".") || s.equals("!") || s.equals("?") || s.equals("…"))) {
      return false;
    }
    int next = i + 1;
    while (next < tokens.size() && tokens.get(next).start() < paragraphEnd && isCloser(tokens.get(next).text())
        && !opensStraight(text, tokens.get(next))) {
      next++;
    }
    if (next >= tokens.size() || tokens.get(next).start() >= paragraphEnd) {
      return true;
    }
    Token following = tokens.get(next);
    char c = following.text().charAt(0);
    boolean nextStartsSentence = Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"'
        || c == '‘' || c == '(' || opensStraight(text, following);
    if (!nextStartsSentence) {
      return false;
    }
    if (s.equals(".") && i > 0) {
      Token prev = tokens.get(i - 1);
      boolean adjacent = prev.end() == tokens.get(i).start();
      String p = prev.text().toLowerCase(Locale.ROOT);
      boolean number = p.equals("no") || p.equals("nos");
      if (adjacent && number && !Character.isDigit(c)) {
        return true; // "he said no." ends a sentence; "No. 10" does not
      }
      if (adjacent && (ABBREVIATIONS.contains(p) || (p.length() == 1 && Character.isLetter(p.charAt(0))))) {
        return false;
      }
      // a ticker's exchange suffix: "( MSFT.O )", "BSC.N", "7203.T" — no space on either side of the dot
      if (adjacent && following.start() == tokens.get(i).end() && following.text().length() <= 2
          && following.text().chars().allMatch(Character::isUpperCase)
          && prev.text().chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch))) {
        return false;
      }
    }
    return true;
  }

  /** The index of the sentence holding token {@code t}. */
  public int sentenceOf(int t) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (t < s.from()) {
        hi = mid - 1;
      } else if (t >= s.to()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The index of the first token starting at or after {@code offset}. */
  public int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The paragraph index that holds {@code offset}, or -1. */
  public int paragraphOf(int offset) {
    // paragraphs are in text order and do not overlap: the last one starting at or before the offset
    int lo = 0;
    int hi = paragraphs.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (paragraphs.get(mid)[0] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && offset <= paragraphs.get(found)[1] ? found : -1;
  }
}
