package dev.newsfacet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.index.Fields;
import dev.newsfacet.index.LuceneSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryPlannerTest {
  private static final Clause ARTICLES = new Clause.Term(Fields.DOC_TYPE, Fields.TYPE_ARTICLE);
  private final QueryPlanner planner = new QueryPlanner(new LuceneSchema().analyzer());
  private final NewsQueryParser parser = new NewsQueryParser();
  private final EntityResolver nothingKnown = new EntityResolver((field, prefix, max, visitor) -> { });

  private QueryPlan plan(String query) throws Exception {
    return planner.plan(parser.parse(query), nothingKnown);
  }

  @Test
  void anArticleQueryNeedingAnArticleOnlyFieldHasNoTypeFilter() throws Exception {
    assertFalse(plan("mentions of Alaska summit").filters().contains(ARTICLES));
    assertFalse(plan("articles about Greece").filters().contains(ARTICLES));
  }

  @Test
  void anArticleQueryOnSharedFieldsKeepsTheTypeFilter() throws Exception {
    assertTrue(plan("type:article source:ndtv").filters().contains(ARTICLES));
    assertTrue(plan("type:article published:2025-10").filters().contains(ARTICLES));
  }

  @Test
  void whatOnlyArticlesHave() {
    Clause body = new Clause.Words(Fields.BODY, "oil");
    Clause speaker = new Clause.Term(Fields.SPEAKER, "trump");
    assertTrue(QueryPlanner.articlesOnly(body));
    assertFalse(QueryPlanner.articlesOnly(speaker));
    assertTrue(QueryPlanner.articlesOnly(new Clause.AnyOf(List.of(body, new Clause.Phrase(Fields.TITLE, "greece")))));
    // statements carry the entities they mention (schema 10): an entity filter is no article-only field
    assertFalse(QueryPlanner.articlesOnly(new Clause.Term("place", "greece")));
    assertFalse(QueryPlanner.articlesOnly(new Clause.AnyOf(List.of(body, speaker))), "either may be a statement");
    assertFalse(QueryPlanner.articlesOnly(new Clause.AnyOf(List.of())));
    assertTrue(QueryPlanner.articlesOnly(new Clause.AllOf(List.of(speaker, body))), "both: an article");
    assertEquals(false, QueryPlanner.articlesOnly(new Clause.LongRange(Fields.PUBLISHED, 0, 1)));
  }
}
