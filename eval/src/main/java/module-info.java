/**
 * Developer code, not part of the embedded library: corpus readers, scorers, trainers and the benchmark
 * behind {@code newsfacet eval}, {@code train} and {@code bench}.
 */
module dev.newsfacet.eval {
  requires transitive dev.newsfacet.core;
  requires java.management;
  requires java.xml;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires com.fasterxml.jackson.databind;

  exports dev.newsfacet.eval to dev.newsfacet.dev;
}
