package dev.newsfacet.model;

/** How a statement is reported. */
public enum StatementKind {
  /** Words in quotation marks given as the speaker's own. */
  DIRECT,
  /** Reported speech without quotation marks ("Trump said that ..."). */
  INDIRECT,
  /** Reported speech that embeds quoted words ("Orban said Hungary is "ready" to host"). */
  MIXED
}
