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
 */
public record EntityMention(int start, int end, String text, EntityType type, String canonical, String role) {
  public EntityMention withCanonical(String newCanonical) {
    return new EntityMention(start, end, text, type, newCanonical, role);
  }
}
