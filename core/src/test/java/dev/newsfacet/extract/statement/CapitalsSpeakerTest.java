package dev.newsfacet.extract.statement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CapitalsSpeakerTest {
  private final CapitalsSpeaker speakers = new CapitalsSpeaker(Set.of("host"), Set.of("anna", "paul")::contains,
      Set.of("nordia bank")::contains);

  @Test
  void aLabelInCapitalsIsNoSpeakerButANameARoleOrSomeoneTheArticleNamesIs() {
    List<EntityMention> mentions = List.of(new EntityMention(0, 10, "Lars Holm", EntityType.PERSON, "Lars Holm", null),
        new EntityMention(20, 30, "Fjord Energy", EntityType.ORG, "Fjord Energy", null),
        new EntityMention(40, 50, "COMMENTS", EntityType.PERSON, "COMMENTS", null));
    assertFalse(speakers.grounded("INSTANT VIEW", mentions));
    assertFalse(speakers.grounded("COMMENTS", mentions), "a mention in capitals grounds nothing");
    assertTrue(speakers.grounded("HOST", mentions));
    assertTrue(speakers.grounded("ANNA BERG", mentions), "a known given name, then a surname");
    assertTrue(speakers.grounded("HOLM", mentions), "a person the article names in ordinary case");
    assertTrue(speakers.grounded("FJORD ENERGY", mentions));
    assertTrue(speakers.grounded("NORDIA BANK", mentions), "a known organisation");
    assertFalse(speakers.isName("PAUL"), "a given name alone");
    assertFalse(speakers.isName("ANNA OF THE NORTHERN FJORD LINES"), "too long for a name");
  }

  @Test
  void capitalsMeanEveryLetterAndAtLeastTwo() {
    assertTrue(CapitalsSpeaker.inCapitals("Q&A"));
    assertFalse(CapitalsSpeaker.inCapitals("Q"));
    assertFalse(CapitalsSpeaker.inCapitals("Instant View"));
  }
}
