/**
 * The Lucene index: {@link dev.newsfacet.index.Schema} is the only place that names fields;
 * {@link dev.newsfacet.index.IndexStore} owns the writer and searchers.
 */
package dev.newsfacet.index;
