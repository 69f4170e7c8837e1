/**
 * Vocabulary both sides of newsfacet share, extraction and search alike: the calendar's words. Nothing here
 * depends on Lucene or on the extractors.
 */
package dev.newsfacet.text;
