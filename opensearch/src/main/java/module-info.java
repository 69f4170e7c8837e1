/**
 * The OpenSearch backend: the same {@code NewsBackend} over a cluster, with the same extraction, fields
 * and query plans as the embedded index. {@code opensearch.java} is the client's file-name module name
 * (the client declares none).
 */
module dev.newsfacet.opensearch {
  requires transitive dev.newsfacet.core;
  requires opensearch.java;
  requires org.apache.httpcomponents.client5.httpclient5;
  requires org.apache.httpcomponents.core5.httpcore5;
  requires com.fasterxml.jackson.databind;
  requires org.apache.lucene.core;

  exports dev.newsfacet.opensearch;
}
