/**
 * Vocabulary both sides of newsfacet share, extraction and search alike: the calendar's words and the
 * folding of names into identity keys ({@link dev.newsfacet.text.NameKeys}). Nothing here
 * depends on Lucene or on the extractors.
 */
package dev.newsfacet.text;
