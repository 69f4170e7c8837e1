package dev.newsfacet.models;

/**
 * The trained files this artifact carries, as class-path resources core looks up by name when the
 * artifact is present (without it, core runs its rules alone and says so once). Provenance and the
 * training corpora's terms are in {@code NOTICE}; {@code newsfacet train ner} and {@code newsfacet train
 * clusters} rebuild them byte for byte.
 */
public final class ShippedModels {
  /** The entity tagger: averaged perceptron weights over hashed features (CoNLL-2003 eng.train). */
  public static final String ENTITY_TAGGER = "dev/newsfacet/models/ner.model";
  /** Word clusters induced from unlabelled Reuters news: one word and its cluster bits per line. */
  public static final String WORD_CLUSTERS = "dev/newsfacet/models/clusters.tsv.gz";

  private ShippedModels() {}
}
