package dev.newsfacet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.model.Article;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A speaker left as a role inside its article ("the Conservative leader said") is the person other
 * articles give that role to, when the article names that person; otherwise it stays the role.
 */
class RoleGroundingTest {
  @TempDir
  Path tmp;

  private static Article article(String title, String body) {
    return Article.builder().title(title).body(body).build();
  }

  @Test
  void aRoleIsThePersonTheCorpusGivesItToOnlyWhereTheArticleNamesThem() throws Exception {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("i"))) {
      index.addAll(List.of(
          article("Port visit", "Tory leader Nora Blakely visited the port on Monday. She met dock workers."),
          article("School plan", "Tory leader Nora Blakely unveiled a school plan. Teachers were cautious."),
          article("Trade speech", "Nora Blakely spoke in Leeds on Friday.\n\n"
              + "\"Trade must grow,\" the Conservative leader said."),
          article("Party row", "The party met in Bristol on Friday.\n\n"
              + "\"We are united,\" the Conservative leader said.")));
      SearchResult hers = index.search("statements by Nora Blakely");
      assertEquals(1, hers.total(), hers::toString);
      StatementHit hit = (StatementHit) hers.hits().get(0);
      assertTrue(hit.text().contains("Trade must grow"), hit::toString);
      // the article that never names her keeps the role as its speaker
      SearchResult role = index.search("statements by the Conservative leader");
      assertTrue(role.hits().stream().map(h -> ((StatementHit) h).text()).anyMatch(t -> t.contains("united")),
          role::toString);
    }
  }
}
