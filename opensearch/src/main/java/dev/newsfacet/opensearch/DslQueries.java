package dev.newsfacet.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsfacet.search.Clause;
import dev.newsfacet.search.QueryPlan;
import java.util.List;

/**
 * Compiles {@link Clause}s to the OpenSearch query DSL, clause for clause as
 * {@link dev.newsfacet.search.LuceneQueries} compiles them to Lucene queries, so both engines run the
 * same Lucene queries underneath.
 */
final class DslQueries {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private DslQueries() {}

  static ObjectNode compile(Clause clause) {
    ObjectNode q = F.objectNode();
    switch (clause) {
      case Clause.Term t -> {
        ObjectNode constant = q.putObject("constant_score");
        constant.putObject("filter").putObject("term").putObject(t.field()).put("value", t.value());
        constant.put("boost", t.boost());
      }
      case Clause.Phrase p -> q.putObject("match_phrase").putObject(p.field()).put("query", p.text());
      case Clause.Words w -> q.putObject("match").putObject(w.field()).put("query", w.text()).put("operator", "and");
      case Clause.KeywordRange r -> {
        ObjectNode range = q.putObject("range").putObject(r.field());
        if (r.from() != null) {
          range.put("gte", r.from());
        }
        if (r.to() != null) {
          range.put("lte", r.to());
        }
      }
      case Clause.LongRange r -> q.putObject("range").putObject(r.field()).put("gte", r.from()).put("lte", r.to());
      case Clause.AnyOf any -> {
        if (any.clauses().isEmpty()) {
          q.putObject("match_none");
        } else {
          ObjectNode bool = q.putObject("bool");
          bool.set("should", array(any.clauses()));
          bool.put("minimum_should_match", 1);
        }
      }
      case Clause.AllOf all -> q.putObject("bool").set("must", array(all.clauses()));
      case Clause.None none -> q.putObject("bool").set("must_not", array(List.of(none.clause())));
    }
    return q;
  }

  /** The main query of a plan, as {@link dev.newsfacet.search.LuceneQueries#base} builds it. */
  static ObjectNode base(QueryPlan plan) {
    ObjectNode q = F.objectNode();
    ObjectNode bool = q.putObject("bool");
    bool.set("filter", array(plan.filters()));
    ArrayNode must = array(plan.scored());
    if (!plan.scoring()) {
      must.addObject().putObject("match_all");
    }
    bool.set("must", must);
    return q;
  }

  /** All of these, unscored; match_all when there are none. */
  static JsonNode allFilters(List<Clause> clauses) {
    ObjectNode q = F.objectNode();
    if (clauses.isEmpty()) {
      q.putObject("match_all");
    } else {
      q.putObject("bool").set("filter", array(clauses));
    }
    return q;
  }

  private static ArrayNode array(List<Clause> clauses) {
    ArrayNode a = F.arrayNode();
    clauses.forEach(c -> a.add(compile(c)));
    return a;
  }
}
