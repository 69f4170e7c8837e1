package dev.newsfacet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Name keys: spellings meet, and the hand-written rules do what their regular expressions say. */
class NameKeysTest {
  @Test
  void spellingsOfOneNameMeet() {
    assertEquals(NameKeys.key("Orbán"), NameKeys.key("Orban"));
    assertEquals(NameKeys.key("Zelenskyy"), NameKeys.key("Zelenskiy"));
    assertEquals(NameKeys.key("Zelensky"), NameKeys.key("ZELENSKYY"));
    assertEquals("us", NameKeys.fold("U.S."));
    assertEquals("barack obama", NameKeys.fold("Barack  Obama"));
    assertEquals("barack obama", NameKeys.fold(" Barack Obama "));
    assertEquals("trump", NameKeys.fold("Trump's"));
  }

  @Test
  void handWrittenRulesMatchTheirRegularExpressions() {
    String alphabet = "iyjsa ij_9\u0301\u00e9\u0436Y";
    Random random = new Random(7);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertEquals(NameKeys.TRANSLIT_ENDING.matcher(s).replaceAll("y"), NameKeys.translitEndings(s), s);
      assertEquals(NameKeys.DOUBLED.matcher(s).replaceAll("$1"), NameKeys.collapseDoubled(s), s);
    }
    for (String s : List.of("", "yy", "yyy", "iyy", "a\uD801\uDC00\uD801\uDC00b")) {
      assertEquals(NameKeys.TRANSLIT_ENDING.matcher(s).replaceAll("y"), NameKeys.translitEndings(s), s);
      assertEquals(NameKeys.DOUBLED.matcher(s).replaceAll("$1"), NameKeys.collapseDoubled(s), s);
    }
  }
}
