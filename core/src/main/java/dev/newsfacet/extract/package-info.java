/**
 * Extraction: entities, statements and dates from an article's text, with offsets. Knows nothing of
 * Lucene, so every backend reuses it unchanged. {@link dev.newsfacet.extract.Extractor} is the pipeline;
 * each extractor sits behind a small interface.
 */
package dev.newsfacet.extract;
