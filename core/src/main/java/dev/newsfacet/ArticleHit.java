package dev.newsfacet;

import java.time.LocalDate;
import java.util.List;

/** An article that matched, with highlighted passages. */
public record ArticleHit(String id, String title, String source, String url, LocalDate published, float score,
                         List<Passage> passages) implements Hit {
  public ArticleHit {
    passages = List.copyOf(passages);
  }
}
