package dev.newsfacet.extract.entity;

/**
 * Feature ids are hashes of a template number and a value, folded into a fixed number of buckets: the
 * model stores weights per bucket, never the feature strings, so no training text can be read back
 * from it. Stable across runs and machines ({@link String#hashCode} is specified by the language).
 */
public final class FeatureHash {
  private FeatureHash() {}

  public static int of(int template, String value) {
    return mix(template * 0x9E3779B9 + value.hashCode());
  }

  public static int of(int template, int value) {
    return mix(template * 0x9E3779B9 + value * 0x85EBCA6B + 0x165667B1);
  }

  public static int of(int template, int a, String b) {
    return mix(template * 0x9E3779B9 + a * 0x85EBCA6B + b.hashCode());
  }

  /** Murmur3's finaliser: spreads nearby inputs over all bits. */
  public static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }
}
