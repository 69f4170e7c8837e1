package dev.newsfacet.extract.date;

import dev.newsfacet.model.DateMention;
import dev.newsfacet.model.DateType;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * What a rule's value may look at: the whole text, the published date (null when unknown), and the
 * extractor itself for a part of the match ("3 p.m. on Friday" reads "Friday" as a date of its own).
 */
record DateContext(String text, LocalDate published, Function<String, List<DateMention>> extractPart) {
  private static final String[] LEADING_PREPOSITIONS = {"on ", "by ", "until ", "since ", "before ", "from "};

  /** The match as a mention: trailing blanks and commas trimmed, a leading preposition left out (context, not date). */
  DateMention mention(Matcher m, DateType type, String value) {
    int start = m.start();
    int end = m.end();
    while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == ',')) {
      end--;
    }
    String s = text.substring(start, end);
    for (String prep : LEADING_PREPOSITIONS) {
      if (s.startsWith(prep)) {
        start += prep.length();
        break;
      }
    }
    return new DateMention(start, end, text.substring(start, end), type, value);
  }

  /** +1 when the sentence around {@code at} speaks of the future, -1 of the past, 0 unknown. */
  int tense(int at) {
    return Tense.at(text, at);
  }
}
