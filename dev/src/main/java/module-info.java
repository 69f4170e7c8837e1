/** The developer's command line: the user's commands plus eval, train and bench (see {@link dev.newsfacet.dev.DevMain}). */
module dev.newsfacet.dev {
  requires dev.newsfacet.cli;
  requires dev.newsfacet.eval;
  requires dev.newsfacet.opensearch;
  requires com.fasterxml.jackson.databind;
  requires info.picocli;

  // picocli fills the commands' annotated fields by reflection
  opens dev.newsfacet.dev to info.picocli;
}
