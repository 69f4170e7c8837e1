/**
 * The index, engine-neutral where it can be: {@link dev.newsfacet.index.Fields} names every field for both
 * backends, {@link dev.newsfacet.index.DocumentMapper} maps an analysed article to documents,
 * {@link dev.newsfacet.index.DocumentBatch} prepares a batch the same way for both backends;
 * {@link dev.newsfacet.index.LuceneSchema} and {@link dev.newsfacet.index.IndexStore} are the Lucene side
 * (analysis, codec, facets; the writer and searchers).
 */
package dev.newsfacet.index;
