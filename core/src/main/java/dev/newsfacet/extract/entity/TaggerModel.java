package dev.newsfacet.extract.entity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of a linear tagger: for each hashed feature bucket, a short list of (label, weight). Sparse,
 * quantised to 16 bits, gzip-compressed on disk; read-only once built, so one model serves every thread.
 * The file also names the labels, the feature templates it was trained with and how it was made.
 */
public final class TaggerModel {
  private static final String MAGIC = "newsfacet-tagger";
  private static final int FORMAT = 1;

  private final Bilou labels;
  private final int bits;
  private final String featureVersion;
  private final String provenance;
  private final int[] rowStart;
  private final byte[] rowLabel;
  private final float[] rowWeight;

  private TaggerModel(Bilou labels, int bits, String featureVersion, String provenance, int[] rowStart,
      byte[] rowLabel, float[] rowWeight) {
    this.labels = labels;
    this.bits = bits;
    this.featureVersion = featureVersion;
    this.provenance = provenance;
    this.rowStart = rowStart;
    this.rowLabel = rowLabel;
    this.rowWeight = rowWeight;
  }

  /**
   * A model from dense weights ({@code weights[bucket * labels + label]}), dropping weights whose size is
   * under {@code minWeight} and quantising the rest.
   */
  public static TaggerModel fromDense(float[] weights, Bilou labels, int bits, float minWeight, String provenance) {
    return fromDense(weights, labels, bits, minWeight, provenance, Features.VERSION);
  }

  /** As {@link #fromDense(float[], Bilou, int, float, String)}, for a tagger of other feature templates. */
  public static TaggerModel fromDense(float[] weights, Bilou labels, int bits, float minWeight, String provenance,
      String featureVersion) {
    int n = labels.size();
    int buckets = 1 << bits;
    float max = 0;
    for (float w : weights) {
      max = Math.max(max, Math.abs(w));
    }
    float step = max == 0 ? 1 : max / Short.MAX_VALUE;
    int[] rowStart = new int[buckets + 1];
    int kept = 0;
    for (int b = 0; b < buckets; b++) {
      for (int l = 0; l < n; l++) {
        if (Math.abs(weights[b * n + l]) >= minWeight && Math.round(weights[b * n + l] / step) != 0) {
          kept++;
        }
      }
      rowStart[b + 1] = kept;
    }
    byte[] rowLabel = new byte[kept];
    float[] rowWeight = new float[kept];
    int k = 0;
    for (int b = 0; b < buckets; b++) {
      for (int l = 0; l < n; l++) {
        float w = weights[b * n + l];
        if (Math.abs(w) >= minWeight && Math.round(w / step) != 0) {
          rowLabel[k] = (byte) l;
          rowWeight[k] = Math.round(w / step) * step;
          k++;
        }
      }
    }
    return new TaggerModel(labels, bits, featureVersion, provenance, rowStart, rowLabel, rowWeight);
  }

  public Bilou labels() {
    return labels;
  }

  public String provenance() {
    return provenance;
  }

  /** How many weights the model keeps. */
  public int weights() {
    return rowWeight.length;
  }

  /** The bucket of a feature id. */
  int bucket(int feature) {
    return feature & ((1 << bits) - 1);
  }

  /** Adds the weights of {@code feature} to {@code scores}, one per label. */
  public void add(int feature, float[] scores) {
    int b = feature & ((1 << bits) - 1);
    for (int k = rowStart[b]; k < rowStart[b + 1]; k++) {
      scores[rowLabel[k]] += rowWeight[k];
    }
  }

  /** Writes the model (gzip; no time stamp, so the same model gives the same bytes). */
  public void write(OutputStream out) throws IOException {
    float step = 0;
    for (float w : rowWeight) {
      step = Math.max(step, Math.abs(w));
    }
    step = step == 0 ? 1 : step / Short.MAX_VALUE;
    GZIPOutputStream gz = new GZIPOutputStream(out);
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    d.writeUTF(MAGIC);
    d.writeInt(FORMAT);
    d.writeUTF(provenance);
    d.writeUTF(featureVersion);
    d.writeUTF(String.join(",", labels.types()));
    d.writeInt(bits);
    d.writeFloat(step);
    int rows = 0;
    for (int b = 0; b + 1 < rowStart.length; b++) {
      if (rowStart[b + 1] > rowStart[b]) {
        rows++;
      }
    }
    d.writeInt(rows);
    int last = -1;
    for (int b = 0; b + 1 < rowStart.length; b++) {
      int count = rowStart[b + 1] - rowStart[b];
      if (count == 0) {
        continue;
      }
      writeVarInt(d, b - last);
      last = b;
      d.writeByte(count);
      for (int k = rowStart[b]; k < rowStart[b + 1]; k++) {
        d.writeByte(rowLabel[k]);
        d.writeShort(Math.round(rowWeight[k] / step));
      }
    }
    d.flush();
    gz.finish();
  }

  /** Reads a model written by {@link #write}; refuses one of other feature templates. */
  public static TaggerModel read(InputStream in) throws IOException {
    return read(in, Features.VERSION, "newsfacet train ner");
  }

  /** Reads a model of the feature templates {@code version}; a model of others is refused, naming {@code retrain}. */
  public static TaggerModel read(InputStream in, String expectedVersion, String retrain) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
    if (!MAGIC.equals(d.readUTF()) || d.readInt() != FORMAT) {
      throw new IOException("not a newsfacet tagger model");
    }
    String provenance = d.readUTF();
    String version = d.readUTF();
    if (!version.equals(expectedVersion)) {
      throw new IOException("the model was trained with feature templates " + version + ", this build has "
          + expectedVersion + ": retrain it (" + retrain + ")");
    }
    Bilou labels = new Bilou(List.of(d.readUTF().split(",")));
    int bits = d.readInt();
    float step = d.readFloat();
    int rows = d.readInt();
    int[] rowStart = new int[(1 << bits) + 1];
    byte[] rowLabel = new byte[rows * 4];
    float[] rowWeight = new float[rows * 4];
    int k = 0;
    int b = -1;
    int filled = 0;
    for (int r = 0; r < rows; r++) {
      int next = b + readVarInt(d);
      for (int x = b + 1; x <= next; x++) {
        rowStart[x] = k;
      }
      b = next;
      int count = d.readUnsignedByte();
      if (k + count > rowLabel.length) {
        rowLabel = Arrays.copyOf(rowLabel, (k + count) * 2);
        rowWeight = Arrays.copyOf(rowWeight, (k + count) * 2);
      }
      for (int c = 0; c < count; c++) {
        rowLabel[k] = d.readByte();
        rowWeight[k] = d.readShort() * step;
        k++;
      }
      filled = b + 1;
    }
    for (int x = filled; x < rowStart.length; x++) {
      rowStart[x] = k;
    }
    return new TaggerModel(labels, bits, version, provenance, rowStart, Arrays.copyOf(rowLabel, k),
        Arrays.copyOf(rowWeight, k));
  }

  private static void writeVarInt(DataOutputStream d, int v) throws IOException {
    while ((v & ~0x7F) != 0) {
      d.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    d.writeByte(v);
  }

  private static int readVarInt(DataInputStream d) throws IOException {
    int v = 0;
    int shift = 0;
    int b;
    do {
      b = d.readUnsignedByte();
      v |= (b & 0x7F) << shift;
      shift += 7;
    } while ((b & 0x80) != 0);
    return v;
  }
}
