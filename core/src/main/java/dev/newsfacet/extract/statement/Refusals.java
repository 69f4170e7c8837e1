package dev.newsfacet.extract.statement;

import java.util.Set;

/**
 * Reported acts that are no statement of their content: "declined to comment", "refused to answer
 * questions", "rejected calls for an inquiry". Listing "to comment" or "calls for an inquiry" as something
 * the speaker said would say the opposite of what happened, so these are left out. The cue verbs are in
 * {@code refusal-cues.txt}, as lemmas. A denial ("denied that he knew") is kept: its cue says what it is.
 */
public final class Refusals {
  private final Set<String> lemmas;

  /** The built-in list. */
  public Refusals() {
    this(WordLists.read("refusal-cues.txt"));
  }

  Refusals(Set<String> lemmas) {
    this.lemmas = Set.copyOf(lemmas);
  }

  /** Whether a statement with a cue of this lemma reports a refusal rather than words. */
  public boolean isRefusal(String cueLemma) {
    return cueLemma != null && lemmas.contains(cueLemma);
  }
}
