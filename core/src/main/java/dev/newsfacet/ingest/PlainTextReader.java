package dev.newsfacet.ingest;

import dev.newsfacet.model.Article;
import dev.newsfacet.model.ArticleMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A plain-text article: the headline is the first non-blank line, the text is the whole file. */
final class PlainTextReader implements ArticleReader {
  private final long maxBytes;

  PlainTextReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void read(Path file, ArticleMetadata metadata, IngestListener listener) throws IOException {
    long size = Files.size(file);
    if (size > maxBytes) {
      listener.problem(new IngestProblem(file, 0, "file is " + size + " bytes, over the " + maxBytes
          + "-byte limit for one plain-text article", true));
      return;
    }
    byte[] bytes = Files.readAllBytes(file);
    if (indexOfNul(bytes) >= 0) {
      listener.problem(new IngestProblem(file, 0, "binary content (NUL bytes), not a text article", true));
      return;
    }
    Texts.Decoded decoded = Texts.decode(bytes, 0, bytes.length);
    if (decoded.fallback()) {
      listener.problem(new IngestProblem(file, 0, "not valid UTF-8; decoded as Windows-1252", false));
    }
    String text = decoded.text();
    if (text.isBlank()) {
      listener.problem(new IngestProblem(file, 0, "empty file", true));
      return;
    }
    String title = text.strip().lines().findFirst().orElse("").strip();
    Article article = Article.builder()
        .id(metadata.id()).url(metadata.url())
        .title(metadata.title() != null ? metadata.title() : title)
        .text(text).source(metadata.source()).author(metadata.author())
        .published(metadata.published()).language(metadata.language())
        .build();
    listener.article(article);
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
