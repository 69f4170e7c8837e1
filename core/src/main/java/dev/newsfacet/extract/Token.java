package dev.newsfacet.extract;

/** A word, number or punctuation mark with its offsets in the text. */
record Token(int start, int end, String text) {
  boolean isWord() {
    return Character.isLetter(text.charAt(0));
  }

  boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }

  boolean isAllCaps() {
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

  String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  boolean is(String s) {
    return text.equalsIgnoreCase(s);
  }
}
