package dev.newsfacet.extract.statement;

import dev.newsfacet.extract.TextAnalysis;
import dev.newsfacet.extract.Token;
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
    return Token.allCaps(text);
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

  /**
   * Whether token {@code c} is a word of a heading in capitals ("IMPACT OF HOUSE PRICE DECLINES ON RECESSION
   * RISKS:", "STRENGTH EXPECTED TO CONTINUE"): in capitals, beside another word in capitals. Its verbs are
   * no cues.
   */
  public static boolean inHeading(TextAnalysis ta, int c) {
    Token t = ta.tokens().get(c);
    return t.isAllCaps() && (c + 1 < ta.tokens().size() && ta.tokens().get(c + 1).isAllCaps() && ta.tokens().get(c + 1).isWord()
        || c > 0 && ta.tokens().get(c - 1).isAllCaps() && ta.tokens().get(c - 1).isWord());
  }

  /**
   * Where the speaker of a line in capitals before a colon ends: the whole of one to three words in
   * capitals ("HOST"), or the words before the first comma of a credit line in capitals (name, title,
   * firm, city); -1 when the line is not in capitals.
   */
  public static int speakerEnd(TextAnalysis ta, int from, int colon) {
    int firstComma = -1;
    for (int i = from; i < colon; i++) {
      Token t = ta.tokens().get(i);
      if (t.text().equals(",")) {
        firstComma = firstComma < 0 ? i : firstComma;
      } else if (!(t.isWord() && t.isAllCaps()) && !t.text().equals("&") && !t.text().equals(".")) {
        return -1;
      }
    }
    if (firstComma < 0) {
      return colon - from <= 3 ? colon : -1;
    }
    return firstComma - from >= 2 && firstComma - from <= 4 ? firstComma : -1;
  }

  /**
   * The first token of a line in capitals right before token {@code open} (at least two words in
   * capitals, with commas between parts: a credit line or a heading), or -1.
   */
  public static int lineBefore(TextAnalysis ta, int open) {
    int words = 0;
    int t = open - 1;
    while (t >= 0) {
      Token x = ta.tokens().get(t);
      if (x.isWord() && x.isAllCaps()) {
        words++;
      } else if (!x.text().equals(",") && !x.text().equals("&")) {
        break;
      }
      t--;
    }
    int first = t + 1;
    while (first < open && !ta.tokens().get(first).isWord()) {
      first++;
    }
    return words >= 2 ? first : -1;
  }

  /** The person a credit line in capitals names before its first comma ("PETER KENNY, …"), or null. */
  public EntityMention creditLineSpeaker(TextAnalysis ta, int from, int open) {
    int end = from;
    while (end < open && !ta.tokens().get(end).text().equals(",")) {
      end++;
    }
    if (end == from || end == open) {
      return null; // no comma: a heading, not a credit line
    }
    int start = ta.tokens().get(from).start();
    int stop = ta.tokens().get(end - 1).end();
    String text = ta.text().substring(start, stop);
    return isName(text) ? new EntityMention(start, stop, text, EntityType.PERSON, titleCase(text), null) : null;
  }

  /** "PETER KENNY" as "Peter Kenny": a name written in capitals, as the index shows names. */
  public static String titleCase(String capitals) {
    StringBuilder out = new StringBuilder(capitals.length());
    boolean wordStart = true;
    for (int i = 0; i < capitals.length(); i++) {
      char ch = capitals.charAt(i);
      out.append(wordStart ? ch : Character.toLowerCase(ch));
      wordStart = !Character.isLetter(ch);
    }
    return out.toString();
  }
}
