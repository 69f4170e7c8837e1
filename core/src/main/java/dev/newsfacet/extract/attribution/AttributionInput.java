package dev.newsfacet.extract.attribution;

/**
 * What the attribution model reads of an article, per token: the word, the entity type over it, whether
 * it is inside quotation marks, the cue class the lexicon gives it, and what the rules made of it (cue,
 * source or content of a statement the rules found). Sentences as token ranges {@code [from, to)}.
 * Arrays are owned by the input and never changed after it is built.
 *
 * @param words the tokens' text
 * @param lower the tokens' lower-case text
 * @param entityTypes the type of the entity mention over each token ("PERSON", "ORG", …), or "" for none
 * @param cueClasses the lexicon's cue class of each word ("say", "stance", …), or "" for none
 * @param quoted whether each token is inside a quotation (marks included)
 * @param rules per token, bits {@link #RULE_CUE}, {@link #RULE_SOURCE} and {@link #RULE_CONTENT}
 * @param sentenceFrom the first token of each sentence
 * @param sentenceTo the token after the last of each sentence
 * @param starts the offset of each token's first character in the article
 * @param ends the offset after each token's last character
 * @param chunks each token's chunk label ({@link ChunkFeatures#LABELS}), or an empty array before chunking
 */
public record AttributionInput(String[] words, String[] lower, String[] entityTypes, String[] cueClasses,
    boolean[] quoted, byte[] rules, int[] sentenceFrom, int[] sentenceTo, int[] starts, int[] ends, int[] chunks) {
  /** The token is a cue of a statement the rules found. */
  public static final byte RULE_CUE = 1;
  /** The token is in the speaker of a statement the rules found. */
  public static final byte RULE_SOURCE = 2;
  /** The token is in the content of a statement the rules found. */
  public static final byte RULE_CONTENT = 4;

  /** The input before chunking. */
  public AttributionInput(String[] words, String[] lower, String[] entityTypes, String[] cueClasses,
      boolean[] quoted, byte[] rules, int[] sentenceFrom, int[] sentenceTo, int[] starts, int[] ends) {
    this(words, lower, entityTypes, cueClasses, quoted, rules, sentenceFrom, sentenceTo, starts, ends, new int[0]);
  }

  /** The same input with the chunker's labels. */
  public AttributionInput withChunks(int[] labels) {
    return new AttributionInput(words, lower, entityTypes, cueClasses, quoted, rules, sentenceFrom, sentenceTo, starts,
        ends, labels);
  }

  /** The chunk label of token {@code i}, or -1 outside {@code [from, to)} or before chunking. */
  int chunkAt(int i, int from, int to) {
    return i < from || i >= to || chunks.length == 0 ? -1 : chunks[i];
  }

  public int size() {
    return words.length;
  }

  public int sentences() {
    return sentenceFrom.length;
  }

  /** The word at {@code i}, or a padding mark outside {@code [from, to)}. */
  String lowerAt(int i, int from, int to) {
    return i < from || i >= to ? "\u0000pad" : lower[i];
  }

  /** The sentence of token {@code t} (binary search). */
  public int sentenceOf(int t) {
    int lo = 0;
    int hi = sentenceFrom.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentenceFrom[mid] <= t) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

}
