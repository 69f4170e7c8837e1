package dev.newsfacet.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacet.extract.RuleBasedEntityExtractor;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which place-and-noun phrases name an event: a table of sentences and the event each makes (or none). */
class EventRuleTest {
  private static final RuleBasedEntityExtractor RULES = new RuleBasedEntityExtractor();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Leaders gathered for the Brussels summit on Friday.                | Brussels summit
      They held a summit in Lisbon last year.                            | Lisbon summit
      The two presidents met in Vienna on Tuesday.                       | Vienna summit
      Their previous encounter in Vienna was tense.                      | Vienna summit
      Angela Merkel and I will meet in Lisbon next month.                | Lisbon summit
      The Gaza ceasefire held overnight.                                 | Gaza ceasefire
      He said the cost of the U.S. war in Iraq was falling.              | Iraq war
      She took gold at the Athens Games in August.                       | Athens games
      She won the 60m at an indoor meeting in Glasgow.                   | -
      He pulled out of meets in Madrid and Ghent this week.              | -
      The quota was met in Porto by June.                                | -
      The racer leads the UK games charts again.                         | -
      She spoke at a conference in London on Monday.                     | -
      Speaking at the Leeds conference, she praised the nurses.          | -
      At the Glasgow meeting he strained a muscle.                       | -
      Leaders will meet in the French capital next week.                 | -
      The two leaders met in the Austrian capital on Monday.             | -
      Oil output fell after the U.S. invasion of Iraq.                   | Iraq invasion
      Exports have recovered since the U.S. invasion.                    | -
      """)
  void aPlaceAndAnEventNounMakeAnEventOnlyWithEvidence(String sentence, String event) {
    List<String> events = RULES.extract(sentence).stream().filter(m -> m.type() == EntityType.EVENT)
        .map(EntityMention::canonical).distinct().toList();
    assertEquals(event == null ? List.of() : List.of(event), events);
  }
}
