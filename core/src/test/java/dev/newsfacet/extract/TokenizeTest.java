package dev.newsfacet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The hand-written tokenizer gives exactly the tokens of the regular expression that defines them. */
class TokenizeTest {
  private static List<Token> byRegex(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TextAnalysis.TOKEN.matcher(text);
    while (m.find()) {
      out.add(new Token(m.start(), m.end(), m.group()));
    }
    return out;
  }

  @Test
  void handPickedCases() {
    for (String s : List.of("The U.S. and U.K. said", "Mr. O'Neil's ma'am it's JONES'S", "1990s 1st 2,000.50 10:30am 3sx 4s",
        "ofU.S.A. deal", "naïve café Zürich e\u0301", "“Quote,” he said — ‘yes’…", "", " \t\n ", "a\u00a0b",
        "emoji \uD83D\uDE00 and \uD801\uDC00\uD801\uDC01 letters", "x'", "'s", "’S_", "rock'n'roll", "U.S", "A.B.C")) {
      assertEquals(byRegex(s), TextAnalysis.tokenize(s), s);
    }
  }

  @Test
  void randomTextFromATrickyAlphabet() {
    String alphabet = "aAsSzZUK.,:\u0903\u00aa'’_-0123456789 \n\t\u00a0éÉ\u0301\u0663“”\"()\uD83D\uDE00\uD801\uDC00";
    Random random = new Random(42);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        int at = random.nextInt(alphabet.length());
        char c = alphabet.charAt(at);
        if (Character.isHighSurrogate(c) && at + 1 < alphabet.length()) {
          sb.append(c).append(alphabet.charAt(at + 1));
        } else if (!Character.isLowSurrogate(c)) {
          sb.append(c);
        }
      }
      String s = sb.toString();
      assertEquals(byRegex(s), TextAnalysis.tokenize(s), s);
    }
  }
}
