package dev.newsfacet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.model.Article;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Titles and honorifics in a query name the same person as the name alone. */
class NameQueriesTest {
  @TempDir
  Path tmp;

  @Test
  void titlesBeforeANameAreIgnoredAndAKnightIsFoundByHisGivenName() throws Exception {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("i"))) {
      index.addAll(List.of(
          Article.builder().title("United win").body("Manchester United boss Sir Alex Ferguson praised his side. "
              + "\"We were superb,\" Ferguson said after the game.").build(),
          Article.builder().title("Blair speaks").body("Prime Minister Tony Blair spoke in London. "
              + "\"We will win the argument,\" Mr Blair said.").build()));
      long ferguson = index.search("statements by Alex Ferguson").total();
      assertTrue(ferguson > 0);
      assertEquals(ferguson, index.search("statements by Sir Alex").total());
      assertEquals(ferguson, index.search("statements by Sir Alex Ferguson").total());
      long blair = index.search("statements by Blair").total();
      assertTrue(blair > 0);
      assertEquals(blair, index.search("statements by Mr Blair").total());
      assertEquals(blair, index.search("statements by Prime Minister Tony Blair").total());
      SearchResult misspelt = index.search("statements by Tony Blaire");
      assertEquals(0, misspelt.total());
      assertEquals(List.of("Tony Blair"), misspelt.didYouMean());
      assertTrue(index.search("statements by Blair").didYouMean().isEmpty());
    }
  }
}
