package dev.newsfacet.extract.attribution;

import java.util.Arrays;

/** A growable list of feature ids, reused token after token. */
public final class FeatureList {
  private int[] data = new int[64];
  private int size;

  public void add(int feature) {
    if (size == data.length) {
      data = Arrays.copyOf(data, size * 2);
    }
    data[size++] = feature;
  }

  public int size() {
    return size;
  }

  public int get(int k) {
    return data[k];
  }

  public void clear() {
    size = 0;
  }
}
