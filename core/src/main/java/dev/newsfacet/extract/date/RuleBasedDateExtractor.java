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
  private static final int MAX_CACHED_WORDS = 50_000;

  /** A mention and the rule that made it. */
  record Found(String rule, DateMention mention) {}

  private final Map<String, Long> ruleMasks = new ConcurrentHashMap<>();

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
      masks[k] = rulesStartingWith(wordAt(text, starts[k]));
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
   * The rules (a bit each) that can match at a word: those that match the word alone or run past its end
   * trying. Asking each rule once per distinct word, instead of at every occurrence, keeps most regex work
   * off the common trigger words ("the", "a", numbers) that begin only a few kinds of expression.
   */
  private long rulesStartingWith(String word) {
    Long known = ruleMasks.get(word);
    if (known != null) {
      return known;
    }
    long mask = 0;
    String lower = word.toLowerCase(Locale.ROOT);
    for (int r = 0; r < RULES.size(); r++) {
      DateRule rule = RULES.get(r);
      Matcher m = rule.pattern().matcher(rule.caseless() ? lower : word);
      if (m.lookingAt() || m.hitEnd()) {
        mask |= 1L << r;
      }
    }
    if (ruleMasks.size() < MAX_CACHED_WORDS) {
      ruleMasks.put(word, mask);
    }
    return mask;
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
