package dev.newsfacet.cli;

import dev.newsfacet.extract.EntityModels;
import dev.newsfacet.extract.Extractor;
import dev.newsfacet.extract.attribution.AttributionModel;
import dev.newsfacet.extract.entity.WordClusters;
import java.io.IOException;
import java.nio.file.Path;

/** The extraction pipelines the commands offer: shared by {@code extract} and the developer's {@code eval quotes}. */
public final class Extractors {
  private Extractors() {}

  /**
   * The default pipeline; or one with the attribution model in {@code attributionModel} (a folder written
   * by {@code train attribution}); or, with {@code rulesOnly}, the statement rules without any attribution
   * model (entities still from the tagger).
   */
  public static Extractor withAttributionModel(Path attributionModel, boolean rulesOnly) throws IOException {
    Extractor shipped = Extractor.createDefault();
    if (rulesOnly) {
      return Extractor.withModels(shipped.entityModels(), null);
    }
    if (attributionModel == null) {
      return shipped;
    }
    EntityModels entities = shipped.entityModels();
    WordClusters clusters = entities == null ? EntityModels.shippedClusters() : entities.tagger().clusters();
    return Extractor.withModels(entities, AttributionModel.fromFolder(attributionModel, clusters));
  }
}
