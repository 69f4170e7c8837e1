/**
 * newsfacet's core: read, extract, index, search. What people embed is {@code dev.newsfacet} (the
 * {@code NewsIndex} facade, the {@code NewsBackend} contract, query and result records) and
 * {@code dev.newsfacet.model} (the plain records every layer passes on). Everything else is internal,
 * exported only to the project's own modules that build on it.
 */
module dev.newsfacet.core {
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.facet;
  requires org.apache.lucene.highlighter;
  requires com.fasterxml.jackson.databind;

  exports dev.newsfacet;
  exports dev.newsfacet.model;

  exports dev.newsfacet.ingest to dev.newsfacet.eval, dev.newsfacet.opensearch, dev.newsfacet.cli;
  exports dev.newsfacet.extract to dev.newsfacet.eval, dev.newsfacet.opensearch, dev.newsfacet.cli, dev.newsfacet.dev;
  exports dev.newsfacet.extract.attribution to dev.newsfacet.eval, dev.newsfacet.cli, dev.newsfacet.dev;
  exports dev.newsfacet.extract.date to dev.newsfacet.eval;
  exports dev.newsfacet.extract.entity to dev.newsfacet.eval, dev.newsfacet.cli, dev.newsfacet.dev;
  exports dev.newsfacet.pipeline to dev.newsfacet.opensearch;
  exports dev.newsfacet.index to dev.newsfacet.eval, dev.newsfacet.opensearch, dev.newsfacet.cli, dev.newsfacet.dev;
  exports dev.newsfacet.search to dev.newsfacet.eval, dev.newsfacet.opensearch, dev.newsfacet.cli;
  exports dev.newsfacet.text to dev.newsfacet.opensearch, dev.newsfacet.cli;
}
