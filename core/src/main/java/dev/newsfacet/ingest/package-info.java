/**
 * Ingest: bytes to {@link dev.newsfacet.model.Article} records, with problems reported per file and
 * line rather than thrown. Knows nothing of extraction or Lucene. Start at {@link dev.newsfacet.ingest.ArticleSource}.
 */
package dev.newsfacet.ingest;
