package dev.newsfacet;

import java.time.LocalDate;

/**
 * Where a statement appears: one article and the offsets of the statement's content in its text.
 *
 * @param speakerText how the speaker is named there ("he", "the U.S. president"), or null
 * @param cue the attribution words there, or null
 */
public record Occurrence(String articleId, String title, String source, String url, LocalDate published,
                         int start, int end, String speakerText, String cue) {}
