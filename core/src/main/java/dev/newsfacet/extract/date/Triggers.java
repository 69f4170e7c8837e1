package dev.newsfacet.extract.date;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The words a date expression can start with, derived from the rules' patterns rather than kept by hand:
 * every letter sequence written in a pattern is tried, alone, against every rule, and kept when some rule
 * matches it or runs past its end trying. A word with a digit in it ("2025", "Q3", "3pm") always triggers.
 * Sound as long as no pattern starts with a letter class: a match that starts at a word starts with a
 * literal of its pattern (the test holds the derived set to the rules on a vocabulary).
 */
final class Triggers {
  private final Set<String> words;

  Triggers(List<DateRule> rules) {
    Set<String> candidates = new HashSet<>();
    for (DateRule rule : rules) {
      literalWords(rule.pattern().pattern(), candidates);
    }
    Set<String> out = new HashSet<>();
    for (String w : candidates) {
      if (canStart(rules, w)) {
        out.add(w);
      }
    }
    words = Set.copyOf(out);
  }

  /** Whether an expression may start at this word (as written; case does not matter). */
  boolean starts(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The derived words, lower case (for tests and for the curious). */
  Set<String> words() {
    return words;
  }

  /** What may follow a whole word in a text: a probe ends the word with one of these. */
  private static final List<String> AFTER_WORD = List.of(" ", "-", "'", "’", ".", ",");

  /**
   * Whether some rule can match from this word on, as a whole word: the word followed by a blank, a hyphen,
   * an apostrophe, a full stop or a comma, matched or run past its end trying, in lower case, capitalised
   * or capitals ("s" of "Trump's" is a prefix of "seven", not a word a date starts with).
   */
  static boolean canStart(List<DateRule> rules, String lower) {
    String capitalised = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    for (DateRule rule : rules) {
      for (String form : rule.caseless() ? List.of(lower) : List.of(lower, capitalised, lower.toUpperCase(Locale.ROOT))) {
        if (rule.pattern().matcher(form).lookingAt()) {
          return true;
        }
        for (String after : AFTER_WORD) {
          Matcher m = rule.pattern().matcher(form + after);
          if (m.lookingAt() || m.hitEnd()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The letter sequences written in a regular expression, lower case, skipping escapes ({@code \b}, {@code \p{L}})
   * and group syntax ({@code (?i:}, {@code (?<name>}); a letter made optional ({@code years?}) gives the word with and without it.
   */
  static void literalWords(String regex, Set<String> out) {
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i += 2;
        if (i - 1 < regex.length() && (regex.charAt(i - 1) == 'p' || regex.charAt(i - 1) == 'P') && i < regex.length()
            && regex.charAt(i) == '{') {
          i = regex.indexOf('}', i) + 1;
        }
      } else if (c == '(' && i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
        i += 2;
        if (i < regex.length() && regex.charAt(i) == '<' && i + 1 < regex.length() && Character.isLetter(regex.charAt(i + 1))) {
          i = regex.indexOf('>', i) + 1; // a named group's name
        }
        while (i < regex.length() && Character.isLetter(regex.charAt(i))) {
          i++; // inline flags
        }
      } else if (Character.isLetter(c)) {
        int j = i;
        while (j < regex.length() && Character.isLetter(regex.charAt(j))) {
          j++;
        }
        String word = regex.substring(i, j).toLowerCase(Locale.ROOT);
        out.add(word);
        if (j < regex.length() && regex.charAt(j) == '?' && word.length() > 1) {
          out.add(word.substring(0, word.length() - 1));
        }
        i = j;
      } else {
        i++;
      }
    }
  }
}
