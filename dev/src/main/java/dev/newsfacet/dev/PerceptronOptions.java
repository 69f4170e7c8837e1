package dev.newsfacet.dev;

import picocli.CommandLine.Option;

/** The options every perceptron the project trains takes (train ner, train attribution). */
final class PerceptronOptions {
  @Option(names = "--bits", description = "Feature hash size, 2^bits buckets per table (default 20 for train ner, "
      + "18 for train attribution).")
  Integer bits;

  @Option(names = "--seed", defaultValue = "42", description = "Shuffling seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--min-weight", defaultValue = "0.01", description = "Weights smaller than this are dropped (default ${DEFAULT-VALUE}).")
  float minWeight;

  /** The hash size given, or the command's own default. */
  int bits(int fallback) {
    return bits == null ? fallback : bits;
  }
}
