package dev.newsfacet.extract;

import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.Statement;
import java.util.List;

/** Finds quotes and reported statements and attributes each to a speaker. */
public interface StatementExtractor {
  /**
   * All statements in the text, sorted by start offset.
   *
   * @param text the article text
   * @param entities the entity mentions already found in that text, used to name speakers
   */
  List<Statement> extract(String text, List<EntityMention> entities);
}
