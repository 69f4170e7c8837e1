package dev.newsfacet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacet.index.Wording;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Grouping matched statements: exact groups first, then near-identical ones joined through shared keys. */
class StatementGroupsTest {
  private static final String SPEAKER = "anna berg";

  private final List<StatementGroups.Member> members = new ArrayList<>();
  private final Map<Integer, StatementGroups.Details> details = new HashMap<>();
  private final List<Integer> loaded = new ArrayList<>();

  private void add(long exact, String words, Long day) {
    Wording w = Wording.of(words);
    details.put(members.size(), new StatementGroups.Details(w, day));
    members.add(new StatementGroups.Member(exact, w.keys(SPEAKER)));
  }

  private List<List<Integer>> group() throws Exception {
    return StatementGroups.group(members, wanted -> {
      loaded.addAll(wanted);
      Map<Integer, StatementGroups.Details> out = new HashMap<>();
      wanted.forEach(i -> out.put(i, details.get(i)));
      return out;
    });
  }

  @Test
  void versionsJoinTransitivelyAndOtherStatementsStayApart() throws Exception {
    add(1, "the committee agreed to lift the ban on imports from the north", 10L);
    add(2, "we will not raise taxes this year or next", 10L);
    add(3, "after a long night the committee agreed to lift the ban on imports from the north", 11L);
    add(1, "the committee agreed to lift the ban on imports from the north", 12L); // the same words again
    add(4, "after a long night the committee agreed to lift the ban", 11L);
    assertEquals(List.of(List.of(0, 2, 3, 4), List.of(1)), group());
    assertEquals(List.of(0, 2, 4), loaded.stream().sorted().toList(), "only members with a candidate are read");
  }

  @Test
  void withoutKeysOnlyExactGroupsForm() throws Exception {
    members.add(new StatementGroups.Member(7, new long[0]));
    members.add(new StatementGroups.Member(8, new long[0]));
    members.add(new StatementGroups.Member(7, new long[0]));
    assertEquals(List.of(List.of(0, 2), List.of(1)), group());
    assertEquals(List.of(), loaded);
  }

  @Test
  void aSharedKeyIsACandidateNotADecision() throws Exception {
    add(1, "the council had planned for 41 new houses a year", 10L);
    add(2, "the council had planned for 44 new houses a year", 10L);
    assertEquals(List.of(List.of(0), List.of(1)), group());
  }
}
