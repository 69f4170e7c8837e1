package dev.newsfacet;

/** One search result: an article, or a statement with every article that carries it. */
public sealed interface Hit permits ArticleHit, StatementHit {
  /** The relevance score; higher is better, comparable only within one search. */
  float score();
}
