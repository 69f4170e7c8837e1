package dev.newsfacet.extract.date;

import dev.newsfacet.model.DateMention;
import java.util.regex.Matcher;

/** How one rule turns its match into a normalised mention; null when the match is no date after all. */
@FunctionalInterface
interface DateValue {
  DateMention of(Matcher m, DateContext c);
}
