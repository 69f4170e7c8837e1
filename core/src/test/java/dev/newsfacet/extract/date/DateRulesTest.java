package dev.newsfacet.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the rule table with its own example: the example is found whole, by that rule, with that value. */
class DateRulesTest {
  private static final LocalDate THURSDAY = LocalDate.of(2025, 10, 16);
  private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

  static Stream<DateRule> rules() {
    return DateRules.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void eachRuleGivesItsExampleItsValue(DateRule rule) {
    String example = rule.example().replace("[", "").replace("]", "");
    String expression = rule.example().replaceAll("\\[[^]]*] ?", "");
    String sentence = "They spoke of it " + example + " in the capital.";
    List<RuleBasedDateExtractor.Found> found = extractor.find(sentence, THURSDAY);
    assertEquals(1, found.size(), found::toString);
    assertEquals(rule.name(), found.get(0).rule());
    assertEquals(expression, found.get(0).mention().text());
    assertEquals(rule.exampleValue(), found.get(0).mention().value());
  }

  @Test
  void ruleNamesAreOneEach() {
    Set<String> names = new HashSet<>();
    DateRules.ALL.forEach(r -> assertTrue(names.add(r.name()), r.name()));
  }

  /**
   * The derived trigger words hold every word some rule can start a match at: for a vocabulary of the
   * calendar's words, every example's first word and common words, a word that can start one is a trigger.
   */
  @Test
  void triggersAreDerivedSoThatNoRuleIsMissed() {
    Triggers triggers = new Triggers(DateRules.ALL);
    List<String> vocabulary = new java.util.ArrayList<>(List.of("the", "a", "an", "this", "last", "next", "every", "each",
        "about", "more", "less", "up", "at", "for", "early", "late", "mid", "recently", "currently", "now", "these",
        "year", "christmas", "new", "valentine", "spring", "fall", "winter", "today", "tonight", "yesterday", "q3",
        "said", "in", "once", "soon", "previously", "s", "people", "president", "between", "and"));
    vocabulary.addAll(dev.newsfacet.text.CalendarWords.MONTH_NUMBERS.keySet());
    vocabulary.addAll(dev.newsfacet.text.CalendarWords.WEEKDAYS.keySet());
    DateRules.ALL.forEach(r -> vocabulary.add(r.example().replace("[", "").split("[ .,'\\]-]")[0].toLowerCase(java.util.Locale.ROOT)));
    for (String w : vocabulary) {
      if (Triggers.canStart(DateRules.ALL, w)) {
        assertTrue(triggers.starts(w), w);
      }
    }
    assertTrue(triggers.starts("Q3") && triggers.starts("2025") && triggers.starts("March"));
    assertFalse(triggers.starts("s") || triggers.starts("people") || triggers.starts("said"), triggers.words().toString());
  }

  @Test
  void literalWordsSkipEscapesFlagsAndGroupNames() {
    Set<String> out = new HashSet<>();
    Triggers.literalWords("(?i:\\bthe\\s+)(?<lead>\\d{4})\\p{L}years?", out);
    assertEquals(Set.of("the", "years", "year"), out);
  }
}
