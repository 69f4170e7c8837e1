package dev.newsfacet.extract.statement;

import dev.newsfacet.extract.Sentence;
import dev.newsfacet.extract.TextAnalysis;
import java.util.ArrayList;
import java.util.List;

/**
 * A quotation of a text: where its marks are and what they enclose, found paragraph by paragraph by
 * {@link #find}. The first step of statement extraction; everything after it reads these.
 *
 * @param open offset of the opening mark
 * @param close offset of the closing mark, or -1 when the paragraph ends first (news runs a quotation over
 *     paragraphs with an opening mark on each)
 * @param contentStart first character inside the marks, blanks skipped
 * @param contentEnd end (exclusive) of the content, blanks skipped
 * @param paragraph the index of its paragraph
 */
public record Quote(int open, int close, int contentStart, int contentEnd, int paragraph) {
  /** Offset just after the closing mark (marks may be two characters: ''). */
  public int closeEnd(String text) {
    return close + (close + 1 < text.length() && text.charAt(close) == '\'' && text.charAt(close + 1) == '\'' ? 2 : 1);
  }

  /** Whether the quotation opens in sentence {@code s}. */
  public boolean inSentence(TextAnalysis ta, Sentence s) {
    return open >= s.start() && open < s.end();
  }

  /** True when the quote's last character lies in sentence s. */
  public boolean endsIn(TextAnalysis ta, Sentence s) {
    int last = close >= 0 ? close : contentEnd - 1;
    return last >= s.start() && last < s.end();
  }

  /** True when only punctuation follows the quote's closing mark up to the end of its sentence. */
  public boolean endsSentence(TextAnalysis ta, Sentence s) {
    if (close < 0) {
      return true;
    }
    for (int t = ta.tokenAt(closeEnd(ta.text())); t < s.to(); t++) {
      if (ta.tokens().get(t).isWord() || Character.isDigit(ta.tokens().get(t).text().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** A curly or angled opening mark. */
  public static boolean isOpenMark(char c) {
    return c == '“' || c == '„' || c == '«';
  }

  /** A curly or angled closing mark. */
  public static boolean isCloseMark(char c) {
    return c == '”' || c == '»';
  }

  /**
   * The quotations of a text, in order: curly and angled marks nest, straight marks pair within a paragraph
   * (and close a curly one at a word end), and an unclosed quotation runs to its paragraph's end when a colon
   * or comma introduced it or the next paragraph goes on with it.
   */
  public static List<Quote> find(TextAnalysis ta) {
    List<Quote> quotes = new ArrayList<>();
    String text = ta.text();
    List<int[]> paragraphs = ta.paragraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      int ps = paragraphs.get(p)[0];
      int pe = paragraphs.get(p)[1];
      int depth = 0;
      int open = -1;
      boolean straight = false;
      for (int i = ps; i < pe; i++) {
        char c = text.charAt(i);
        if (isOpenMark(c) && !straight) {
          if (depth == 0) {
            open = i;
          }
          depth++;
        } else if (isCloseMark(c) && depth > 0) {
          depth--;
          if (depth == 0) {
            add(quotes, text, open, i, p);
          }
        } else if (c == '"' || (c == '\'' && i + 1 < pe && text.charAt(i + 1) == '\'')) {
          if (c == '\'' && i + 2 < pe && text.charAt(i + 2) == '\'' && straight) {
            i++; // three apostrophes closing: a single quotation mark inside, then the double one
          }
          boolean twoChars = c == '\'';
          if (depth > 0) {
            // a straight mark closing a curly quote ("…Chernihiv," according to) or nested: close only at a word end
            boolean atEnd = i + 1 >= pe || Character.isWhitespace(text.charAt(i + 1)) || ",.;:)".indexOf(text.charAt(i + 1)) >= 0;
            if (depth == 1 && atEnd && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
              depth = 0;
              add(quotes, text, open, i, p);
            }
          } else if (!straight) {
            straight = true;
            open = i;
          } else if (opensAnother(text, i, pe)) {
            // '… a fantastic feeling. "I think …': a mark after a space, before a word, opens a quotation; the
            // one before ran to the end of a paragraph whose break the text has lost, as news writes a quotation
            // over paragraphs
            add(quotes, text, open, -1, i, p);
            open = i;
          } else {
            straight = false;
            add(quotes, text, open, i, p);
          }
          if (twoChars) {
            i++; // '' is one mark of two characters
          }
        }
      }
      if ((depth > 0 || straight) && open >= 0 && (introduced(text, open, ps) || nextParagraphContinues(ta, p))) {
        // an unclosed quote runs to the paragraph's end when a colon or comma introduces it, or when the next
        // paragraph goes on with the quotation (as news writes one over paragraphs) or with the sentence (a
        // wrapped line); otherwise the mark is a stray one
        add(quotes, text, open, -1, pe, p);
      }
    }
    return quotes;
  }

  private static boolean introduced(String text, int open, int paragraphStart) {
    int i = open - 1;
    while (i >= paragraphStart && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= paragraphStart && (text.charAt(i) == ':' || text.charAt(i) == ',');
  }

  private static boolean nextParagraphContinues(TextAnalysis ta, int p) {
    List<int[]> paragraphs = ta.paragraphs();
    if (p + 1 >= paragraphs.size()) {
      return false;
    }
    String text = ta.text();
    int i = paragraphs.get(p + 1)[0];
    int end = paragraphs.get(p + 1)[1];
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < end && (isOpenMark(text.charAt(i)) || text.charAt(i) == '"' || text.startsWith("''", i)
        || Character.isLowerCase(text.charAt(i)));
  }

  /** A straight mark after a space and a sentence's end, before a capital: it opens, it cannot close. */
  private static boolean opensAnother(String text, int i, int paragraphEnd) {
    if (i < 2 || i + 1 >= paragraphEnd || !Character.isWhitespace(text.charAt(i - 1))
        || !Character.isUpperCase(text.charAt(i + 1))) {
      return false;
    }
    int k = i - 1;
    while (k > 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return ".!?".indexOf(text.charAt(k)) >= 0;
  }

  private static void add(List<Quote> quotes, String text, int open, int close, int paragraph) {
    add(quotes, text, open, close, close < 0 ? text.length() : close, paragraph);
  }

  /** The quotation opened at {@code open} whose words end before {@code end}, trimmed; {@code close} -1 when unclosed. */
  private static void add(List<Quote> quotes, String text, int open, int close, int end, int paragraph) {
    int cs = open + (open + 1 < text.length() && text.charAt(open) == '\'' && text.charAt(open + 1) == '\'' ? 2 : 1);
    int ce = end;
    while (cs < ce && Character.isWhitespace(text.charAt(cs))) {
      cs++;
    }
    while (ce > cs && Character.isWhitespace(text.charAt(ce - 1))) {
      ce--;
    }
    if (ce > cs) {
      quotes.add(new Quote(open, close, cs, ce, paragraph));
    }
  }
}
