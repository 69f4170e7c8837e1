package dev.newsfacet.extract;

/** A sentence: tokens {@code [from, to)} of the text, within one paragraph. */
public record Sentence(int start, int end, int from, int to, int paragraph) {
  public int size() {
    return to - from;
  }
}
