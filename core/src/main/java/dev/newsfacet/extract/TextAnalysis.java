package dev.newsfacet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text cut into tokens, sentences and paragraphs, with offsets; shared by every extractor so that
 * they all point at the same characters.
 */
final class TextAnalysis {
  // "U.S." style abbreviations, words (apostrophes inside, but "'s" split off), numbers, anything else.
  private static final Pattern TOKEN = Pattern.compile(
      "(?:\\p{L}\\.){2,}"
          + "|\\p{L}(?:(?!\\p{Lu}\\.\\p{L}\\.)[\\p{L}\\p{M}\\p{Nd}])*(?:['’](?![sS]\\b)\\p{L}+)*"
          + "|['’][sS]\\b"
          + "|\\d+(?:[.,:]\\d+)*(?:st|nd|rd|th|s)?"
          + "|\\S");
  private static final Set<String> ABBREVIATIONS = Set.copyOf(List.of(
      "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "maj", "prof",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc",
      "jr", "sr", "inc", "corp", "ltd", "co", "mt", "ft", "approx", "dept", "est", "fig", "p", "pp", "e.g",
      "i.e", "a.m", "p.m"));

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

  static TextAnalysis of(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(new Token(m.start(), m.end(), m.group()));
    }
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
        boolean boundary = isSentenceEnd(tokens, t, pEnd);
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

  /** A straight quotation mark closes when white space or the text's end follows it; else it opens. */
  private static boolean closesHere(String text, Token t) {
    char c = t.text().charAt(0);
    if (c != '"' && c != '\'') {
      return true;
    }
    return t.end() >= text.length() || !Character.isLetterOrDigit(text.charAt(t.end()));
  }

  private static boolean isCloser(String s) {
    return s.equals("”") || s.equals("\"") || s.equals("’") || s.equals(")") || s.equals("'");
  }

  private static boolean isSentenceEnd(List<Token> tokens, int i, int paragraphEnd) {
    String s = tokens.get(i).text();
    if (!(s.equals(".") || s.equals("!") || s.equals("?") || s.equals("…"))) {
      return false;
    }
    int next = i + 1;
    while (next < tokens.size() && tokens.get(next).start() < paragraphEnd && isCloser(tokens.get(next).text())) {
      next++;
    }
    if (next >= tokens.size() || tokens.get(next).start() >= paragraphEnd) {
      return true;
    }
    Token following = tokens.get(next);
    char c = following.text().charAt(0);
    boolean nextStartsSentence = Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"'
        || c == '‘' || c == '(';
    if (!nextStartsSentence) {
      return false;
    }
    if (s.equals(".") && i > 0) {
      Token prev = tokens.get(i - 1);
      boolean adjacent = prev.end() == tokens.get(i).start();
      String p = prev.text().toLowerCase(java.util.Locale.ROOT);
      if (adjacent && (ABBREVIATIONS.contains(p) || (p.length() == 1 && Character.isLetter(p.charAt(0))))) {
        return false;
      }
    }
    return true;
  }

  /** The index of the sentence holding token {@code t}. */
  int sentenceOf(int t) {
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
  int tokenAt(int offset) {
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
  int paragraphOf(int offset) {
    for (int p = 0; p < paragraphs.size(); p++) {
      if (offset >= paragraphs.get(p)[0] && offset <= paragraphs.get(p)[1]) {
        return p;
      }
    }
    return -1;
  }
}
