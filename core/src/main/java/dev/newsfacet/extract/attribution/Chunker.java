package dev.newsfacet.extract.attribution;

import dev.newsfacet.extract.entity.TaggerModel;
import dev.newsfacet.extract.entity.WordClusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts each sentence into chunks (noun, verb, prepositional phrases …), with a perceptron trained on
 * CoNLL-2003's chunk column: the syntax the attribution taggers read ("the noun phrase before the verb
 * phrase of the cue"). One BILOU label per token. Thread-safe.
 */
public final class Chunker {
  private final TaggerModel model;
  private final ChunkFeatures features;
  private final SequenceDecoder decoder = new SequenceDecoder(ChunkFeatures.LABELS);

  public Chunker(TaggerModel model, WordClusters clusters) {
    this.model = model;
    this.features = new ChunkFeatures(clusters);
  }

  /** The chunk label of every token of the input. */
  public int[] chunk(AttributionInput in) {
    List<int[]> sentences = new ArrayList<>();
    for (int s = 0; s < in.sentences(); s++) {
      sentences.add(new int[] {in.sentenceFrom()[s], in.sentenceTo()[s]});
    }
    int[] out = new int[in.size()];
    chunk(in, features.forms(in.words()), sentences, out);
    return out;
  }

  /**
   * Chunks each token range [from, to) (each inside one sentence) of words whose forms are {@code forms},
   * writing the labels into {@code out}. A
   * range that starts inside a sentence starts as if the sentence did: callers begin it a few words early.
   */
  public void chunk(AttributionInput in, WordForms forms, List<int[]> ranges, int[] out) {
    for (int[] r : ranges) {
      int s = in.sentenceOf(r[0]);
      int from = in.sentenceFrom()[s];
      int to = in.sentenceTo()[s];
      int[] labels = decoder.decode(r[0], r[1], (i, p1, p2, f) -> features.of(in.lower(), forms, i, from, to, p1, p2, f),
          model::add, null);
      System.arraycopy(labels, 0, out, r[0], labels.length);
    }
  }
}
