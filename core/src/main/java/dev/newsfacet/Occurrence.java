package dev.newsfacet;

import java.time.LocalDate;

/**
 * Where a statement appears: one article, the offsets of the statement's content in its text, and the
 * words that article gives it (outlets word one statement differently).
 *
 * @param text the statement as this article reports it
 * @param speakerText how the speaker is named there ("he", "the U.S. president"), or null
 * @param cue the attribution words there, or null
 * @param first whether this article has the statement first: the earliest published date among the
 *     articles that report it, when more than one does (dates are days, so several can be first)
 */
public record Occurrence(String articleId, String title, String source, String url, LocalDate published,
                         int start, int end, String text, String speakerText, String cue, boolean first) {}
