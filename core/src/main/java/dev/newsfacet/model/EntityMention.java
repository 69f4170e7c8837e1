package dev.newsfacet.model;

/**
 * A mention of an entity in an article's text.
 *
 * @param start offset of the first character (UTF-16 index into {@link Article#text()})
 * @param end offset after the last character
 * @param text the characters at {@code [start, end)}
 * @param type what it names
 * @param canonical the resolved name shared by every mention of the same entity
 * @param role a title or role given with the name ("Hungarian Prime Minister"), or null
 * @param by which step produced it: {@code model} (the trained tagger), or {@code rules} and a rule's
 *     name ({@code rules:lexicon}, {@code rules:event}, {@code rules:headline}, …), so that an error can be
 *     traced to the part that made it
 */
public record EntityMention(int start, int end, String text, EntityType type, String canonical, String role,
    String by) {
  /** A mention found by the rules. */
  public EntityMention(int start, int end, String text, EntityType type, String canonical, String role) {
    this(start, end, text, type, canonical, role, BY_RULES);
  }

  /** The producer of mentions the rule extractor found. */
  public static final String BY_RULES = "rules";
  /** The producer of mentions the trained tagger found. */
  public static final String BY_MODEL = "model";

  public EntityMention withCanonical(String newCanonical) {
    return new EntityMention(start, end, text, type, newCanonical, role, by);
  }

  /** The same mention, credited to another step. */
  public EntityMention withBy(String producer) {
    return new EntityMention(start, end, text, type, canonical, role, producer);
  }
}
