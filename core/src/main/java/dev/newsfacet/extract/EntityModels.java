package dev.newsfacet.extract;

import dev.newsfacet.extract.entity.EntityTagger;
import dev.newsfacet.extract.entity.Features;
import dev.newsfacet.extract.entity.TaggerModel;
import dev.newsfacet.extract.entity.WordClusters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The trained entity tagger and the word clusters it reads, as shipped in the models artifact
 * ({@value #MODEL} and {@value #CLUSTERS} on the class path) or as files a user trained.
 */
public final class EntityModels {
  /** Class-path name of the shipped tagger model. */
  public static final String MODEL = "dev/newsfacet/models/ner.model";
  /** Class-path name of the shipped word clusters. */
  public static final String CLUSTERS = "dev/newsfacet/models/clusters.tsv.gz";

  private final EntityTagger tagger;

  private EntityModels(TaggerModel model, WordClusters clusters) {
    this.tagger = new EntityTagger(model, new Features(clusters));
  }

  public EntityTagger tagger() {
    return tagger;
  }

  /** The shipped models, or null when the models artifact is not on the class path. */
  public static EntityModels fromClassPath(ClassLoader loader) {
    try (InputStream model = loader.getResourceAsStream(MODEL)) {
      if (model == null) {
        return null;
      }
      WordClusters clusters = WordClusters.fromResource(loader, CLUSTERS);
      return new EntityModels(TaggerModel.read(model), clusters == null ? WordClusters.none() : clusters);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped entity model " + MODEL + ": " + e.getMessage(), e);
    }
  }

  /** The shipped word clusters, or none when the models artifact is absent (for training). */
  public static WordClusters shippedClusters() {
    WordClusters c = WordClusters.fromResource(EntityModels.class.getClassLoader(), CLUSTERS);
    return c == null ? WordClusters.none() : c;
  }

  /** A model file written by {@code newsfacet train ner}, with a clusters file (null: the shipped clusters). */
  public static EntityModels fromFiles(Path model, Path clusters) throws IOException {
    WordClusters c;
    if (clusters == null) {
      c = shippedClusters();
    } else {
      try (InputStream in = Files.newInputStream(clusters)) {
        c = WordClusters.read(in);
      }
    }
    try (InputStream in = Files.newInputStream(model)) {
      return new EntityModels(TaggerModel.read(in), c);
    }
  }

  /** A tagger over a model built in memory (training, tests). */
  public static EntityModels of(TaggerModel model, WordClusters clusters) {
    return new EntityModels(model, clusters);
  }
}
