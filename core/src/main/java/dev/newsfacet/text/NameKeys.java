package dev.newsfacet.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Identity keys for names: two spellings of one name get the same key. Folds case and accents
 * (Orbán = Orban), drops punctuation and a possessive, collapses doubled letters and a few
 * transliteration endings (Zelenskyy = Zelensky = Zelenskiy).
 */
public final class NameKeys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{Nd}]+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$|['’]$");
  /** The spelling-variant rules of {@link #key}, as regular expressions; implemented by hand there. */
  static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1+");
  static final Pattern TRANSLIT_ENDING = Pattern.compile("(?:iy|yi|ij|yy)\\b");

  private NameKeys() {}

  /** Lower case, accents removed, punctuation as single spaces, white space trimmed. */
  public static String fold(String name) {
    String s = name.strip();
    if (isSimpleName(s)) {
      return s.toLowerCase(Locale.ROOT); // the common case, without regular expressions
    }
    s = POSSESSIVE.matcher(s).replaceAll("");
    if (!isAscii(s)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD);
      s = MARKS.matcher(s).replaceAll("");
      s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
          .replace("đ", "d").replace("Đ", "D").replace("ı", "i");
    }
    s = s.toLowerCase(Locale.ROOT);
    // "U.S." and "US" should meet: drop dots between single letters before turning punctuation to spaces
    s = INITIAL_DOTS.matcher(s).replaceAll("");
    s = NON_ALNUM.matcher(s).replaceAll(" ").strip();
    return s;
  }

  /**
   * For comparing running text (a quotation as two outlets print it): {@link #fold} for non-ASCII text;
   * ASCII text by hand, lower-cased with every run of other characters as one space.
   */
  public static String foldText(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return fold(text);
      }
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
        alnum = true;
      }
      if (alnum) {
        if (gap && sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return sb.toString();
  }

  private static final Pattern INITIAL_DOTS = Pattern.compile("(?<=\\b\\p{L})\\.(?=\\p{L}\\b|\\s|$)");

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** ASCII letters and digits, single spaces between words ("Barack Obama"): folding is just lower-casing. */
  private static boolean isSimpleName(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && !(c == ' ' && i > 0 && s.charAt(i - 1) != ' ')) {
        return false; // (strip() leaves no space at either end)
      }
    }
    return true;
  }

  /** The identity key: {@link #fold} plus spelling-variant folding. */
  public static String key(String name) {
    return collapseDoubled(translitEndings(fold(name)));
  }

  /** {@code (?:iy|yi|ij|yy)\b} replaced by "y" (as the regex {@code TRANSLIT_ENDING} would), by hand: keys are hot. */
  static String translitEndings(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean changed = false;
    int i = 0;
    while (i < s.length()) {
      char a = i + 1 < s.length() ? s.charAt(i) : 0;
      char b = a != 0 ? s.charAt(i + 1) : 0;
      boolean pair = (a == 'i' && (b == 'y' || b == 'j')) || (a == 'y' && (b == 'i' || b == 'y'));
      if (pair && WordBoundary.afterLetter(s, i + 2)) {
        out.append('y');
        i += 2;
        changed = true;
      } else {
        out.append(s.charAt(i));
        i++;
      }
    }
    return changed ? out.toString() : s;
  }

  /** {@code (\p{L})\1+} replaced by the one letter (as the regex {@code DOUBLED} would), by hand. */
  static String collapseDoubled(String s) {
    StringBuilder out = null;
    int previous = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int width = Character.charCount(cp);
      boolean repeat = cp == previous && Character.isLetter(cp);
      if (repeat && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      } else if (!repeat && out != null) {
        out.appendCodePoint(cp);
      }
      previous = cp;
      i += width;
    }
    return out == null ? s : out.toString();
  }
}
