package dev.newsfacet.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacet.extract.TextAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where quotations open and close (sentences written for this test). */
class QuoteTest {
  private static List<String> quoted(String text) {
    TextAnalysis ta = TextAnalysis.of(text);
    return Quote.find(ta).stream().map(q -> text.substring(q.contentStart(), q.contentEnd())).toList();
  }

  @Test
  void straightMarksPairUp() {
    assertEquals(List.of("We will win,", "It is close."), quoted("\"We will win,\" she said. \"It is close.\""));
  }

  @Test
  void aQuotationOverParagraphsWhoseBreaksWereLostStillOpensAgain() {
    // news opens each paragraph of a long quotation and closes only the last; here the breaks are gone
    String text = "\"The season was long. We are tired. \"But we will be back next year,\" said the coach.";
    assertEquals(List.of("The season was long. We are tired.", "But we will be back next year,"), quoted(text));
  }

  @Test
  void aMarkBeforeACapitalClosesWhenNoSentenceEndsBeforeIt() {
    assertEquals(List.of("a fair deal"), quoted("They called it \"a fair deal\" Monday and left."));
    assertEquals(List.of("fair deal", "Today"), quoted("They wanted a \"fair deal\" and \"Today\" said so."));
  }
}
