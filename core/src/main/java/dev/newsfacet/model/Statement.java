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
 * @param by the steps that produced it: the pass that found it ({@code rules:quote} for a quotation with its
 *     attribution, {@code rules:reported} for reported speech after a cue, {@code rules:continuation} for a
 *     quotation that continues the previous speaker, {@code model:attribution} for one the trained attribution
 *     model added where the rules found none), then {@code +step} for each step that decided its speaker
 *     ({@code +pronoun:continuity}, {@code +pronoun:only-candidate}, {@code +pronoun:open} when a pronoun was
 *     left unresolved, {@code +index:role-holder})
 */
public record Statement(int start, int end, String text, StatementKind kind, Cue cue, EntityMention speaker,
                        List<Span> quoted, String by) {
  /** What made a statement when nothing says: the rules. */
  public static final String BY_RULES = "rules";

  public Statement {
    quoted = List.copyOf(quoted);
    by = by == null ? BY_RULES : by;
  }

  /** A statement found by the rules. */
  public Statement(int start, int end, String text, StatementKind kind, Cue cue, EntityMention speaker,
                   List<Span> quoted) {
    this(start, end, text, kind, cue, speaker, quoted, BY_RULES);
  }

  /** The same statement with another speaker, decided by {@code step} ("index:role-holder"). */
  public Statement withSpeaker(EntityMention newSpeaker, String step) {
    return new Statement(start, end, text, kind, cue, newSpeaker, quoted, by + "+" + step);
  }
}
