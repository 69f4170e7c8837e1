package dev.newsfacet.model;

import java.util.List;

/**
 * An article with everything extracted from it; all offsets index {@code article.text()}.
 *
 * @param roleCountries countries the article links to through a person's role ("Hungarian Prime Minister"
 *     links it to Hungary), as the place facet lists them; nationality words elsewhere make no places
 */
public record AnalyzedArticle(Article article, List<EntityMention> entities, List<Statement> statements,
                              List<DateMention> dates, List<String> roleCountries) {
  public AnalyzedArticle {
    entities = List.copyOf(entities);
    statements = List.copyOf(statements);
    dates = List.copyOf(dates);
    roleCountries = List.copyOf(roleCountries);
  }

  /** An analysis that links the article to no country through a role. */
  public AnalyzedArticle(Article article, List<EntityMention> entities, List<Statement> statements,
                         List<DateMention> dates) {
    this(article, entities, statements, dates, List.of());
  }
}
