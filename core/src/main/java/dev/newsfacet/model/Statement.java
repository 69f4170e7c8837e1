package dev.newsfacet.model;

import java.util.List;

/**
 * Something a speaker said, wrote, believed or announced, as reported in an article.
 *
 * @param start offset of the content's first character (inside the quotation marks for direct quotes)
 * @param end offset after the content's last character
 * @param text the content at {@code [start, end)}
 * @param kind direct, indirect or mixed
 * @param cue the attribution words, or null when none was found
 * @param speaker who said it, or null when no speaker was found
 * @param quoted the spans inside quotation marks within the content (empty for indirect statements)
 */
public record Statement(int start, int end, String text, StatementKind kind, Cue cue, EntityMention speaker,
                        List<Span> quoted) {
  public Statement {
    quoted = List.copyOf(quoted);
  }
}
