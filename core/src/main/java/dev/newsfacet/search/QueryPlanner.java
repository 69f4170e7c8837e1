package dev.newsfacet.search;

import dev.newsfacet.NewsQuery;
import dev.newsfacet.index.Fields;
import dev.newsfacet.model.EntityType;
import dev.newsfacet.text.NameKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * Turns a {@link NewsQuery} into a {@link QueryPlan}: names resolved to entity keys through the index's
 * aliases, words kept as typed (a text clause whose words all analyse away is dropped, as an engine would
 * find nothing to match).
 */
public final class QueryPlanner {
  private static final Set<EntityType> SPEAKER_TYPES = EnumSet.of(EntityType.PERSON, EntityType.ORG);
  private static final Set<EntityType> ALL_TYPES = EnumSet.of(EntityType.PERSON, EntityType.ORG,
      EntityType.PLACE, EntityType.EVENT);
  /** A mention's resolved entity counts more than its words. */
  private static final float ENTITY_BOOST = 2f;

  private final Analyzer analyzer;

  public QueryPlanner(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Finds the articles of the story of an article (its id): the backend's {@code story:} lookup. */
  @FunctionalInterface
  public interface StoryLookup {
    List<String> articlesOf(String articleId) throws IOException;
  }

  public QueryPlan plan(NewsQuery q, EntityResolver resolver) throws IOException {
    return plan(q, resolver, id -> List.of(id));
  }

  public QueryPlan plan(NewsQuery q, EntityResolver resolver, StoryLookup stories) throws IOException {
    List<Clause> filters = new ArrayList<>();
    List<Clause> scored = new ArrayList<>();
    List<Clause> bodyHighlight = new ArrayList<>();
    List<Clause> statementHighlight = new ArrayList<>();
    List<String> fields = switch (q.target()) {
      case ARTICLES -> List.of(Fields.BODY);
      case STATEMENTS -> List.of(Fields.STATEMENT_TEXT);
      case ALL -> List.of(Fields.BODY, Fields.STATEMENT_TEXT);
    };
    if (q.target() == NewsQuery.Target.STATEMENTS) {
      filters.add(new Clause.Term(Fields.DOC_TYPE, Fields.TYPE_STATEMENT));
    }
    if (q.speakers().size() == 1) {
      filters.add(speaker(resolver, q.speakers().get(0)));
    } else if (q.speakers().size() > 1) {
      List<Clause> anySpeaker = new ArrayList<>(); // "statements by Blair or Brown": by any of them
      for (String speaker : q.speakers()) {
        anySpeaker.add(speaker(resolver, speaker));
      }
      filters.add(new Clause.AnyOf(anySpeaker));
    }
    for (String mention : q.mentions()) {
      List<Clause> either = new ArrayList<>();
      for (EntityResolver.Resolved r : resolver.resolve(mention, ALL_TYPES)) {
        either.add(new Clause.Term(Fields.entityField(r.type()), r.key(), ENTITY_BOOST));
        for (String spelling : resolver.spellings(r.key())) {
          addIfWords(bodyHighlight, new Clause.Phrase(Fields.BODY, spelling));
          addIfWords(statementHighlight, new Clause.Phrase(Fields.STATEMENT_TEXT, spelling));
        }
      }
      for (String field : fields) {
        Clause phrase = new Clause.Phrase(field, mention);
        if (addIfWords(either, phrase)) {
          (field.equals(Fields.BODY) ? bodyHighlight : statementHighlight).add(phrase);
        }
      }
      scored.add(new Clause.AnyOf(either));
    }
    if (q.text() != null) {
      FreeText text = FreeText.parse(q.text());
      List<Clause> anyField = new ArrayList<>();
      List<Clause> excluded = new ArrayList<>();
      for (String field : fields) {
        Clause t = freeText(field, text.groups());
        if (t != null) {
          anyField.add(t);
          (field.equals(Fields.BODY) ? bodyHighlight : statementHighlight).add(t);
        }
        for (FreeText.Part part : text.excluded()) {
          addIfWords(excluded, part.clause(field));
        }
      }
      if (!anyField.isEmpty()) {
        scored.add(new Clause.AnyOf(anyField));
      }
      if (!excluded.isEmpty()) {
        filters.add(new Clause.None(new Clause.AnyOf(excluded))); // in no field at all: "Blair -Iraq"
      }
    }
    if (q.publishedFrom() != null || q.publishedTo() != null) {
      filters.add(new Clause.LongRange(Fields.PUBLISHED,
          q.publishedFrom() == null ? Long.MIN_VALUE : q.publishedFrom().toEpochDay(),
          q.publishedTo() == null ? Long.MAX_VALUE : q.publishedTo().toEpochDay()));
    }
    if (q.target() == NewsQuery.Target.ARTICLES && scored.stream().noneMatch(QueryPlanner::articlesOnly)) {
      // a clause on fields only articles have already keeps statements out: the type filter would only
      // cost a conjunction with every article of the index
      filters.add(0, new Clause.Term(Fields.DOC_TYPE, Fields.TYPE_ARTICLE));
    }
    for (String id : q.filters().getOrDefault(NewsQuery.STORY, List.of())) {
      // the story's articles and their statements (statements carry their article's id)
      List<Clause> any = new ArrayList<>();
      for (String member : stories.articlesOf(id.strip())) {
        any.add(new Clause.Term(Fields.ARTICLE_ID, member));
      }
      filters.add(new Clause.AnyOf(any));
    }
    Map<String, Clause> facetFilters = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> f : q.filters().entrySet()) {
      if (f.getKey().equals(NewsQuery.GROUP) || f.getKey().equals(NewsQuery.STORY)) {
        continue; // how to group, and the story: not facet dimensions
      }
      boolean exact = f.getKey().endsWith("=");
      String dim = exact ? f.getKey().substring(0, f.getKey().length() - 1) : f.getKey();
      List<Clause> any = new ArrayList<>();
      for (String value : f.getValue()) {
        any.add(exact ? exactFilter(resolver, dim, value) : filter(resolver, dim, value));
      }
      facetFilters.merge(dim, new Clause.AnyOf(any), (a, b) -> {
        List<Clause> both = new ArrayList<>(((Clause.AnyOf) a).clauses());
        both.addAll(((Clause.AnyOf) b).clauses());
        return new Clause.AnyOf(both);
      });
    }
    return new QueryPlan(filters, scored, facetFilters,
        bodyHighlight.isEmpty() ? null : new Clause.AnyOf(bodyHighlight),
        statementHighlight.isEmpty() ? null : new Clause.AnyOf(statementHighlight));
  }

