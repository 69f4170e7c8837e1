package dev.newsfacet.extract;

import dev.newsfacet.extract.attribution.AttributionInput;
import dev.newsfacet.extract.attribution.AttributionModel;
import dev.newsfacet.extract.attribution.AttributionTagger;
import dev.newsfacet.extract.date.RuleBasedDateExtractor;
import dev.newsfacet.extract.entity.CreditLines;
import dev.newsfacet.extract.entity.EntityTagger;
import dev.newsfacet.extract.entity.TaggerInput;
import dev.newsfacet.model.AnalyzedArticle;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.DateMention;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The extraction pipeline: article in, {@link AnalyzedArticle} out. Thread-safe: one instance serves
 * every thread, and the lexicon behind it is loaded once.
 */
public final class Extractor {
  private final Lexicon lexicon;
  private final RuleBasedEntityExtractor entities;
  private final EntityTagger tagger;
  private final TaggedMentions tagged;
  private final MentionCleanup cleanup;
  private final CreditLines creditLines;
  private final AttributionModel attributionModel;
  private final RuleBasedStatementExtractor statements;
  private final DateExtractor dates;
  private final RoleCountries roleCountries;

  private Extractor(Lexicon lexicon, EntityTagger tagger, AttributionModel attributionModel) {
    this.lexicon = lexicon;
    this.entities = new RuleBasedEntityExtractor(lexicon);
    this.tagger = tagger;
    this.tagged = new TaggedMentions(lexicon);
    this.creditLines = CreditLines.shipped();
    this.cleanup = new MentionCleanup(lexicon, creditLines);
    this.attributionModel = attributionModel;
    this.statements = new RuleBasedStatementExtractor(lexicon,
        attributionModel == null ? null : new AttributionTagger(attributionModel));
    this.dates = new RuleBasedDateExtractor();
    this.roleCountries = new RoleCountries(lexicon);
  }

  /**
   * The default pipeline: the trained entity tagger when the models artifact ({@code newsfacet-models}) is on
   * the class path, else the rules alone (see {@link #usesEntityModel()}); likewise the trained attribution
   * model, which adds statements where the statement rules found none (see {@link #usesAttributionModel()}).
   */
  public static Extractor createDefault() {
    ClassLoader loader = Extractor.class.getClassLoader();
    EntityModels models = EntityModels.fromClassPath(loader);
    if (models == null) {
      System.getLogger(Extractor.class.getName()).log(System.Logger.Level.WARNING,
          "newsfacet-models is not on the class path: entities come from the rules alone (less accurate)");
      return new Extractor(Lexicon.defaultLexicon(), null, null);
    }
    return new Extractor(Lexicon.defaultLexicon(), models.tagger(),
        AttributionModel.fromClassPath(loader, models.tagger().clusters()));
  }

  /** The rules alone, without the trained tagger or attribution model. */
  public static Extractor rulesOnly() {
    return new Extractor(Lexicon.defaultLexicon(), null, null);
  }

  /** A pipeline whose entity tagger is the given one (a model trained by {@code newsfacet train ner}). */
  public static Extractor withEntityModels(EntityModels models) {
    return new Extractor(Lexicon.defaultLexicon(), models.tagger(),
        AttributionModel.fromClassPath(Extractor.class.getClassLoader(), models.tagger().clusters()));
  }

  /**
   * A pipeline with the given entity models (null: the rules alone) and attribution model (null: the
   * statement rules alone), as {@code newsfacet train ner} and {@code train attribution} write them. The
   * attribution model adds statements where the rules found none (marked {@code model:attribution}).
   */
  public static Extractor withModels(EntityModels entityModels, AttributionModel attributionModel) {
    return new Extractor(Lexicon.defaultLexicon(), entityModels == null ? null : entityModels.tagger(), attributionModel);
  }

  /** Whether statements come from the rules and the trained attribution model (true) or the rules alone. */
  public boolean usesAttributionModel() {
    return attributionModel != null;
  }

  /** Where the attribution model came from, or "rules only". */
  public String attributionModelDescription() {
    return attributionModel == null ? "statement rules only (no attribution model)" : attributionModel.provenance();
  }

  /** The entity models this pipeline tags with, or null for the rules alone. */
  public EntityModels entityModels() {
    return tagger == null ? null : EntityModels.of(tagger.model(), tagger.clusters());
  }

  /** What the attribution model reads of a text after the rules ran (for training it). */
  public AttributionInput attributionInput(String text) {
    TextAnalysis ta = TextAnalysis.of(text);
    return statements.attributionInput(ta, entities(ta));
  }

