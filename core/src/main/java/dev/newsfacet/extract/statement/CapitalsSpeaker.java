package dev.newsfacet.extract.statement;

import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import dev.newsfacet.text.NameKeys;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A speaker written in capitals before a colon is a transcript's speaker ("OBAMA: We will …", "HOST: …")
 * or a named commentator of a reactions list ("ANNA BERG, CHIEF ECONOMIST, NORDIA BANK: …") only when the
 * article names that person or organisation elsewhere in ordinary case, the words are a role a transcript
 * gives (transcript-roles.txt), a known organisation, or a person's name (a known given name, then one to
 * three words).
 * Wire labels ("INSTANT VIEW: Bernanke warns …", "COMMENTS: …") are none of these, so the words after
 * them are no statement of theirs.
 */
public final class CapitalsSpeaker {
  private final Set<String> roles;
  private final Predicate<String> givenName;
  private final Predicate<String> knownOrganisation;

  /**
   * With the shipped list of transcript roles; {@code givenName} tells a known given name and
   * {@code knownOrganisation} a known organisation's name (both folded).
   */
  public CapitalsSpeaker(Predicate<String> givenName, Predicate<String> knownOrganisation) {
    this(WordLists.read("transcript-roles.txt"), givenName, knownOrganisation);
  }

  CapitalsSpeaker(Set<String> roles, Predicate<String> givenName, Predicate<String> knownOrganisation) {
    this.roles = Set.copyOf(roles);
    this.givenName = givenName;
    this.knownOrganisation = knownOrganisation;
  }

  /** Whether words in capitals are a person's name: a known given name, then one to three more words. */
  public boolean isName(String capitals) {
    String[] words = NameKeys.fold(capitals).split(" ");
    return words.length >= 2 && words.length <= 4 && givenName.test(words[0]);
  }

  /** Whether {@code text} is written in capitals (every letter, and at least two letters). */
  public static boolean inCapitals(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /**
   * Whether a speaker written in capitals stands for someone: a role of transcripts, a person's name, a
   * known organisation, or a person (one of the name's words) or organisation the article's mentions name
   * in ordinary case.
   */
  public boolean grounded(String capitals, List<EntityMention> mentions) {
    String folded = NameKeys.fold(capitals);
    if (roles.contains(folded) || isName(capitals) || knownOrganisation.test(folded)) {
      return true;
    }
    Set<String> nameWords = new HashSet<>();
    for (EntityMention m : mentions) {
      if (m.type() == EntityType.ORG && m.canonical() != null && !inCapitals(m.text())
          && NameKeys.fold(m.canonical()).equals(folded)) {
        return true;
      }
      if (m.type() == EntityType.PERSON && m.canonical() != null && !inCapitals(m.text())) {
        for (String w : NameKeys.fold(m.canonical()).split(" ")) {
          if (w.length() > 1) {
            nameWords.add(w);
          }
        }
      }
    }
    for (String w : folded.split(" ")) {
      if (nameWords.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