  /** Whether only article documents can match {@code c} (it needs a field that statements do not have). */
  static boolean articlesOnly(Clause c) {
    return switch (c) {
      case Clause.Term t -> Fields.ARTICLE_ONLY_FIELDS.contains(t.field());
      case Clause.Phrase p -> Fields.ARTICLE_ONLY_FIELDS.contains(p.field());
      case Clause.Words w -> Fields.ARTICLE_ONLY_FIELDS.contains(w.field());
      case Clause.KeywordRange r -> Fields.ARTICLE_ONLY_FIELDS.contains(r.field());
      case Clause.LongRange r -> Fields.ARTICLE_ONLY_FIELDS.contains(r.field());
      case Clause.AnyOf any -> !any.clauses().isEmpty() && any.clauses().stream().allMatch(QueryPlanner::articlesOnly);
      case Clause.AllOf all -> all.clauses().stream().anyMatch(QueryPlanner::articlesOnly);
      case Clause.None none -> false;
    };
  }

  private Clause speaker(EntityResolver resolver, String speaker) throws IOException {
    List<Clause> any = new ArrayList<>();
    List<EntityResolver.Resolved> resolved = resolver.resolve(speaker, SPEAKER_TYPES);
    for (EntityResolver.Resolved r : resolved) {
      any.add(new Clause.Term(Fields.SPEAKER, r.key()));
    }
    if (resolved.isEmpty()) {
      // not a known entity: a nominal source ("officials") or words of the speaker's name
      any.add(new Clause.Term(Fields.SPEAKER, Fields.unnamedSpeakerKey(speaker)));
      addIfWords(any, new Clause.Phrase(Fields.SPEAKER_TEXT, speaker));
    }
    return new Clause.AnyOf(any);
  }

