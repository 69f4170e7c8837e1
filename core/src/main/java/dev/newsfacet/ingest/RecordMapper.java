package dev.newsfacet.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.ArticleMetadata;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Turns one JSON record into an {@link Article}; fields: id, title, body, source, url, author, published, language. */
final class RecordMapper {
  private static final List<String> BODY = List.of("body", "text", "content");
  private static final List<String> TITLE = List.of("title", "headline");
  private static final List<String> PUBLISHED = List.of("published", "date", "published_at", "publishedAt");

  private RecordMapper() {}

  /** Thrown for a record that cannot become an article; the message says why in one sentence. */
  static final class BadRecord extends Exception {
    private static final long serialVersionUID = 1L;

    BadRecord(String message) {
      super(message);
    }
  }

  static Article toArticle(JsonNode node, ArticleMetadata fallback, Consumer<String> warnings) throws BadRecord {
    if (!node.isObject()) {
      throw new BadRecord("expected a JSON object, found " + node.getNodeType().toString().toLowerCase());
    }
    String body = text(node, BODY, true);
    if (body == null || body.isBlank()) {
      throw new BadRecord("record has no body");
    }
    LocalDate published = null;
    String publishedText = text(node, PUBLISHED, false);
    if (publishedText != null) {
      published = parseDate(publishedText);
      if (published == null) {
        warnings.accept("unreadable published date '" + abbreviate(publishedText) + "'; left empty");
      } else if (!plausible(published)) {
        warnings.accept("published date " + abbreviate(publishedText) + " is outside the years " + FIRST_YEAR + "-"
            + LAST_YEAR + "; left empty");
        published = null;
      }
    }
    ArticleMetadata own = new ArticleMetadata(text(node, List.of("id"), false), text(node, TITLE, false),
        text(node, List.of("source"), false), text(node, List.of("url"), false),
        text(node, List.of("author"), false), published, text(node, List.of("language"), false));
    ArticleMetadata m = own.orElse(fallback);
    String tooLong = tooLong(m);
    if (tooLong != null) {
      throw new BadRecord(tooLong);
    }
    return Article.builder().id(m.id()).title(m.title()).body(body).source(m.source()).url(m.url())
        .author(m.author()).published(m.published()).language(m.language()).build();
  }

  private static String text(JsonNode node, List<String> names, boolean required) throws BadRecord {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isTextual()) {
        return v.asText();
      }
      if (v.isNumber() && !required) {
        return v.asText();
      }
      if (v.isArray() && required) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode part : v) {
          if (!part.isTextual()) {
            throw new BadRecord("field '" + name + "' must be a string or an array of strings");
          }
          if (sb.length() > 0) {
            sb.append("\n\n");
          }
          sb.append(part.asText());
        }
        return sb.toString();
      }
      throw new BadRecord("field '" + name + "' must be a string, not " + v.getNodeType().toString().toLowerCase());
    }
    return null;
  }

  /** Published dates outside these years are taken for mistakes (and would not fit the index's date fields). */
  static final int FIRST_YEAR = 1000;
  static final int LAST_YEAR = 9999;
  /** The longest id, URL or author kept: longer ones are refused with the record (an index term holds 32 KB at most). */
  static final int MAX_ID_CHARS = 2_000;
  /** The longest source name: it is a facet value, whose path Lucene caps at 8 KB. */
  static final int MAX_SOURCE_CHARS = 500;

  static boolean plausible(LocalDate d) {
    return d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR;
  }

  /** Why the record's metadata cannot be indexed, or null when it can. */
  static String tooLong(ArticleMetadata m) {
    if (m.id() != null && m.id().length() > MAX_ID_CHARS) {
      return "id is " + m.id().length() + " characters long, over the limit of " + MAX_ID_CHARS;
    }
    if (m.url() != null && m.url().length() > MAX_ID_CHARS) {
      return "url is " + m.url().length() + " characters long, over the limit of " + MAX_ID_CHARS;
    }
    if (m.author() != null && m.author().length() > MAX_ID_CHARS) {
      return "author is " + m.author().length() + " characters long, over the limit of " + MAX_ID_CHARS;
    }
    if (m.source() != null && m.source().length() > MAX_SOURCE_CHARS) {
      return "source is " + m.source().length() + " characters long, over the limit of " + MAX_SOURCE_CHARS;
    }
    if (m.title() != null && m.title().length() > 100_000) {
      return "title is " + m.title().length() + " characters long, over the limit of 100000";
    }
    return null;
  }

  /** The date "yyyy-MM-dd" at the start of a value, alone or before a "T" or a space; null if none. */
  private static LocalDate leadingIsoDate(String v) {
    if (v.length() < 10 || v.charAt(4) != '-' || v.charAt(7) != '-'
        || v.length() > 10 && v.charAt(10) != 'T' && v.charAt(10) != ' ') {
      return null;
    }
    int year = digits(v, 0, 4);
    int month = digits(v, 5, 7);
    int day = digits(v, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number the ASCII digits [from, to) of {@code s} spell, or -1 if one is not a digit. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** ISO date or date-time (with or without offset), or an epoch-seconds number; null when unreadable. */
  static LocalDate parseDate(String s) {
    String v = s.strip();
    // every ISO form below gives the date its value starts with: read that by hand first (each form the
    // formatters fail on throws, and those exceptions cost more than the rest of the record's mapping)
    LocalDate leading = leadingIsoDate(v);
    if (leading != null) {
      return leading;
    }
    try {
      return LocalDate.parse(v); // "+999999999-12-31": a year past four digits
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return ZonedDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return Instant.parse(v).atOffset(ZoneOffset.UTC).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
      try {
        return LocalDate.parse(v.substring(0, 10));
      } catch (DateTimeParseException ignored) {
        // not a date
      }
    }
    for (DateTimeFormatter f : LENIENT_FORMATS) {
      try {
        return TemporalQueries.localDate().queryFrom(f.parse(v));
      } catch (DateTimeParseException | NullPointerException ignored) {
        // try the next form
      }
    }
    if (v.matches("\\d{9,11}")) {
      return Instant.ofEpochSecond(Long.parseLong(v)).atOffset(ZoneOffset.UTC).toLocalDate();
    }
    return null;
  }

  /** Unambiguous written forms seen in feeds: "16 October 2025", "October 16, 2025", RFC 1123, 2025/10/16. */
  private static final List<DateTimeFormatter> LENIENT_FORMATS = List.of(
      DateTimeFormatter.RFC_1123_DATE_TIME,
      pattern("d MMMM uuuu"), pattern("d MMM uuuu"), pattern("MMMM d, uuuu"), pattern("MMM d, uuuu"),
      pattern("MMMM d uuuu"), pattern("EEEE, MMMM d, uuuu"), pattern("EEE, d MMM uuuu"), pattern("uuuu/MM/dd"));

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p)
        .toFormatter(Locale.ENGLISH);
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
