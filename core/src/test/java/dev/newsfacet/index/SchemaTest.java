package dev.newsfacet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SchemaTest {
  @Test
  void aPossessiveEndingIsDroppedFromAMentionAndNothingElse() {
    assertEquals("Orban", Schema.withoutPossessive("Orban's"));
    assertEquals("Orban", Schema.withoutPossessive("Orban’s"));
    assertEquals("Reuters", Schema.withoutPossessive("Reuters"));
    assertEquals("Jones'", Schema.withoutPossessive("Jones'"));
    assertEquals("s", Schema.withoutPossessive("s"));
    assertEquals("", Schema.withoutPossessive("'s"));
  }
}
