package dev.newsfacet.model;

import java.time.LocalDate;

/**
 * Metadata that can be supplied beside an article (manifest, sidecar file or command-line flags);
 * any field may be null.
 */
public record ArticleMetadata(String id, String title, String source, String url, String author,
                              LocalDate published, String language) {

  /** Metadata with nothing set. */
  public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null, null, null);

  /** Fields set here win; missing ones come from {@code fallback}. */
  public ArticleMetadata orElse(ArticleMetadata fallback) {
    if (fallback == null) {
      return this;
    }
    return new ArticleMetadata(id != null ? id : fallback.id, title != null ? title : fallback.title,
        source != null ? source : fallback.source, url != null ? url : fallback.url,
        author != null ? author : fallback.author, published != null ? published : fallback.published,
        language != null ? language : fallback.language);
  }
}
