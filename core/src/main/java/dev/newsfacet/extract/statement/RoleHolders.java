package dev.newsfacet.extract.statement;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Whom a role phrase names ("the Tory leader", "the chancellor"): the one person the article itself gives a
 * matching role ("Tory leader Michael Howard"), or no one. A role matches when its head is the phrase's head word
 * (the last, or the one before "of": "commission chairman" is no "commission"),
 * every qualifier of the phrase (countries folded, so "the Russian president" fits "President of Russia"), and
 * no qualifier that makes it a different office ("shadow chancellor" is not "the chancellor", nor "deputy prime
 * minister" "the prime minister"; the words are in {@code office-qualifiers.txt}). Two people who both fit leave
 * the phrase unresolved: it stays a role, searchable as the role, and is never a guess.
 */
public final class RoleHolders {
  /** A person of the article and the role the article gives them, lower-cased and folded. */
  public record Holder(String canonical, String role) {}

  private final Set<String> officeQualifiers;
  private final UnaryOperator<String> countryOf;

  /**
   * @param countryOf the country a folded word names as a demonym or place ("russian" → "russia"), else the word
   */
  public RoleHolders(UnaryOperator<String> countryOf) {
    this(WordLists.read("office-qualifiers.txt"), countryOf);
  }

  RoleHolders(Set<String> officeQualifiers, UnaryOperator<String> countryOf) {
    this.officeQualifiers = Set.copyOf(officeQualifiers);
    this.countryOf = countryOf;
  }

  /**
   * The canonical name of the one holder whose role fits, or null.
   *
   * @param head the phrase's head word, folded ("leader")
   * @param qualifiers the phrase's other words, folded, without determiners ("tory")
   */
  public String holder(String head, Set<String> qualifiers, List<Holder> holders) {
    Set<String> wanted = named(qualifiers);
    String found = null;
    for (Holder h : holders) {
      if (h.role() != null && fits(h.role(), head, wanted, qualifiers)) {
        if (found != null && !found.equals(h.canonical())) {
          return null;
        }
        found = h.canonical();
      }
    }
    return found;
  }

  /**
   * Whether the article leaves a person free to hold the role: it gives them no role, or one that fits. For
   * "Putin congratulated him …, the Russian President said", where the article never calls Putin president.
   */
  public boolean mayHold(String canonical, String head, Set<String> qualifiers, List<Holder> holders) {
    Set<String> wanted = named(qualifiers);
    for (Holder h : holders) {
      if (h.canonical().equals(canonical) && h.role() != null && !consistent(h.role(), head, wanted, qualifiers)) {
        return false;
      }
    }
    return true;
  }

  /** A role that may be the same office, less specific: "President" for "the Russian president", not "Ukrainian President". */
  private boolean consistent(String role, String head, Set<String> wanted, Set<String> phraseWords) {
    if (!head.equals(headOf(role))) {
      return false;
    }
    boolean headFound = false;
    for (String w : role.split("[\\s-]+")) {
      String country = countryOf.apply(w);
      if (w.equals(head)) {
        headFound = true;
      } else if (officeQualifiers.contains(w) && !phraseWords.contains(w) || !country.equals(w) && !wanted.contains(country)) {
        return false;
      }
    }
    return headFound;
  }

  /**
   * Whether a role given with a name elsewhere ("Shadow chancellor", "Ukrainian President") is the same
   * office as a role phrase ("the chancellor"): the same head word, and no office word ("shadow", "deputy")
   * the phrase lacks. Qualifiers may differ: "the president" and "Ukrainian President" are one office.
   */
  public boolean sameOffice(String phrase, String role) {
    Phrase p = Phrase.of(phrase);
    String r = role.toLowerCase(Locale.ROOT);
    if (!p.head.equals(headOf(r))) {
      return false;
    }
    for (String w : r.split("[\\s-]+")) {
      if (officeQualifiers.contains(w) && !p.words.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a role given with a name elsewhere names no more than a role phrase does: the same office, and
   * every qualifier of the role in the phrase too (nationalities and parties compared as what they name), so
   * "Tory leader" fits "the Conservative leader" and "Chancellor" fits "the chancellor", but "Ukrainian
   * President" does not fit "the president".
   */
  public boolean fitsPhrase(String phrase, String role) {
    if (!sameOffice(phrase, role)) {
      return false;
    }
    Phrase p = Phrase.of(phrase);
    Set<String> wanted = named(p.words);
    String r = role.toLowerCase(Locale.ROOT);
    String head = headOf(r);
    for (String w : r.split("[\\s-]+")) {
      if (!w.equals(head) && !w.equals("of") && !w.equals("the") && !wanted.contains(countryOf.apply(w))) {
        return false;
      }
    }
    return true;
  }

  /** A role phrase's head ("leader"; "president" of "president of russia") and its other words. */
  private record Phrase(String head, Set<String> words) {
    static Phrase of(String phrase) {
      String[] words = phrase.toLowerCase(Locale.ROOT).split("[\\s-]+");
      int of = Arrays.asList(words).indexOf("of");
      int headAt = of > 0 ? of - 1 : words.length - 1;
      Set<String> rest = new HashSet<>();
      for (int i = 0; i < words.length; i++) {
        if (i != headAt && !words[i].equals("of") && !words[i].equals("the")) {
          rest.add(words[i]);
        }
      }
      return new Phrase(words[headAt], rest);
    }
  }

  /** Qualifiers as roles are compared: each nationality as its country, each party word as its party. */
  private Set<String> named(Set<String> qualifiers) {
    Set<String> out = new HashSet<>();
    for (String q : qualifiers) {
      out.add(countryOf.apply(q));
    }
    return out;
  }

  /** The word a role is a role of: the last one, or the one before "of" ("president of russia"). */
  private static String headOf(String role) {
    String[] words = role.split("[\\s-]+");
    int of = Arrays.asList(words).indexOf("of");
    return words[of > 0 ? of - 1 : words.length - 1];
  }

  private boolean fits(String role, String head, Set<String> wanted, Set<String> phraseWords) {
    if (!head.equals(headOf(role))) {
      return false; // "the commission" is not "commission chairman", nor "the Chinese" "Chinese Foreign Minister"
    }
    boolean headFound = false;
    Set<String> has = new HashSet<>();
    for (String w : role.split("[\\s-]+")) {
      if (w.equals(head)) {
        headFound = true;
      } else if (officeQualifiers.contains(w) && !phraseWords.contains(w)) {
        return false;
      } else {
        has.add(countryOf.apply(w));
      }
    }
    return headFound && has.containsAll(wanted);
  }
}
