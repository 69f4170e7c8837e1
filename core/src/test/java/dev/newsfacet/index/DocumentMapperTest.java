package dev.newsfacet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.extract.Extractor;
import dev.newsfacet.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentMapperTest {
  @Test
  void aPossessiveEndingIsDroppedFromAMentionAndNothingElse() {
    assertEquals("Orban", DocumentMapper.withoutPossessive("Orban's"));
    assertEquals("Orban", DocumentMapper.withoutPossessive("Orban’s"));
    assertEquals("Reuters", DocumentMapper.withoutPossessive("Reuters"));
    assertEquals("Jones'", DocumentMapper.withoutPossessive("Jones'"));
    assertEquals("s", DocumentMapper.withoutPossessive("s"));
    assertEquals("", DocumentMapper.withoutPossessive("'s"));
  }

  /** Queries leave out the type filter when they need one of these fields: statements must not have them. */
  @Test
  void statementDocumentsHaveNoArticleOnlyField() {
    Article a = Article.builder().id("a1").title("Talks in Budapest").source("Example News")
        .published(java.time.LocalDate.of(2025, 10, 16))
        .body("Hungarian Prime Minister Viktor Orban said on Thursday that the Alaska summit would be held "
            + "in Budapest next week. \"We are ready,\" Orban told reporters, according to Reuters.")
        .build();
    List<IndexDoc> docs = new DocumentMapper().documents(Extractor.createDefault().analyze(a), (type, canonical) -> canonical);
    assertEquals(Fields.TYPE_ARTICLE, docs.get(0).type());
    assertTrue(docs.size() > 2, "the article and its statements: " + docs.size());
    java.util.Set<String> onArticle = new java.util.HashSet<>();
    docs.get(0).values().forEach(v -> onArticle.add(v.field().name()));
    assertTrue(onArticle.containsAll(List.of(Fields.BODY, "person", "place", Fields.MENTIONED)), onArticle.toString());
    for (IndexDoc statement : docs.subList(1, docs.size())) {
      assertEquals(Fields.TYPE_STATEMENT, statement.type());
      statement.values().forEach(v -> assertFalse(Fields.ARTICLE_ONLY_FIELDS.contains(v.field().name()),
          "a statement has " + v.field().name()));
    }
  }
}
