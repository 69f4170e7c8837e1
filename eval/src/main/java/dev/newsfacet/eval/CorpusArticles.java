package dev.newsfacet.eval;

import dev.newsfacet.ingest.ArticleSource;
import dev.newsfacet.ingest.IngestListener;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.IngestProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Articles named by id in labelled fixtures, read again from the corpora (which newsfacet does not ship). */
final class CorpusArticles {
  private CorpusArticles() {}

  /** The articles wanted from each corpus file, keyed {@code file TAB id}; absent ones are simply missing. */
  static Map<String, Article> read(Path corpora, Map<String, Set<String>> idsByFile) {
    Map<String, Article> articles = new HashMap<>();
    ArticleSource source = new ArticleSource(null);
    for (Map.Entry<String, Set<String>> e : idsByFile.entrySet()) {
      source.read(List.of(corpora.resolve(e.getKey())), new IngestListener() {
        @Override
        public void article(Article article) {
          if (e.getValue().contains(article.id())) {
            articles.put(key(e.getKey(), article.id()), article);
          }
        }

        @Override
        public void problem(IngestProblem problem) {
          // an unreadable record cannot hold a pair: its pairs are counted as not found
        }
      });
    }
    return articles;
  }

  /** The rows of a tab-separated fixture ('#' lines and blank ones skipped). */
  static List<String[]> rows(Path tsv) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(tsv)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(line.split("\t"));
      }
    }
    return out;
  }

  static String key(String file, String id) {
    return file + "\t" + id;
  }
}
