package dev.newsfacet.extract;

import dev.newsfacet.model.EntityMention;
import java.util.List;

/** Finds people, places, organisations and events in a text, each with a canonical name. */
public interface EntityExtractor {
  /** All entity mentions in the text, sorted by start offset; spans may nest (a place inside an event). */
  List<EntityMention> extract(String text);
}
