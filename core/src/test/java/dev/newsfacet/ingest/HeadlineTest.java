package dev.newsfacet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The headline rule on several shapes of article top: labels, reading times, notes, credits, bylines. */
class HeadlineTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "War\\nTrump, Putin to meet in Budapest for new Ukraine peace push\\n3 min read\\nEditor's note: x | Trump, Putin to meet in Budapest for new Ukraine peace push",
      "World News\\nBy Jane Smith\\nFloods close schools across the region | Floods close schools across the region",
      "5 min read\\nMarkets fall on rate fears | Markets fall on rate fears",
      "Photo: Reuters/John Doe\\nHungary hosts the summit | Hungary hosts the summit",
      "Updated 16 October 2025\\nEditor's note: this story was updated.\\nThe summit is on | The summit is on",
      "Blair rejects Iraq advice calls\\nTony Blair has rejected calls. | Blair rejects Iraq advice calls",
      "Brexit\\nShort | Brexit",
      "US President Donald Trump on Thursday said he will meet Putin. | US President Donald Trump on Thursday said he will meet Putin."})
  void headlineIsTheFirstLineThatIsNoLabelOrBoilerplate(String text, String expected) {
    assertEquals(expected, Headline.of(text.replace("\\n", "\n")));
  }
}
