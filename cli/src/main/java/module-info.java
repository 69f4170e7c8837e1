/** The {@code newsfacet} command line and its HTTP server ({@code serve}) with the web page. */
module dev.newsfacet.cli {
  requires dev.newsfacet.core;
  requires dev.newsfacet.eval;
  requires dev.newsfacet.opensearch;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;
  requires java.logging;
  requires jdk.httpserver;
  requires org.apache.lucene.core;

  // picocli fills the commands' annotated fields by reflection
  opens dev.newsfacet.cli to info.picocli;
}
