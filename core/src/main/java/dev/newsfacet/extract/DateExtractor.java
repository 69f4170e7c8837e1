package dev.newsfacet.extract;

import dev.newsfacet.model.DateMention;
import java.time.LocalDate;
import java.util.List;

/** Finds temporal expressions and normalises them to TIMEX3/ISO values. */
public interface DateExtractor {
  /**
   * All temporal expressions in the text, sorted by start offset.
   *
   * @param published the article's publication date that relative expressions resolve against, or null;
   *     without it unknown parts stay unknown ({@code XXXX-08-15}) rather than being invented
   */
  List<DateMention> extract(String text, LocalDate published);
}
