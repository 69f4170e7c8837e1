package dev.newsfacet.extract;

import dev.newsfacet.model.AnalyzedArticle;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.DateMention;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.Statement;
import java.util.List;

/**
 * The extraction pipeline: article in, {@link AnalyzedArticle} out. Thread-safe: one instance serves
 * every thread, and the lexicon behind it is loaded once.
 */
public final class Extractor {
  private final RuleBasedEntityExtractor entities;
  private final RuleBasedStatementExtractor statements;
  private final DateExtractor dates;

  private Extractor(Lexicon lexicon) {
    this.entities = new RuleBasedEntityExtractor(lexicon);
    this.statements = new RuleBasedStatementExtractor(lexicon);
    this.dates = new RuleBasedDateExtractor();
  }

  /** The default rule-based pipeline over the built-in lexicon. */
  public static Extractor createDefault() {
    return new Extractor(Lexicon.defaultLexicon());
  }

  /**
   * What to tell a user when {@link #analyze} threw on an article (a bug in a rule, never bad input): the
   * error and where it was thrown, enough for a bug report without the stack trace.
   */
  public static String failureMessage(RuntimeException error) {
    StackTraceElement[] at = error.getStackTrace();
    String where = at.length == 0 ? "" : " at " + at[0].getClassName().substring(at[0].getClassName().lastIndexOf('.') + 1)
        + "." + at[0].getMethodName() + ":" + at[0].getLineNumber();
    return "extraction failed (" + error + where + "); article left out (please report it)";
  }

  /** Extracts entities, statements and dates; every offset indexes {@code article.text()}. */
  public AnalyzedArticle analyze(Article article) {
    TextAnalysis ta = TextAnalysis.of(article.text());
    List<EntityMention> found = entities.extract(ta);
    List<Statement> said = statements.extract(ta, found);
    List<DateMention> when = dates.extract(article.text(), article.published());
    return new AnalyzedArticle(article, found, said, when);
  }
}
