package dev.newsfacet.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an article is about, for telling whether two articles cover one story: its {@value #TERMS} heaviest
 * words among the first {@value #WORDS} of its title and text, each weighted by how often it occurs there
 * and how rare it is in news ({@link WordRarity}: {@code (1 + ln tf) * ln(1 + rank)}), the vector
 * normalised to length one. Numbers and the {@value #COMMON_RANK} commonest words do not count.
 *
 * <p>Two articles are one story ({@link #sameStory}) when the cosine of their vectors is at least
 * {@value #SAME_STORY_PERCENT}% and, where both are dated, they were published at most {@value #DAYS_APART}
 * days apart. The threshold was chosen on half of a hand-labelled sample of BBC and Reuters article pairs
 * ({@code testdata/groups/same-story-pairs.tsv}) and measured on the other half (README "Grouping").
 * Candidates are found through {@link #keys}: the hashes of the {@value #KEYS} heaviest words; two articles
 * are compared when they share {@value #MIN_SHARED_KEYS} of them. Immutable.
 */
public final class StoryTerms {
  /** The words of an article read: its opening, where news says what happened. */
  public static final int WORDS = 600;
  /** The words kept per article. */
  public static final int TERMS = 40;
  /** The words a candidate key is made from. */
  public static final int KEYS = 8;
  /** Keys two articles must share to be compared. */
  public static final int MIN_SHARED_KEYS = 2;
  /** Words commoner than this rank say nothing about a story. */
  public static final int COMMON_RANK = 50;
  /** The least cosine of one story, in percent. */
  public static final int SAME_STORY_PERCENT = 32;
  /** The most days apart two dated articles of one story lie. */
  public static final int DAYS_APART = 3;

  /** No words: an article without any, or one indexed without story terms. */
  public static final StoryTerms EMPTY = new StoryTerms(new int[0], new float[0], new long[0]);

  private final int[] words; // sorted hashes
  private final float[] weights; // matching words, the vector of length one
  private final long[] keys;

  private StoryTerms(int[] words, float[] weights, long[] keys) {
    this.words = words;
    this.weights = weights;
    this.keys = keys;
  }

  /** The story terms of an article. */
  public static StoryTerms of(String title, String text, WordRarity rarity) {
    List<String> all = new ArrayList<>(Wording.words(title == null ? "" : title));
    String body = text == null ? "" : text;
    // the opening only: tokenising (and normalising) a long article whole cost more than the rest
    all.addAll(Wording.words(body.substring(0, Math.min(body.length(), WORDS * 12))));
    Map<String, Integer> tf = new HashMap<>();
    for (String w : all.subList(0, Math.min(all.size(), WORDS))) {
      if (w.length() > 1 && !isNumber(w)) {
        tf.merge(w, 1, Integer::sum);
      }
    }
    record Weighted(int hash, double weight) {}
    List<Weighted> ranked = new ArrayList<>();
    boolean known = rarity.known();
    tf.forEach((w, n) -> {
      int rank = rarity.rank(w); // once per distinct word: the look-up was most of this method's time
      if (!(known && rank < COMMON_RANK)) {
        ranked.add(new Weighted(Wording.wordHash(w), (1 + Math.log(n)) * Math.log(1 + rank)));
      }
    });
    // heaviest first; equal weights by hash, so that the same article always keeps the same words
    ranked.sort((a, b) -> a.weight() != b.weight() ? Double.compare(b.weight(), a.weight()) : Integer.compare(a.hash(), b.hash()));
    List<Weighted> top = ranked.subList(0, Math.min(TERMS, ranked.size()));
    double norm = Math.sqrt(top.stream().mapToDouble(x -> x.weight() * x.weight()).sum());
    List<Weighted> byHash = new ArrayList<>(top);
    byHash.sort((a, b) -> Integer.compare(a.hash(), b.hash()));
    int[] words = new int[byHash.size()];
    float[] weights = new float[byHash.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = byHash.get(i).hash();
      weights[i] = (float) (byHash.get(i).weight() / norm);
    }
    return new StoryTerms(words, weights, top.stream().limit(KEYS).mapToLong(x -> x.hash() & 0xffffffffL).sorted().toArray());
  }

  private static boolean isNumber(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The candidate keys: the hashes of the heaviest words (none for a decoded sketch: keys are indexed apart). */
  public long[] keys() {
    return keys.clone();
  }

  /** The cosine of two articles' vectors (0 when either has no words). */
  public double cosine(StoryTerms other) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < words.length && j < other.words.length) {
      if (words[i] == other.words[j]) {
        sum += (double) weights[i++] * other.weights[j++];
      } else if (words[i] < other.words[j]) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  /**
   * Whether two articles cover one story (see the class comment).
   *
   * @param dayA days since 1970-01-01 the first was published, or null when not known (likewise {@code dayB})
   */
  public static boolean sameStory(StoryTerms a, Long dayA, StoryTerms b, Long dayB) {
    if (dayA != null && dayB != null && Math.abs(dayA - dayB) > DAYS_APART) {
      return false;
    }
    return a.cosine(b) * 100 >= SAME_STORY_PERCENT;
  }

  /** The words and weights as bytes (six per word, weights to 1/65535), for a column of the index. */
  public byte[] bytes() {
    ByteBuffer buf = ByteBuffer.allocate(words.length * 6);
    for (int i = 0; i < words.length; i++) {
      buf.putInt(words[i]).putShort((short) Math.round(weights[i] * 65535));
    }
    return buf.array();
  }

  /** Terms from the ASCII bytes of their {@link #bytes()} in Base64; empty when they are malformed. */
  public static StoryTerms decode(byte[] ascii, int offset, int length) {
    ByteBuffer buf;
    try {
      buf = Base64.getDecoder().decode(ByteBuffer.wrap(ascii, offset, length));
    } catch (IllegalArgumentException e) {
      return EMPTY;
    }
    return fromBuffer(buf);
  }

  /** Terms from their {@link #bytes()} (what the embedded index keeps). */
  public static StoryTerms fromBytes(byte[] bytes, int offset, int length) {
    return fromBuffer(ByteBuffer.wrap(bytes, offset, length));
  }

  private static StoryTerms fromBuffer(ByteBuffer buf) {
    int n = buf.remaining() / 6;
    int[] words = new int[n];
    float[] weights = new float[n];
    for (int i = 0; i < n; i++) {
      words[i] = buf.getInt();
      weights[i] = (buf.getShort() & 0xffff) / 65535f;
    }
    return new StoryTerms(words, weights, new long[0]);
  }

  /** Terms from {@link #bytes()}. */
  public static StoryTerms decode(String encoded) {
    byte[] ascii = encoded.getBytes(StandardCharsets.ISO_8859_1);
    return decode(ascii, 0, ascii.length);
  }

  /** How many words. */
  public int size() {
    return words.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoryTerms t && Arrays.equals(words, t.words) && Arrays.equals(weights, t.weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(words);
  }
}
