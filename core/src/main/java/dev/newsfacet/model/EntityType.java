package dev.newsfacet.model;

/** What kind of thing an entity mention names. */
public enum EntityType {
  PERSON, PLACE, ORG, EVENT,
  /** A speaker that is not a named entity ("officials", "the explanatory note"); never in entity lists. */
  OTHER
}
