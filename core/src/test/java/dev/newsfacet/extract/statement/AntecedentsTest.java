package dev.newsfacet.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacet.extract.statement.Antecedents.Gender;
import dev.newsfacet.extract.statement.Antecedents.Mention;
import dev.newsfacet.extract.statement.Antecedents.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

class AntecedentsTest {
  private static final Mention ANNA = new Mention(0, "Anna Berg", Gender.FEMALE, 0);
  private static final Mention TOM = new Mention(20, "Tom Hale", Gender.MALE, 0);

  @Test
  void theOneCompatiblePersonNearby() {
    Antecedents a = new Antecedents(List.of(ANNA, TOM));
    assertEquals("Tom Hale", a.resolve(Gender.MALE, 50, 1, 0, List.of()).canonical());
    assertEquals("only-candidate", a.resolve(Gender.MALE, 50, 1, 0, List.of()).step());
    assertEquals("Anna Berg", a.resolve(Gender.FEMALE, 50, 1, 0, List.of()).canonical());
  }

  @Test
  void twoCompatiblePeopleAreNoAnswer() {
    Antecedents a = new Antecedents(List.of(TOM, new Mention(30, "Ben Moss", Gender.MALE, 0)));
    assertNull(a.resolve(Gender.MALE, 50, 1, 0, List.of()));
  }

  @Test
  void theLastSpeakerContinuesUnlessSomeoneComesBetween() {
    Speaker tom = new Speaker(20, 30, 40, "Tom Hale", Gender.MALE, 0);
    Antecedents quiet = new Antecedents(List.of(TOM, new Mention(5, "Ben Moss", Gender.MALE, 0)));
    assertEquals("continuity", quiet.resolve(Gender.MALE, 60, 2, 1, List.of(tom)).step());
    Antecedents rival = new Antecedents(List.of(TOM, new Mention(45, "Ben Moss", Gender.MALE, 1)));
    assertNull(rival.resolve(Gender.MALE, 60, 2, 1, List.of(tom)));
    Antecedents reported = new Antecedents(List.of(TOM, new Mention(35, "Ben Moss", Gender.MALE, 0)));
    assertEquals("Tom Hale", reported.resolve(Gender.MALE, 60, 2, 1, List.of(tom)).canonical(),
        "a name inside what Tom said is no rival");
  }

  @Test
  void aNameInsideTheStatementItselfIsNotItsSpeaker() {
    Antecedents a = new Antecedents(List.of(TOM));
    assertNull(a.resolve(Gender.MALE, 50, 0, 0, List.of(), List.of(new int[] {15, 45})));
  }

  @Test
  void anUnnamedDescriptionCountsAsARival() {
    Antecedents a = new Antecedents(List.of(TOM, new Mention(30, null, Gender.UNKNOWN, 0)));
    assertNull(a.resolve(Gender.MALE, 50, 1, 0, List.of()));
  }
}
