package dev.newsfacet.extract.attribution;

import dev.newsfacet.extract.entity.Bilou;
import dev.newsfacet.extract.entity.TaggerModel;
import dev.newsfacet.extract.entity.WordClusters;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The two weight tables of the attribution model, the cue tagger's and the span tagger's, with the word
 * clusters their features read. Shipped in the models artifact as {@value #CUE_MODEL} and
 * {@value #SPAN_MODEL}; {@code newsfacet train attribution} writes the same two files into a folder.
 */
public final class AttributionModel {
  /** Bumped when a feature template changes: a model trained with other templates is refused. */
  public static final String VERSION = "attribution-1";
  /** Class-path name of the shipped cue tagger. */
  public static final String CUE_MODEL = "dev/newsfacet/models/attribution-cue.model";
  /** Class-path name of the shipped span tagger. */
  public static final String SPAN_MODEL = "dev/newsfacet/models/attribution-span.model";
  /** File names inside a folder that {@code train attribution} wrote. */
  public static final String CUE_FILE = "attribution-cue.model";
  public static final String SPAN_FILE = "attribution-span.model";

  /** The cue tagger's labels. */
  public static final Bilou CUE_LABELS = new Bilou(List.of("CUE"));
  /** The span tagger's labels. */
  public static final Bilou SPAN_LABELS = new Bilou(List.of("SOURCE", "CONTENT"));
  /** Type numbers of {@link #SPAN_LABELS}. */
  public static final int SOURCE = 0;
  public static final int CONTENT = 1;

  private static final String RETRAIN = "newsfacet train attribution";

  private final TaggerModel cues;
  private final TaggerModel spans;
  private final WordClusters clusters;

  public AttributionModel(TaggerModel cues, TaggerModel spans, WordClusters clusters) {
    this.cues = cues;
    this.spans = spans;
    this.clusters = clusters;
  }

  public TaggerModel cues() {
    return cues;
  }

  public TaggerModel spans() {
    return spans;
  }

  public WordClusters clusters() {
    return clusters;
  }

  /** Where the model came from (the provenance line training wrote). */
  public String provenance() {
    return cues.provenance();
  }

  /** The shipped model, or null when the models artifact does not hold one. */
  public static AttributionModel fromClassPath(ClassLoader loader, WordClusters clusters) {
    try (InputStream c = loader.getResourceAsStream(CUE_MODEL); InputStream s = loader.getResourceAsStream(SPAN_MODEL)) {
      if (c == null || s == null) {
        return null;
      }
      return new AttributionModel(TaggerModel.read(c, VERSION, RETRAIN), TaggerModel.read(s, VERSION, RETRAIN), clusters);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped attribution model: " + e.getMessage(), e);
    }
  }

  /** The model {@code train attribution} wrote into {@code folder}. */
  public static AttributionModel fromFolder(Path folder, WordClusters clusters) throws IOException {
    Path c = folder.resolve(CUE_FILE);
    Path s = folder.resolve(SPAN_FILE);
    if (!Files.isRegularFile(c) || !Files.isRegularFile(s)) {
      throw new IOException(folder + " does not hold an attribution model (" + CUE_FILE + " and " + SPAN_FILE
          + ", written by " + RETRAIN + ")");
    }
    try (InputStream ci = Files.newInputStream(c); InputStream si = Files.newInputStream(s)) {
      return new AttributionModel(TaggerModel.read(ci, VERSION, RETRAIN), TaggerModel.read(si, VERSION, RETRAIN), clusters);
    }
  }

  /** Writes both tables into {@code folder} (same model, same bytes). */
  public void write(Path folder) throws IOException {
    Files.createDirectories(folder);
    try (OutputStream out = Files.newOutputStream(folder.resolve(CUE_FILE))) {
      cues.write(out);
    }
    try (OutputStream out = Files.newOutputStream(folder.resolve(SPAN_FILE))) {
      spans.write(out);
    }
  }
}
