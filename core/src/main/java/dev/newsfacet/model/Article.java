package dev.newsfacet.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its source.
 *
 * <p>{@code text} is the exact string every extracted offset indexes: for a plain-text file the whole
 * decoded content (without a byte-order mark), for a JSON record the title, a blank line, then the body.
 * {@code title} is the headline, which also appears inside {@code text}.
 *
 * @param id stable identity: the given id, else the URL, else a hash of the text
 * @param title the headline (may be empty, never null)
 * @param text the full text that offsets refer to
 * @param source the outlet, or null when unknown
 * @param url the article's address, or null
 * @param author the byline, or null; after extraction, when the source gave none, the reporters and writers
 *     the article's credit lines name ("Reporting by Jane Smith; Editing by …" gives "Jane Smith")
 * @param published the publication date, or null when unknown
 * @param language an ISO 639 code such as {@code en}, or null
 * @param origin where ingest read it: the file, with {@code :line} for a JSON or JSON Lines record; null for an
 *     article given through the API
 */
public record Article(String id, String title, String text, String source, String url, String author,
                      LocalDate published, String language, String origin) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    title = title == null ? "" : title;
  }

  /**
   * Builds an article from a headline and a body the way JSON records are read: the text is the title,
   * a blank line, then the body; the id is a hash of that text.
   */
  public static Article of(String title, String body) {
    return builder().title(title).body(body).build();
  }

  /** A builder for articles given as separate fields. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a copy with another id. */
  public Article withId(String newId) {
    return new Article(newId, title, text, source, url, author, published, language, origin);
  }

  /** Returns a copy with another author (byline). */
  public Article withAuthor(String newAuthor) {
    return new Article(id, title, text, source, url, newAuthor, published, language, origin);
  }

  /** Returns a copy that says where it was read from ("news/2025.jsonl:12"). */
  public Article withOrigin(String newOrigin) {
    return new Article(id, title, text, source, url, author, published, language, newOrigin);
  }

  /** Returns a copy whose missing metadata is taken from {@code defaults}; values already set win. */
  public Article withDefaults(ArticleMetadata defaults) {
    if (defaults == null) {
      return this;
    }
    return new Article(id, title.isEmpty() && defaults.title() != null ? defaults.title() : title, text,
        source != null ? source : defaults.source(), url != null ? url : defaults.url(),
        author != null ? author : defaults.author(), published != null ? published : defaults.published(),
        language != null ? language : defaults.language(), origin);
  }

  /** Assembles an {@link Article}; {@code body} or {@code text} is required. */
  public static final class Builder {
    private String id;
    private String title = "";
    private String body;
    private String text;
    private String source;
    private String url;
    private String author;
    private LocalDate published;
    private String language;
    private String origin;

    private Builder() {}

    public Builder id(String value) { this.id = value; return this; }
    public Builder title(String value) { this.title = value == null ? "" : value; return this; }
    /** The body; the text becomes title, blank line, body. */
    public Builder body(String value) { this.body = value; return this; }
    /** The exact text (as for plain-text files); overrides title + body composition. */
    public Builder text(String value) { this.text = value; return this; }
    public Builder source(String value) { this.source = value; return this; }
    public Builder url(String value) { this.url = value; return this; }
    public Builder author(String value) { this.author = value; return this; }
    public Builder published(LocalDate value) { this.published = value; return this; }
    public Builder language(String value) { this.language = value; return this; }
    /** Where the article was read from (a file, with ":line" for a record). */
    public Builder origin(String value) { this.origin = value; return this; }

    public Article build() {
      String fullText = text;
      if (fullText == null) {
        if (body == null) {
          throw new IllegalStateException("an article needs a body or a text");
        }
        fullText = title.isEmpty() ? body : title + "\n\n" + body;
      }
      String articleId = id != null && !id.isBlank() ? id.strip()
          : url != null && !url.isBlank() ? url.strip()
          : ArticleIds.contentHash(fullText);
      return new Article(articleId, title, fullText, blankToNull(source), blankToNull(url), blankToNull(author),
          published, blankToNull(language), blankToNull(origin));
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }
}
