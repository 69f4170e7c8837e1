package dev.newsfacet.extract;

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
  private static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1+");
  private static final Pattern TRANSLIT_ENDING = Pattern.compile("(?:iy|yi|ij|yy)\\b");

  private NameKeys() {}

  /** Lower case, accents removed, punctuation as single spaces, white space trimmed. */
  public static String fold(String name) {
    String s = name.strip();
    if (isSimpleWord(s)) {
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

  private static final Pattern INITIAL_DOTS = Pattern.compile("(?<=\\b\\p{L})\\.(?=\\p{L}\\b|\\s|$)");

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** ASCII letters and digits only: folding is just lower-casing. */
  private static boolean isSimpleWord(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /** The identity key: {@link #fold} plus spelling-variant folding. */
  public static String key(String name) {
    String s = fold(name);
    s = TRANSLIT_ENDING.matcher(s).replaceAll("y");
    s = DOUBLED.matcher(s).replaceAll("$1");
    return s;
  }
}