  /** A facet label taken exactly: the documents the facet counted under it, no aliases or resolution. */
  private Clause exactFilter(EntityResolver resolver, String dim, String value) throws IOException {
    String v = value.strip();
    if (dim.equals(Fields.SPEAKER)) {
      return new Clause.Term(Fields.SPEAKER_LABEL, v);
    }
    if (Fields.ENTITY_DIMENSIONS.contains(dim)) {
      return new Clause.Term(Fields.entityField(EntityType.valueOf(dim.toUpperCase(Locale.ROOT))), NameKeys.key(v));
    }
    return filter(resolver, dim, value);
  }

  private Clause filter(EntityResolver resolver, String dim, String value) throws IOException {
    String v = value.strip();
    switch (dim) {
      case Fields.SOURCE:
        return new Clause.Term(Fields.SOURCE_KEY, Fields.sourceKey(v));
      case Fields.TYPE_DIMENSION:
        return new Clause.Term(Fields.DOC_TYPE, v.toLowerCase(Locale.ROOT));
      case Fields.KIND:
        return new Clause.Term(Fields.KIND, v.toLowerCase(Locale.ROOT));
      case Fields.SPEAKER_KIND:
        return new Clause.Term(Fields.SPEAKER_KIND, v.toLowerCase(Locale.ROOT));
      case Fields.MENTIONED:
        // a date value covers the finer values under it: "2025-08" holds "2025-08-15"
        int dots = v.indexOf("..");
        if (dots >= 0) {
          String from = v.substring(0, dots);
          String to = v.substring(dots + 2);
          return new Clause.KeywordRange(Fields.MENTIONED, from.equals("*") ? null : from,
              to.equals("*") ? null : to + "\uffff");
        }
        return new Clause.KeywordRange(Fields.MENTIONED, v, v + "\uffff");
      case Fields.SPEAKER:
        return speaker(resolver, v);
      default: {
        EntityType type = EntityType.valueOf(dim.toUpperCase(Locale.ROOT));
        List<Clause> any = new ArrayList<>();
        for (EntityResolver.Resolved r : resolver.resolve(v, EnumSet.of(type))) {
          any.add(new Clause.Term(Fields.entityField(type), r.key()));
        }
        any.add(new Clause.Term(Fields.entityField(type), NameKeys.key(v)));
        return new Clause.AnyOf(any);
      }
    }
  }

  /**
   * Every group must match (a group is one word or phrase, or several joined by OR); "quoted phrases"
   * match as phrases; null when nothing is left after analysis.
   */
  private Clause freeText(String field, List<List<FreeText.Part>> groups) {
    List<Clause> all = new ArrayList<>();
    for (List<FreeText.Part> group : groups) {
      List<Clause> any = new ArrayList<>();
      for (FreeText.Part part : group) {
        addIfWords(any, part.clause(field));
      }
      if (any.size() == 1) {
        all.add(any.get(0));
      } else if (!any.isEmpty()) {
        all.add(new Clause.AnyOf(any));
      }
    }
    return all.isEmpty() ? null : new Clause.AllOf(all);
  }

  private boolean addIfWords(List<Clause> to, Clause textClause) {
    String field = textClause instanceof Clause.Phrase p ? p.field() : ((Clause.Words) textClause).field();
    String text = textClause instanceof Clause.Phrase p ? p.text() : ((Clause.Words) textClause).text();
    if (hasWords(field, text)) {
      to.add(textClause);
      return true;
    }
    return false;
  }

  /** Whether analysis leaves any word of {@code text} (stop words alone leave none). */
  private boolean hasWords(String field, String text) {
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      ts.reset();
      boolean any = ts.incrementToken();
      ts.end();
      return any;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a string does no I/O
    }
  }
}
