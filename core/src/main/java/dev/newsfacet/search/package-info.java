/**
 * Search: {@link dev.newsfacet.search.NewsQueryParser} turns strings into
 * {@link dev.newsfacet.NewsQuery}; {@link dev.newsfacet.search.SearchExecutor} runs them with facets,
 * highlighting and cross-outlet grouping.
 */
package dev.newsfacet.search;
