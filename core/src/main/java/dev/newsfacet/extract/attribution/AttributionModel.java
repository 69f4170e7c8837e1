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
 * The three weight tables of the attribution model, the chunker's, the cue tagger's and the span
 * tagger's, with the word clusters their features read. Shipped in the models artifact as
 * {@value #CHUNK_MODEL}, {@value #CUE_MODEL} and {@value #SPAN_MODEL} (this release ships none);
 * {@code newsfacet train attribution} writes the same three files into a folder.
 */
public final class AttributionModel {
  /** Bumped when a feature template changes: a model trained with other templates is refused. */
  public static final String VERSION = "attribution-4";
  /** Class-path name of the shipped chunker. */
  public static final String CHUNK_MODEL = "dev/newsfacet/models/attribution-chunk.model";
  /** Class-path name of the shipped cue tagger. */
  public static final String CUE_MODEL = "dev/newsfacet/models/attribution-cue.model";
  /** Class-path name of the shipped span tagger. */
  public static final String SPAN_MODEL = "dev/newsfacet/models/attribution-span.model";
  /** File names inside a folder that {@code train attribution} wrote. */
  public static final String CHUNK_FILE = "attribution-chunk.model";
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

  private final TaggerModel chunks;
  private final TaggerModel cues;
  private final TaggerModel spans;
  private final WordClusters clusters;

  public AttributionModel(TaggerModel chunks, TaggerModel cues, TaggerModel spans, WordClusters clusters) {
    this.chunks = chunks;
    this.cues = cues;
    this.spans = spans;
    this.clusters = clusters;
  }

  public TaggerModel chunks() {
    return chunks;
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
    try (InputStream h = loader.getResourceAsStream(CHUNK_MODEL); InputStream c = loader.getResourceAsStream(CUE_MODEL);
         InputStream s = loader.getResourceAsStream(SPAN_MODEL)) {
      if (h == null || c == null || s == null) {
        return null;
      }
      return new AttributionModel(read(h), read(c), read(s), clusters);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped attribution model: " + e.getMessage(), e);
    }
  }

  private static TaggerModel read(InputStream in) throws IOException {
    return TaggerModel.read(in, VERSION, RETRAIN);
  }

  /** The model {@code train attribution} wrote into {@code folder}. */
  public static AttributionModel fromFolder(Path folder, WordClusters clusters) throws IOException {
    TaggerModel[] tables = new TaggerModel[3];
    List<String> files = List.of(CHUNK_FILE, CUE_FILE, SPAN_FILE);
    for (int k = 0; k < tables.length; k++) {
      Path f = folder.resolve(files.get(k));
      if (!Files.isRegularFile(f)) {
        throw new IOException(folder + " does not hold an attribution model (" + String.join(", ", files)
            + ", written by " + RETRAIN + ")");
      }
      try (InputStream in = Files.newInputStream(f)) {
        tables[k] = read(in);
      }
    }
    return new AttributionModel(tables[0], tables[1], tables[2], clusters);
  }

  /** Writes the three tables into {@code folder} (same model, same bytes). */
  public void write(Path folder) throws IOException {
    Files.createDirectories(folder);
    try (OutputStream out = Files.newOutputStream(folder.resolve(CHUNK_FILE))) {
      chunks.write(out);
    }
    try (OutputStream out = Files.newOutputStream(folder.resolve(CUE_FILE))) {
      cues.write(out);
    }
    try (OutputStream out = Files.newOutputStream(folder.resolve(SPAN_FILE))) {
      spans.write(out);
    }
  }
}
