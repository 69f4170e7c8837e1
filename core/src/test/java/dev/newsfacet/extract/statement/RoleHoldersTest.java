package dev.newsfacet.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleHoldersTest {
  private static final Map<String, String> WORDS = Map.of("russian", "russia", "ukrainian", "ukraine", "tory", "conservative");
  private final RoleHolders roles = new RoleHolders(w -> WORDS.getOrDefault(w, w));

  @Test
  void oneHolderOfAFittingRole() {
    List<RoleHolders.Holder> holders = List.of(new RoleHolders.Holder("Nora Blakely", "tory leader"),
        new RoleHolders.Holder("Peter Orrin", "shadow chancellor"));
    assertEquals("Nora Blakely", roles.holder("leader", Set.of("conservative"), holders));
    assertEquals("Nora Blakely", roles.holder("leader", Set.of(), holders));
    assertNull(roles.holder("chancellor", Set.of(), holders), "a shadow chancellor is not the chancellor");
    assertNull(roles.holder("tory", Set.of(), holders), "the head of the role must be the phrase's");
    assertEquals("Peter Orrin", roles.holder("chancellor", Set.of("shadow"), holders));
  }

  @Test
  void twoHoldersAreNoAnswer() {
    List<RoleHolders.Holder> holders = List.of(new RoleHolders.Holder("A", "president"),
        new RoleHolders.Holder("B", "russian president"));
    assertNull(roles.holder("president", Set.of(), holders));
    assertEquals("B", roles.holder("president", Set.of("russian"), holders));
  }

  @Test
  void phrasesAgainstRolesSeenElsewhere() {
    assertTrue(roles.fitsPhrase("conservative leader", "tory leader"));
    assertTrue(roles.fitsPhrase("president of russia", "russian president"));
    assertFalse(roles.fitsPhrase("president", "ukrainian president"), "a role more specific than the phrase");
    assertTrue(roles.sameOffice("president", "ukrainian president"));
    assertFalse(roles.sameOffice("chancellor", "shadow chancellor"));
    assertFalse(roles.fitsPhrase("tory", "tory leader"), "the role's head must be the phrase's head");
    assertFalse(roles.fitsPhrase("prime minister", "deputy prime minister"));
  }

  @Test
  void aLessSpecificRoleMayBeHeldTheMoreSpecificOneMayNot() {
    List<RoleHolders.Holder> holders = List.of(new RoleHolders.Holder("V", "president"),
        new RoleHolders.Holder("Z", "ukrainian president"));
    assertTrue(roles.mayHold("V", "president", Set.of("russian"), holders));
    assertFalse(roles.mayHold("Z", "president", Set.of("russian"), holders));
  }
}
