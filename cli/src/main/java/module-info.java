/** The {@code newsfacet} command line and its HTTP server ({@code serve}) with the web page. */
module dev.newsfacet.cli {
  requires dev.newsfacet.core;
  requires dev.newsfacet.opensearch;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;
  requires java.logging;
  requires jdk.httpserver;
  requires org.apache.lucene.core;

  // the developer's command line (newsfacet-dev) adds its commands to this one
  exports dev.newsfacet.cli to dev.newsfacet.dev;

  // picocli fills the commands' annotated fields by reflection
  opens dev.newsfacet.cli to info.picocli;
}