  /** Whether entities come from the trained tagger (true) or the rules alone. */
  public boolean usesEntityModel() {
    return tagger != null;
  }

  /** Where the entity model came from, or "rules only". */
  public String entityModelDescription() {
    return tagger == null ? "rules only (no entity model on the class path)" : tagger.model().provenance();
  }

  /** What the entity tagger reads of a text (for training and evaluating it). */
  public TaggerInput taggerInput(String text) {
    TextAnalysis ta = TextAnalysis.of(text);
    return TaggerInputs.of(ta, entities.extract(ta), lexicon);
  }

  /** The entity mentions of a text alone. */
  public List<EntityMention> entities(String text) {
    return entities(TextAnalysis.of(text));
  }

  private List<EntityMention> entities(TextAnalysis ta) {
    return entities(ta, creditLines.find(ta.text));
  }

  /** The entity mentions of an analysed text whose credit lines are already found. */
  private List<EntityMention> entities(TextAnalysis ta, List<CreditLines.Line> credits) {
    List<EntityMention> rules = entities.extract(ta);
    if (tagger == null) {
      return cleanup.apply(ta.text, rules, credits);
    }
    TaggerInput input = TaggerInputs.of(ta, rules, lexicon);
    return cleanup.apply(ta.text, tagged.merge(ta, rules, input, tagger.tag(input)), credits);
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

  /**
   * Characters of an article that extraction reads: entities, statements and dates come from this much of
   * a longer text (cut at a line break where there is one), so that one enormous record costs bounded time
   * and memory; the whole text is still indexed and searchable. About 30,000 words: news is far shorter.
   */
  public static final int MAX_EXTRACTED_CHARS = 200_000;

  /** Whether {@link #analyze} reads only the first {@value #MAX_EXTRACTED_CHARS} characters of this article. */
  public static boolean extractsPartOf(Article article) {
    return article.text().length() > MAX_EXTRACTED_CHARS;
  }

  /**
   * What extraction made of an article within a time budget: the analysis, and the steps left out because
   * the budget ran out before them ("statements", "dates"; empty when all ran).
   */
  public record Analysis(AnalyzedArticle analyzed, List<String> skipped) {
    public Analysis {
      skipped = List.copyOf(skipped);
    }
  }

  /** The time an ingest gives one article's extraction before it leaves the remaining steps out. */
  public static final Duration BUDGET = Duration.ofSeconds(10);

  /**
   * The article with the authors its credit lines name ("Reporting by Jane Smith and Tom Brown") when its
   * source gave no byline; a byline given wins.
   */
  private static Article withCreditedAuthors(Article article, List<CreditLines.Line> credits) {
    if (article.author() != null) {
      return article;
    }
    List<String> authors = CreditLines.authors(credits);
    return authors.isEmpty() ? article : article.withAuthor(String.join(", ", authors));
  }

  /** Extracts entities, statements and dates; every offset indexes {@code article.text()}. */
  public AnalyzedArticle analyze(Article article) {
    return analyzeWithin(article, null).analyzed();
  }

  /**
   * As {@link #analyze}, but once {@code budget} (null: none) has passed, the steps still to run are left
   * out, so that no article can hold an ingest up however its text is shaped; they run in the order
   * entities, statements, dates.
   */
  public Analysis analyzeWithin(Article article, Duration budget) {
    long deadline = budget == null ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos();
    String text = article.text();
    if (text.length() > MAX_EXTRACTED_CHARS) {
      int cut = text.lastIndexOf('\n', MAX_EXTRACTED_CHARS);
      text = text.substring(0, cut > MAX_EXTRACTED_CHARS / 2 ? cut : MAX_EXTRACTED_CHARS);
      if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
        text = text.substring(0, text.length() - 1);
      }
    }
    TextAnalysis ta = TextAnalysis.of(text);
    List<CreditLines.Line> credits = creditLines.find(text); // once: no mentions in them, and the authors
    List<EntityMention> found = entities(ta, credits);
    List<String> skipped = new ArrayList<>();
    List<Statement> said = List.of();
    if (System.nanoTime() - deadline < 0) {
      said = statements.extract(ta, found);
    } else {
      skipped.add("statements");
    }
    List<DateMention> when = List.of();
    if (System.nanoTime() - deadline < 0) {
      when = dates.extract(text, article.published());
    } else {
      skipped.add("dates");
    }
    return new Analysis(new AnalyzedArticle(withCreditedAuthors(article, credits), found, said, when,
        roleCountries.of(found)), skipped);
  }
}
