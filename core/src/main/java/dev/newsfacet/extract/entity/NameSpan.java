package dev.newsfacet.extract.entity;

import dev.newsfacet.model.EntityType;

/**
 * A name the rules found, as tokens [from, to) of the text, with its type and canonical name: what the
 * event step reads and what it adds.
 */
public record NameSpan(int from, int to, EntityType type, String canonical) {}
