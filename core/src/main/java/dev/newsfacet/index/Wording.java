package dev.newsfacet.index;

import dev.newsfacet.model.Span;
import dev.newsfacet.model.Statement;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The words a statement quotes, as one hash per word: what tells two outlets' versions of one statement
 * ("… meet in Budapest, Hungary …" and "… meet in an agreed-upon location, Budapest, Hungary …") from two
 * statements. Words are folded first (case, accents, punctuation and quotation-mark style do not count;
 * "agreed-upon" is two words).
 *
 * <p>Two wordings are the same statement ({@link #same}) when the words of the shorter, in order, make up
 * at least {@value #SAME_PERCENT}% of it inside the longer (a word-level longest common subsequence over
 * the shorter's length: a version that quotes a sentence more, leaves a phrase out, or has a phrase
 * interpolated still counts as the same; one word in five may differ), {@value #FRAGMENT_SAME_PERCENT}%
 * when the shorter is a fragment (under {@value #FRAGMENT_PERCENT}% of the longer's length) — or when they
 * share a run of {@value #SHARED_RUN} words in a row, whatever else each quotes — and in every case when
 * every number of the shorter is in the longer ("planned for 41 new houses" is not "planned for 44 new houses"),
 * when both have at least {@value #MIN_WORDS} words, and when they were published at most
 * {@value #DAYS_APART} days apart where both dates are known (a central bank repeating last month's
 * sentence said it again). The thresholds and the guards were chosen on hand-labelled pairs from BBC and
 * Reuters ({@code testdata/groups/}, README "Grouping"), the shared run after reading the misses there; a
 * second labelled set, drawn afterwards, checks it.
 *
 * <p>Finding candidates without comparing every pair: {@link #keys} are winnowed fingerprints of the word
 * pairs (the smallest hash of every {@value #WINDOW} consecutive pairs), so two wordings that share a run
 * of {@value #MIN_WORDS} words share a key for certain. Immutable.
 */
public final class Wording {
  /** The most words kept: a longer quotation is compared by its beginning. */
  public static final int MAX_WORDS = 200;
  /** The fewest words a wording needs to be grouped with a different one. */
  public static final int MIN_WORDS = 4;
  /** How much of the shorter wording the longer must hold, in percent. */
  public static final int SAME_PERCENT = 80;
  /**
   * A wording shorter than this share of the other's length, in percent, is a fragment of it, and a
   * fragment must lie {@value #FRAGMENT_SAME_PERCENT}% inside: "success on the harbour" is not the
   * four-word tail of "… because of what happened on the harbour" with one word changed.
   */
  public static final int FRAGMENT_PERCENT = 60;
  /** How much of a fragment the longer wording must hold, in percent. */
  public static final int FRAGMENT_SAME_PERCENT = 90;
  /**
   * A run of this many words the same in both, in a row, makes two wordings one statement whatever else
   * either quotes (each outlet quoting a different sentence around one they share): the same speaker does
   * not say ten words in a row again within a week by chance.
   */
  public static final int SHARED_RUN = 10;
  /** The most days two dated versions of one statement lie apart. */
  public static final int DAYS_APART = 7;
  /** Word pairs per winnowing window: a shared run of this many pairs (one word more) always shares a key. */
  static final int WINDOW = MIN_WORDS - 1;

  /** No words: what a statement without a stored wording has. */
  public static final Wording EMPTY = new Wording(new int[0]);

  private final int[] words;

  private Wording(int[] words) {
    this.words = words;
  }

  /** The wording of a text: its folded words, hashed (numbers marked), at most {@value #MAX_WORDS}. */
  public static Wording of(String text) {
    List<String> parts = words(text);
    int n = Math.min(parts.size(), MAX_WORDS);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = wordHash(parts.get(i));
    }
    return new Wording(out);
  }

  /** The wording of what a statement quotes: the words inside its quotation marks, in order. */
  public static Wording ofQuoted(Statement s, String articleText) {
    return of(quotedText(s, articleText));
  }

  /**
   * The wording a statement is grouped by: what it quotes, or the whole statement when it quotes fewer than
   * {@value #MIN_WORDS} words (a word or two in quotation marks, "ready", say nothing of which statement
   * they belong to; the words around them do).
   */
  public static Wording ofStatement(Statement s, String articleText) {
    Wording quoted = ofQuoted(s, articleText);
    return quoted.size() < MIN_WORDS ? of(s.text()) : quoted;
  }

  /** The text inside a statement's quotation marks, its parts joined by spaces. */
  public static String quotedText(Statement s, String articleText) {
    StringBuilder words = new StringBuilder();
    for (Span q : s.quoted()) {
      words.append(articleText, q.start(), q.end()).append(' ');
    }
    return words.toString();
  }

  /**
   * The folded words of a text: accents removed, lower case, every run of characters that are neither
   * letters nor digits a word boundary ("U.S." is "u s" in every script, "agreed-upon" two words).
   */
  public static List<String> words(String text) {
    String s = text;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        break;
      }
    }
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue; // an accent split off by the normalisation
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if (!word.isEmpty()) {
        out.add(word.toString());
        word.setLength(0);
      }
    }
    if (!word.isEmpty()) {
      out.add(word.toString());
    }
    return out;
  }

  /** A word's hash; the lowest bit says whether it holds a digit. */
  public static int wordHash(String word) {
    int h = mix(word.hashCode()); // String.hashCode is fixed by the language: the same in every JVM and backend
    boolean number = false;
    for (int i = 0; i < word.length() && !number; i++) {
      number = Character.isDigit(word.charAt(i));
    }
    return number ? h | 1 : h & ~1;
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  private static long mix64(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /** How many words (at most {@value #MAX_WORDS}). */
  public int size() {
    return words.length;
  }

  /**
   * The candidate keys of this wording for one speaker: winnowed word-pair fingerprints, each mixed with the
   * speaker, so that only the same speaker's statements meet. None when the wording is too short to group.
   */
  public long[] keys(String speakerKey) {
    if (words.length < MIN_WORDS) {
      return new long[0];
    }
    long speaker = mix64(speakerKey.hashCode() * 0x9E3779B97F4A7C15L + speakerKey.length());
    long[] pairs = new long[words.length - 1];
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] = mix64(((long) words[i] << 32) ^ (words[i + 1] & 0xffffffffL));
    }
    long[] picked = new long[pairs.length];
    int n = 0;
    int last = -1;
    for (int w = 0; w + WINDOW <= pairs.length; w++) {
      int min = w;
      for (int i = w + 1; i < w + WINDOW; i++) {
        if (pairs[i] <= pairs[min]) {
          min = i; // the rightmost smallest: a run of equal windows keeps one pick
        }
      }
      if (min != last) {
        picked[n++] = mix64(pairs[min] ^ speaker) & 0xffffffffL; // 32 bits: four bytes a key in the index
        last = min;
      }
    }
    long[] keys = Arrays.stream(picked, 0, n).distinct().sorted().toArray();
    return keys;
  }

  /**
   * How much of the shorter wording the longer holds, in order: their longest common subsequence of words
   * over the shorter's length (0 when either is empty).
   */
  public double similarity(Wording other) {
    int shorter = Math.min(words.length, other.words.length);
    return shorter == 0 ? 0 : (double) commonWords(other) / shorter;
  }

  /** The length of the longest common subsequence of the two wordings' words. */
  int commonWords(Wording other) {
    int[] a = words.length <= other.words.length ? words : other.words;
    int[] b = a == words ? other.words : words;
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (int x : a) {
      for (int j = 0; j < b.length; j++) {
        cur[j + 1] = x == b[j] ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length];
  }

  /** The most words in a row the two wordings share. */
  int longestSharedRun(Wording other) {
    int[] a = words;
    int[] b = other.words;
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    int best = 0;
    for (int x : a) {
      for (int j = 0; j < b.length; j++) {
        cur[j + 1] = x == b[j] ? prev[j] + 1 : 0;
        best = Math.max(best, cur[j + 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return best;
  }

  /** Whether every number of the shorter wording is also in the longer. */
  boolean numbersWithin(Wording other) {
    int[] a = words.length <= other.words.length ? words : other.words;
    int[] b = a == words ? other.words : words;
    int[] sortedB = null;
    for (int x : a) {
      if ((x & 1) == 1) {
        if (sortedB == null) {
          sortedB = b.clone();
          Arrays.sort(sortedB);
        }
        if (Arrays.binarySearch(sortedB, x) < 0) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether two wordings of one speaker are one statement (see the class comment).
   *
   * @param dayA days since 1970-01-01 the first was published, or null when not known (likewise {@code dayB})
   */
  public static boolean same(Wording a, Long dayA, Wording b, Long dayB) {
    if (Arrays.equals(a.words, b.words)) {
      return true;
    }
    if (a.words.length < MIN_WORDS || b.words.length < MIN_WORDS) {
      return false;
    }
    if (dayA != null && dayB != null && Math.abs(dayA - dayB) > DAYS_APART) {
      return false;
    }
    if (!a.numbersWithin(b)) {
      return false;
    }
    if (a.longestSharedRun(b) >= SHARED_RUN) {
      return true;
    }
    int shorter = Math.min(a.size(), b.size());
    boolean fragment = shorter * 100 < FRAGMENT_PERCENT * Math.max(a.size(), b.size());
    return a.commonWords(b) * 100 >= (fragment ? FRAGMENT_SAME_PERCENT : SAME_PERCENT) * shorter;
  }

  /** The wording as bytes (four per word), for a column of the index. */
  public byte[] bytes() {
    ByteBuffer buf = ByteBuffer.allocate(words.length * 4);
    for (int w : words) {
      buf.putInt(w);
    }
    return buf.array();
  }

  /** A wording from its {@link #bytes()} in Base64 (as OpenSearch returns them); empty when malformed. */
  public static Wording decode(String encoded) {
    byte[] ascii = encoded.getBytes(StandardCharsets.ISO_8859_1);
    return decode(ascii, 0, ascii.length);
  }

  /** A wording from its {@link #bytes()} (what the embedded index keeps). */
  public static Wording fromBytes(byte[] bytes, int offset, int length) {
    ByteBuffer buf = ByteBuffer.wrap(bytes, offset, length);
    int[] out = new int[length / 4];
    for (int i = 0; i < out.length; i++) {
      out[i] = buf.getInt();
    }
    return new Wording(out);
  }

  /** A wording from the ASCII bytes of its {@link #bytes()} in Base64; empty when they are malformed. */
  public static Wording decode(byte[] ascii, int offset, int length) {
    ByteBuffer buf;
    try {
      buf = Base64.getDecoder().decode(ByteBuffer.wrap(ascii, offset, length));
    } catch (IllegalArgumentException e) {
      return new Wording(new int[0]);
    }
    int[] out = new int[buf.remaining() / 4];
    for (int i = 0; i < out.length; i++) {
      out[i] = buf.getInt();
    }
    return new Wording(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Wording w && Arrays.equals(words, w.words);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(words);
  }
}
