package dev.newsfacet.extract.entity;

/** A word's shape: capitals as X, small letters as x, digits as d, other characters as themselves. */
public final class WordShape {
  private WordShape() {}

  /** Runs of one kind collapsed: "McDonald" → "XxXx", "U.S." → "X.X.", "1996" → "d". */
  public static String brief(String word) {
    StringBuilder sb = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < word.length() && sb.length() < 12; i++) {
      char k = kind(word.charAt(i));
      if (k != last) {
        sb.append(k);
        last = k;
      }
    }
    return sb.toString();
  }

  /** Every character's kind, up to six: "McDonald" → "XxXxxx". */
  static String full(String word) {
    int n = Math.min(6, word.length());
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      out[i] = kind(word.charAt(i));
    }
    return new String(out);
  }

  private static char kind(char c) {
    if (Character.isUpperCase(c)) {
      return 'X';
    }
    if (Character.isLowerCase(c)) {
      return 'x';
    }
    if (Character.isDigit(c)) {
      return 'd';
    }
    return Character.isLetter(c) ? 'x' : c;
  }

  static boolean hasUpper(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isAllCaps(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 1;
  }
}
