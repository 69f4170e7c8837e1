package dev.newsfacet.model;

import java.util.List;

/** An article with everything extracted from it; all offsets index {@code article.text()}. */
public record AnalyzedArticle(Article article, List<EntityMention> entities, List<Statement> statements,
                              List<DateMention> dates) {
  public AnalyzedArticle {
    entities = List.copyOf(entities);
    statements = List.copyOf(statements);
    dates = List.copyOf(dates);
  }
}
