/**
 * newsfacet: who said what, who and what was mentioned, and when, in news articles, on Lucene.
 * Embed {@link dev.newsfacet.NewsIndex}; queries are {@link dev.newsfacet.NewsQuery}; results are
 * plain records ({@link dev.newsfacet.SearchResult}, {@link dev.newsfacet.Hit}, {@link dev.newsfacet.Facet}).
 */
package dev.newsfacet;
