package dev.newsfacet.extract.date;

import dev.newsfacet.extract.DateExtractor;
import dev.newsfacet.model.DateMention;
import dev.newsfacet.text.CalendarWords;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporal expressions by the rules of {@link DateRules}: explicit dates ("Aug. 15, 2025", "15 August",
 * "February 2022", "2023", "2025-10-16"), weekdays and deictic words ("Thursday", "tomorrow", "next week",
 * "earlier this year", "two months ago") resolved against the published date, durations ("two years")
 * and sets ("every week"). Each rule is tried only where a word it can start with stands.
 */
public final class RuleBasedDateExtractor implements DateExtractor {
  private static final List<DateRule> RULES = DateRules.ALL;
  private static final Triggers TRIGGERS = new Triggers(RULES);
  private static final String MONTH = "(" + CalendarWords.capitalisedMonthAlternation() + "|"
      + CalendarWords.capitalisedAbbreviationAlternation() + ")";
  private static final Pattern FULL_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b|\\b" + MONTH
      + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  /** Bounds each prefix cache (about 100 bytes an entry): past it, masks are computed afresh. */
  private static final int MAX_CACHED_PREFIXES = 50_000;
  private static final long ALL_RULES = -1L;

  /** A mention and the rule that made it. */
  record Found(String rule, DateMention mention) {}

  /** The rules that can start at a word, by word; and by the word and the next ({@link #twoWordsAt}). */
  private final Map<String, Long> ruleMasks = new ConcurrentHashMap<>();
  private final Map<String, Long> rulePhraseMasks = new ConcurrentHashMap<>();

  /**
   * {@inheritDoc} Without a published date, the first full date written in the text ("Aug. 15, 2025",
   * "2025-08-15") anchors relative expressions; with neither, unknown parts stay unknown.
   */
  @Override
  public List<DateMention> extract(String text, LocalDate published) {
    return find(text, published).stream().map(Found::mention).toList();
  }

  /** As {@link #extract}, each mention with the rule that made it. */
  List<Found> find(String text, LocalDate published) {
    return findAnchored(text, published != null ? published : anchorIn(text));
  }

  /** The first full date written in the text, or null. */
  static LocalDate anchorIn(String text) {
    Matcher m = FULL_DATE.matcher(text);
    m.useTransparentBounds(true).useAnchoringBounds(false);
    String lower = text.toLowerCase(Locale.ROOT);
    for (int at : triggerPositions(text, lower.length() == text.length() ? lower : null)) {
      m.region(at, Math.min(text.length(), at + 40));
      if (!m.lookingAt()) {
        continue;
      }
      try {
        if (m.group(1) != null) {
          return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        return LocalDate.of(Integer.parseInt(m.group(6)), DateWords.month(m.group(4)), Integer.parseInt(m.group(5)));
      } catch (DateTimeException | NumberFormatException e) {
        // not a real date: look further
      }
    }
    return null;
  }

  private List<Found> findAnchored(String text, LocalDate published) {
    List<Found> found = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() != text.length()) {
      lower = null; // a rare character changed length when lower-cased: fall back below
    }
    DateContext context = new DateContext(text, published,
        part -> findAnchored(part, published).stream().map(Found::mention).toList());
    int[] starts = triggerPositions(text, lower);
    long[] masks = new long[starts.length];
    for (int k = 0; k < starts.length; k++) {
      long byWord = rulesStartingWith(ruleMasks, wordAt(text, starts[k]), ALL_RULES);
      masks[k] = byWord == 0 ? 0 : rulesStartingWith(rulePhraseMasks, twoWordsAt(text, starts[k]), byWord);
    }
    for (int r = 0; r < RULES.size(); r++) {
      DateRule rule = RULES.get(r);
      Matcher m = rule.caseless() && lower != null ? rule.pattern().matcher(lower)
          : rule.caseless() ? Pattern.compile(rule.pattern().pattern(), Pattern.CASE_INSENSITIVE).matcher(text)
          : rule.pattern().matcher(text);
      // every expression begins with a trigger word: try the rule only there (one pass per rule over
      // the whole text made this the slowest extractor)
      m.useTransparentBounds(true).useAnchoringBounds(false);
      for (int k = 0; k < starts.length; k++) {
        int at = starts[k];
        if (taken[at] || (masks[k] & (1L << r)) == 0) {
          continue;
        }
        m.region(at, Math.min(text.length(), at + 120));
        if (!m.lookingAt() || anyTaken(taken, m.start(), m.end())) {
          continue;
        }
        DateMention d = rule.value().of(m, context);
        if (d != null) {
          found.add(new Found(rule.name(), d));
          for (int i = d.start(); i < d.end(); i++) {
            taken[i] = true;
          }
        }
      }
    }
    found.sort(Comparator.comparingInt(f -> f.mention().start()));
    return List.copyOf(YearAgo.fromReference(found));
  }

  /**
   * Of the {@code candidates} (a bit per rule), the rules that can match at the start of {@code prefix}, a
   * piece of text from where an expression would begin: those that match in it or run past its end trying.
   * Asking each rule once per distinct word, and then per distinct two words, instead of at every
   * occurrence, keeps most regex work off the common trigger words ("the", "a", numbers) that begin only a
   * few kinds of expression ("the past three months", never "the company"). {@code cache} remembers the
   * answers (the candidates for a prefix are always the same: those of its first word).
   */
  private static long rulesStartingWith(Map<String, Long> cache, String prefix, long candidates) {
    Long known = cache.get(prefix);
    if (known != null) {
      return known;
    }
    long mask = 0;
    String lower = prefix.toLowerCase(Locale.ROOT);
    for (int r = 0; r < RULES.size(); r++) {
      if ((candidates & (1L << r)) == 0) {
        continue;
      }
      DateRule rule = RULES.get(r);
      Matcher m = rule.pattern().matcher(rule.caseless() ? lower : prefix);
      if (m.lookingAt() || m.hitEnd()) {
        mask |= 1L << r;
      }
    }
    if (cache.size() < MAX_CACHED_PREFIXES) {
      cache.put(prefix, mask);
    }
    return mask;
  }

  /** The word at {@code at}, what follows it up to the next word, and that word (at most 40 characters in all). */
  private static String twoWordsAt(String text, int at) {
    int limit = Math.min(text.length(), at + 40);
    int j = at;
    while (j < limit && Character.isLetterOrDigit(text.charAt(j))) {
      j++;
    }
    while (j < limit && !Character.isLetterOrDigit(text.charAt(j))) {
      j++;
    }
    while (j < limit && Character.isLetterOrDigit(text.charAt(j))) {
      j++;
    }
    return text.substring(at, j);
  }

  private static String wordAt(String text, int at) {
    int j = at;
    while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
      j++;
    }
    return text.substring(at, j);
  }

  /**
   * Offsets where a word begins that a temporal expression can begin with ({@link Triggers}); {@code lower}
   * is the text in lower case when that kept its length (else null).
   */
  private static int[] triggerPositions(String text, String lower) {
    int[] out = new int[64];
    int n = 0;
    int i = 0;
    int len = text.length();
    while (i < len) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int j = i;
      while (j < len && Character.isLetterOrDigit(text.charAt(j))) {
        j++;
      }
      if (Character.isDigit(c) || (j - i <= 14 && TRIGGERS.starts(lower != null ? lower.substring(i, j) : text.substring(i, j)))) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = i;
      }
      i = j;
    }
    return Arrays.copyOf(out, n);
  }

  private static boolean anyTaken(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }
}
