package dev.newsfacet.eval;

import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word tokens a (possibly discontinuous) span covers, as character ranges. Comparing token sets
 * ignores white space, punctuation and quotation marks at the ends, as the scorers require.
 */
public record TokenSet(TreeSet<Long> tokens) {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Tokens of the fragments {start0, end0, start1, end1, ...} of text. */
  public static TokenSet of(String text, int... fragments) {
    TreeSet<Long> out = new TreeSet<>();
    for (int i = 0; i + 1 < fragments.length; i += 2) {
      int s = Math.max(0, fragments[i]);
      int e = Math.min(text.length(), fragments[i + 1]);
      if (e <= s) {
        continue;
      }
      Matcher m = WORD.matcher(text).region(s, e);
      boolean any = false;
      while (m.find()) {
        out.add(((long) m.start() << 32) | m.end());
        any = true;
      }
      if (!any) {
        // a cue like ":" has no word: the trimmed characters are its one token
        String frag = text.substring(s, e);
        int a = s + (frag.length() - frag.stripLeading().length());
        int b = e - (frag.length() - frag.stripTrailing().length());
        if (b > a) {
          out.add(((long) a << 32) | b);
        }
      }
    }
    return new TokenSet(out);
  }

  public int size() {
    return tokens.size();
  }

  public boolean isEmpty() {
    return tokens.isEmpty();
  }

  public int shared(TokenSet o) {
    int n = 0;
    for (Long t : tokens) {
      if (o.tokens.contains(t)) {
        n++;
      }
    }
    return n;
  }

  /** True when both share at least half of the longer one's tokens. */
  public boolean overlaps(TokenSet o) {
    int s = shared(o);
    return s > 0 && s * 2 >= Math.max(size(), o.size());
  }

  public boolean sameAs(TokenSet o) {
    return !tokens.isEmpty() && tokens.equals(o.tokens);
  }

  /** First and last character offsets covered, for showing context. */
  public int[] bounds() {
    if (tokens.isEmpty()) {
      return new int[] {0, 0};
    }
    return new int[] {(int) (tokens.first() >>> 32), (int) (tokens.last() & 0xffffffffL)};
  }
}
