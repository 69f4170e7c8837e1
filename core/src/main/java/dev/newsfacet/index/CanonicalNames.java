package dev.newsfacet.index;

import dev.newsfacet.model.EntityType;

/** Maps a mention's canonical name to the display name shared across the index ({@link NameRegistry#namesFor}). */
public interface CanonicalNames {
  /** The display name the index shows for this canonical name of this type. */
  String display(EntityType type, String canonical);
}
