package dev.newsfacet.extract;

import java.util.Locale;

/**
 * A word, number or punctuation mark with its offsets in the text, and its lower-case form (computed once:
 * the rules ask for it many times per token).
 */
public record Token(int start, int end, String text, String lower) {
  public Token(int start, int end, String text) {
    this(start, end, text, text.toLowerCase(Locale.ROOT));
  }

  public boolean isWord() {
    return Character.isLetter(text.charAt(0));
  }

  public boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }

  public boolean isAllCaps() {
    return allCaps(text);
  }

  /** Whether every letter of {@code text} is a capital, and it has at least two ("NATO", "INSTANT VIEW"). */
  public static boolean allCaps(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  public boolean is(String s) {
    return text.equalsIgnoreCase(s);
  }
}
