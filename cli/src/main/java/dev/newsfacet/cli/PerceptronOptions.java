package dev.newsfacet.cli;

import picocli.CommandLine.Option;

/** The options every perceptron the project trains takes (train ner, train attribution). */
final class PerceptronOptions {
  @Option(names = "--bits", defaultValue = "20", description = "Feature hash size, 2^bits buckets per table (default ${DEFAULT-VALUE}).")
  int bits;

  @Option(names = "--seed", defaultValue = "42", description = "Shuffling seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--min-weight", defaultValue = "0.01", description = "Weights smaller than this are dropped (default ${DEFAULT-VALUE}).")
  float minWeight;
}
