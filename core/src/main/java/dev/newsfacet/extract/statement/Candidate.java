package dev.newsfacet.extract.statement;

import dev.newsfacet.model.EntityMention;

/**
 * A possible speaker: tokens [from, to) of the text, resolved to a mention (null when it cannot be), and
 * whether a possessive follows it ("Smith's spokesman").
 */
public record Candidate(int from, int to, EntityMention speaker, boolean possessive) {}
