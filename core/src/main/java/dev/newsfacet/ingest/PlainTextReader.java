package dev.newsfacet.ingest;

import dev.newsfacet.model.Article;
import dev.newsfacet.model.ArticleMetadata;
import dev.newsfacet.model.IngestProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    listener.bytesRead(bytes.length);
    boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
        || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF);
    if (utf16) {
      // a byte-order mark says UTF-16: its NUL bytes are not binary content
      emit(file, metadata, listener, Texts.stripBom(new String(bytes, StandardCharsets.UTF_16)));
      return;
    }
    if (indexOfNul(bytes) >= 0) {
      listener.problem(new IngestProblem(file, 0, "binary content (NUL bytes), not a text article", true));
      return;
    }
    Texts.Decoded decoded = Texts.decode(bytes, 0, bytes.length);
    if (decoded.fallback()) {
      listener.problem(new IngestProblem(file, 0, "not valid UTF-8; decoded as Windows-1252", false));
    }
    emit(file, metadata, listener, decoded.text());
  }

  private static void emit(Path file, ArticleMetadata metadata, IngestListener listener, String text) {
    if (text.isBlank()) {
      listener.problem(new IngestProblem(file, 0, "empty file", true));
      return;
    }
    String tooLong = RecordMapper.tooLong(metadata);
    if (tooLong != null) {
      listener.problem(new IngestProblem(file, 0, tooLong, true));
      return;
    }
    String title = Headline.of(text);
    Article article = Article.builder()
        .id(metadata.id()).url(metadata.url())
        .title(metadata.title() != null ? metadata.title() : title)
        .text(text).source(metadata.source()).author(metadata.author())
        .published(metadata.published()).language(metadata.language()).origin(file.toString())
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
