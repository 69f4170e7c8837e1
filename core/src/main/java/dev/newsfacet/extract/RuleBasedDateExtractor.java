package dev.newsfacet.extract;

import dev.newsfacet.model.DateMention;
import dev.newsfacet.model.DateType;
import dev.newsfacet.text.CalendarWords;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporal expressions by pattern: explicit dates ("Aug. 15, 2025", "15 August", "February 2022",
 * "2023", "2025-10-16"), weekdays and deictic words ("Thursday", "tomorrow", "next week",
 * "earlier this year", "two months ago") resolved against the published date, durations ("two years")
 * and sets ("every week"). Weekdays look at the sentence's tense to pick the past or the coming one.
 */
public final class RuleBasedDateExtractor implements DateExtractor {
  private static final Map<String, Integer> MONTHS = CalendarWords.MONTH_NUMBERS;
  private static final Map<String, DayOfWeek> WEEKDAYS = CalendarWords.WEEKDAYS;
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("several", -1), Map.entry("few", -1), Map.entry("a few", -1),
      Map.entry("many", -1), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
      Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
      Map.entry("a couple of", 2));
  private static final Map<String, String> UNITS = Map.ofEntries(
      Map.entry("year", "Y"), Map.entry("years", "Y"), Map.entry("month", "M"), Map.entry("months", "M"),
      Map.entry("week", "W"), Map.entry("weeks", "W"), Map.entry("day", "D"), Map.entry("days", "D"),
      Map.entry("decade", "DE"), Map.entry("decades", "DE"), Map.entry("century", "CE"), Map.entry("centuries", "CE"),
      Map.entry("hour", "H"), Map.entry("hours", "H"), Map.entry("minute", "MIN"), Map.entry("minutes", "MIN"),
      Map.entry("min", "MIN"), Map.entry("quarter", "Q"), Map.entry("quarters", "Q"));
  private static final Set<String> FUTURE_MARKERS = Set.copyOf(List.of("will", "would", "'ll", "’ll", "shall", "going",
      "scheduled", "expected", "plans", "plan", "planned", "ahead", "upcoming", "next", "set", "due", "to"));
  private static final Set<String> PAST_MARKERS = Set.copyOf(List.of("said", "was", "were", "had", "did", "met", "spoke",
      "told", "announced", "mentioned", "indicated", "stated", "remarked", "wrote", "posted", "reported",
      "warned", "added", "last", "ago", "earlier", "signed", "held", "visited", "called", "made"));

  private static final String MONTH = "(" + CalendarWords.capitalisedMonthAlternation() + "|"
      + CalendarWords.capitalisedAbbreviationAlternation() + ")";
  /** "the end of 1989", "the middle of October": part of the expression, same value as the inner one. */
  private static final String PART_OF = "(?:(?:the\\s+)?(?:end|beginning|start|middle|first half|second half|last half|latter half|rest)\\s+of\\s+)?";
  private static final String TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
  private static final String NUM = "(" + TENS + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
      + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a couple of|a|an|one|two|three|four|five"
      + "|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|many|\\d+)";
  private static final String UNIT = "(years?|months?|weeks?|days?|decades?|centuries|century|hours?|minutes?|min|quarters?)";

  /**
   * The space between the parts of one date: blanks, and at most one line break ("26 February" at the end
   * of a paragraph and "1600 GMT" opening the next are two things, not the date 1600-02-26).
   */
  private static final String GAP = "(?:[ \\t]+(?:\\n[ \\t]*)?|\\n[ \\t]*)";
  /** Four digits followed by a time zone are a clock time ("1600 GMT"), not a year. */
  private static final String NOT_CLOCK = "(?![ \\t]*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|hrs|hours)\\b)";

  /** caseless: matched against the lower-cased text, which is faster than a case-insensitive pattern. */
  private record Rule(Pattern pattern, Kind kind, boolean caseless) {
    Rule(Pattern pattern, Kind kind) {
      this(pattern, kind, false);
    }
  }

  private static Rule caseless(String regex, Kind kind) {
    // lower-case the literal letters, not escapes such as \\S or \\p{L}
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      boolean escaped = i > 0 && regex.charAt(i - 1) == '\\';
      boolean inProperty = i > 1 && regex.charAt(i - 1) == '{' && regex.charAt(i - 2) == 'p';
      sb.append(escaped || inProperty ? c : Character.toLowerCase(c));
    }
    return new Rule(Pattern.compile(sb.toString()), kind, true);
  }

  private enum Kind { ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, MONTH_YEAR, MONTH_DAY, MONTH, YEAR, WEEKDAY, DEICTIC,
    RELATIVE_UNIT, AGO, DURATION, SET, PRESENT, QUARTER, SEASON, FISCAL_QUARTER, VAGUE, WEEKEND, VAGUE_DURATION,
    CLOCK, DECADE, HOLIDAY, YEAR_END }

  private static final List<Rule> RULES = List.of(
      caseless("\\b(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?m\\.?(?:\\s+(?:est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|et|bst|cet))?"
          + "(?:,?\\s+(?:on\\s+)?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}"
          + "|" + CalendarWords.weekdayAlternation() + "|today|yesterday|tomorrow))?", Kind.CLOCK),
      new Rule(Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"), Kind.ISO),
      caseless("\\b(?:the\\s+)?(?:(?<lead>1[89]\\d{2}|20\\d{2})\\s+)?(?:(year-ago|year-earlier|year ago|year earlier|latest|current|this|fiscal|same|previous|past|most recent)\\s+)?"
          + "(?:(?:fiscal\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+)?quarter\\b"
          + "(?:\\s+(?:of\\s+)?(\\d{4}|this year|last year|next year))?", Kind.FISCAL_QUARTER),
      caseless("\\b(?:a|one)\\s+year\\s+(?:earlier|before)\\b|\\byear-(?:earlier|ago)\\b", Kind.VAGUE),
      // vague references that TimeML annotators tag most of the time; "the past", "soon", "recent", "previously" and a bare
      // "future" are tagged in under a third of their uses, so they are left out
      caseless("\\b(recently|recent years|currently|current|the future|nowadays|"
          + "these days|lately|the near future|the coming days)\\b", Kind.VAGUE),
      caseless("\\b(?:(this|last|next|the)\\s+)weekend\\b", Kind.WEEKEND),
      caseless("\\b(?:the\\s+)?(?:(?:early|mid|late)[- ])?(1[89]\\d0|20\\d0)'?s\\b", Kind.DECADE),
      caseless("\\b(christmas day|christmas eve|christmas|new year's day|new year's eve|thanksgiving day|thanksgiving|"
          + "independence day|halloween|valentine's day|labor day|memorial day|easter)\\b", Kind.HOLIDAY),
      caseless("\\b(?:(?:the|this)\\s+)?(?:year-end|year's end|year end|end of the year)\\b", Kind.YEAR_END),
      caseless("\\bfor\\s+(days|weeks|months|years|decades)\\b", Kind.VAGUE_DURATION),
      new Rule(Pattern.compile("\\b" + MONTH + GAP + "(\\d{1,2})(?:st|nd|rd|th)?,?" + GAP + "(\\d{4})\\b" + NOT_CLOCK), Kind.MONTH_DAY_YEAR),
      new Rule(Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?" + GAP + MONTH + ",?" + GAP + "(\\d{4})\\b" + NOT_CLOCK), Kind.DAY_MONTH_YEAR),
      new Rule(Pattern.compile("\\b" + MONTH + ",?" + GAP + "(\\d{4})\\b" + NOT_CLOCK), Kind.MONTH_YEAR),
      new Rule(Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d)"), Kind.MONTH_DAY),
      new Rule(Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\b"), Kind.DAY_MONTH_YEAR),
      caseless("\\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter|Q([1-4]))(?:\\s+of)?\\s+(\\d{4}|this year|last year|next year)?", Kind.QUARTER),
      new Rule(Pattern.compile("\\b(?:(?:the|this past|this|last|next|the early|the late|early|late)\\s+)?(spring|summer|autumn|fall|winter)\\b(?:\\s+(?:of\\s+)?(\\d{4}))?"), Kind.SEASON),
      new Rule(Pattern.compile("(?i:\\b" + PART_OF + "(?:(last|this|next|this past|this coming)\\s+)?)(?:(?:early|late|mid)[- ])?"
          + "(" + CalendarWords.capitalisedMonthAlternation() + ")\\b"), Kind.MONTH),
      new Rule(Pattern.compile("\\b(?:(?:last|next|this|on|by|until|since|before|from|the previous|previous|this coming|the coming|coming)\\s+)?(" + CalendarWords.capitalisedWeekdayAlternation() + ")(?:\\s+(morning|afternoon|evening|night))?\\b"), Kind.WEEKDAY),
      caseless("\\b" + PART_OF + "(?:(early|late)\\s+)?(this|last|next|the past|the coming|the previous|the last|the next)\\s+(week|month|year|decade|weekend)\\b", Kind.RELATIVE_UNIT),
      caseless("\\b(?:(?:about|nearly|almost|some|around|more than|less than|over)\\s+)?" + NUM + "\\s+" + UNIT + "\\s+ago\\b", Kind.AGO),
      caseless("\\b(?:(?:late|early)\\s+)?(today|tonight|tomorrow|yesterday|this morning|this afternoon|this evening|last night|the day before|the day after|the next day|the following day|the previous day)\\b", Kind.DEICTIC),
      caseless("\\b(every|each)\\s+(day|week|month|year|morning|evening|night|" + CalendarWords.weekdayAlternation() + ")\\b|\\b(daily|weekly|monthly|annually|yearly)\\b", Kind.SET),
      // "the past three months", "the first nine months": TimeML counts the determiner in a duration's extent
      caseless("\\b(?:the\\s+(?:(?:past|last|next|first|previous|coming|following)\\s+)?|(?:about|nearly|almost|some|around|more than|less than|over|up to|at least)\\s+)?" + NUM + "[- ]" + UNIT + "\\b", Kind.DURATION),
      caseless("\\b(now|currently|nowadays|at present|at the moment)\\b", Kind.PRESENT),
      new Rule(Pattern.compile("(?i:\\b" + PART_OF + "(?:(?:fiscal|early|late|mid)[- ]|the\\s+(?=\\d{4}\\s+period))?)(?<![\\d.,$€£-])\\b(1[89]\\d{2}|20\\d{2})(?:\\s+period)?\\b(?![.,]?\\d)(?!\\s*(?:km|kilomet|mile|people|troops|soldiers|%|percent))"), Kind.YEAR));

  static {
    if (RULES.size() > Long.SIZE) {
      throw new AssertionError("rule masks hold at most 64 rules");
    }
  }

  private static final Pattern FULL_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b|\\b" + MONTH
      + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");

  /**
   * {@inheritDoc} Without a published date, the first full date written in the text ("Aug. 15, 2025",
   * "2025-08-15") anchors relative expressions; with neither, unknown parts stay unknown.
   */
  @Override
  public List<DateMention> extract(String text, LocalDate published) {
    return extractAnchored(text, published != null ? published : anchorIn(text));
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
        return LocalDate.of(Integer.parseInt(m.group(6)), month(m.group(4)), Integer.parseInt(m.group(5)));
      } catch (java.time.DateTimeException | NumberFormatException e) {
        // not a real date: look further
      }
    }
    return null;
  }

  private List<DateMention> extractAnchored(String text, LocalDate published) {
    List<DateMention> found = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() != text.length()) {
      lower = null; // a rare character changed length when lower-cased: fall back below
    }
    int[] starts = triggerPositions(text, lower);
    long[] masks = new long[starts.length];
    for (int k = 0; k < starts.length; k++) {
      masks[k] = rulesStartingWith(wordAt(text, starts[k]));
    }
    for (int r = 0; r < RULES.size(); r++) {
      Rule rule = RULES.get(r);
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
        if (!m.lookingAt()) {
          continue;
        }
        int start = m.start();
        int end = m.end();
        if (anyTaken(taken, start, end)) {
          continue;
        }
        DateMention d = normalise(rule.kind(), m, text, published);
        if (d != null) {
          found.add(d);
          for (int i = d.start(); i < d.end(); i++) {
            taken[i] = true;
          }
        }
      }
    }
    found.sort(Comparator.comparingInt(DateMention::start));
    return List.copyOf(yearAgoFromReference(found));
  }

  private static final Pattern YEAR_AGO = Pattern.compile(
      "(?i)(?:the\\s+)?(?:(?:a|one) year (?:ago|earlier|before)|year-(?:earlier|ago)(?: period| quarter)?)");
  private static final Pattern YEAR_PERIOD = Pattern.compile("(?i)the (\\d{4}) period");
  private static final Pattern REFERENCE_VALUE = Pattern.compile("(\\d{4})(-Q[1-4]|-\\d{2}|-\\d{2}-\\d{2})");

  /**
   * "Profit rose in the third quarter from $5 million a year earlier": "a year ago/earlier" means the
   * period just spoken of, a year back (1988-Q3 after "the third quarter" of 1989), not merely last year.
   * The reference is the closest date with a quarter, month or day before it in the last few hundred
   * characters; without one the value stays as the rules gave it.
   */
  private static List<DateMention> yearAgoFromReference(List<DateMention> found) {
    List<DateMention> out = new ArrayList<>(found.size());
    DateMention reference = null;
    for (DateMention d : found) {
      Matcher v = reference != null && d.start() - reference.end() <= 300
          ? REFERENCE_VALUE.matcher(reference.value()) : null;
      if (v != null && v.matches() && YEAR_AGO.matcher(d.text()).matches()) {
        String value = (Integer.parseInt(v.group(1)) - 1) + v.group(2);
        out.add(new DateMention(d.start(), d.end(), d.text(), d.type(), value));
        continue;
      }
      Matcher period = YEAR_PERIOD.matcher(d.text());
      if (v != null && v.matches() && v.group(2).startsWith("-Q") && period.matches()) {
        // "the 1988 period" after "the third quarter": that quarter of 1988
        out.add(new DateMention(d.start(), d.end(), d.text(), d.type(), period.group(1) + v.group(2)));
        continue;
      }
      out.add(d);
      if (d.value() != null && REFERENCE_VALUE.matcher(d.value()).matches()) {
        reference = d;
      }
    }
    return out;
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
      Rule rule = RULES.get(r);
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

  private static final int MAX_CACHED_WORDS = 50_000;
  private final Map<String, Long> ruleMasks = new java.util.concurrent.ConcurrentHashMap<>();

  private static String wordAt(String text, int at) {
    int j = at;
    while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
      j++;
    }
    return text.substring(at, j);
  }

  private static final Set<String> TRIGGERS = Set.copyOf(List.of("today", "tonight", "tomorrow", "yesterday", "this", "last",
      "next", "earlier", "later", "the", "every", "each", "daily", "weekly", "monthly", "annually", "yearly", "now",
      "currently", "nowadays", "at", "about", "nearly", "almost", "some", "around", "more", "less", "over", "up",
      "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "several", "few", "many", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "couple", "first", "second", "third", "fourth", "q1", "q2", "q3", "q4", "spring", "summer",
      "autumn", "fall", "winter", "early", "late", "mid", "on", "by", "until", "since", "before", "from",
      "christmas", "new", "thanksgiving", "independence", "halloween", "valentine", "labor", "memorial", "easter",
      "end", "beginning", "start", "middle", "rest", "latter", "half", "quarter", "year", "latest", "current", "fiscal", "same", "previous", "past", "most", "recently", "recent",
      "currently", "future", "soon", "previously", "once", "nowadays", "these", "lately", "in", "for", "weekend"));
  /** Every word a date expression may start with: the triggers, months and weekdays, for one look-up per word. */
  private static final Set<String> TRIGGER_WORDS = triggerWords();

  private static Set<String> triggerWords() {
    Set<String> words = new java.util.HashSet<>(TRIGGERS);
    words.addAll(MONTHS.keySet());
    words.addAll(WEEKDAYS.keySet());
    return Set.copyOf(words);
  }

  /**
   * Offsets where a word begins that a temporal expression can begin with; {@code lower} is the text in
   * lower case when that kept its length (else null).
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
      boolean trigger = Character.isDigit(c);
      if (!trigger && j - i <= 14) {
        String w = lower != null ? lower.substring(i, j) : text.substring(i, j).toLowerCase(Locale.ROOT);
        trigger = TRIGGER_WORDS.contains(w);
      }
      if (trigger) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = i;
      }
      i = j;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}'’]+");
  private static final Pattern HYPHEN_OR_SPACE = Pattern.compile("[- ]");

  private static final Set<String> BEFORE_MONTH = Set.copyOf(List.of("in", "since", "until", "by", "of", "from",
      "during", "through", "before", "after", "early", "late", "mid", "and", "or", "to", "between", "last", "next", "this"));

  /** True when a capitalised word that is not a preposition stands right before {@code at} ("Theresa May"). */
  private static boolean afterName(String text, int at) {
    int e = at - 1;
    while (e >= 0 && text.charAt(e) == ' ') {
      e--;
    }
    int b = e;
    while (b >= 0 && Character.isLetter(text.charAt(b))) {
      b--;
    }
    if (b == e) {
      return false;
    }
    String word = text.substring(b + 1, e + 1);
    return Character.isUpperCase(word.charAt(0)) && !BEFORE_MONTH.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True when only white space, quotation marks or a sentence's end stand before {@code at}. */
  private static boolean opensSentence(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?';
  }

  private static boolean anyTaken(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private static DateMention mention(Matcher m, String text, DateType type, String value) {
    int start = m.start();
    int end = m.end();
    while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == ',')) {
      end--;
    }
    // leading prepositions are context, not part of the expression
    String s = text.substring(start, end);
    for (String prep : new String[] {"on ", "by ", "until ", "since ", "before ", "from "}) {
      if (s.startsWith(prep)) {
        start += prep.length();
        break;
      }
    }
    return new DateMention(start, end, text.substring(start, end), type, value);
  }

  private static int month(String s) {
    return MONTHS.get(s.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  private DateMention normalise(Kind kind, Matcher m, String text, LocalDate published) {
    switch (kind) {
      case CLOCK -> {
        int hour = Integer.parseInt(m.group(1));
        String minutes = m.group(2) == null ? "00" : m.group(2);
        if (hour < 1 || hour > 12) {
          return null;
        }
        hour = hour % 12 + (m.group(3).equals("p") ? 12 : 0);
        String day = published == null ? "XXXX-XX-XX" : published.toString();
        if (m.group(4) != null) {
          List<DateMention> tail = extractAnchored(text.substring(m.start(4), m.end(4)) + " ", published);
          if (!tail.isEmpty() && tail.get(0).value().length() >= 10) {
            day = tail.get(0).value().substring(0, 10);
          }
        }
        return mention(m, text, DateType.TIME, day + String.format("T%02d:%s", hour, minutes));
      }
      case DECADE -> {
        return mention(m, text, DateType.DATE, m.group(1).substring(0, 3));
      }
      case HOLIDAY -> {
        String h = m.group(1).toLowerCase(Locale.ROOT);
        if (published == null) {
          return mention(m, text, DateType.DATE, "XXXX-XX-XX");
        }
        int year = published.getYear();
        LocalDate day = switch (h) {
          case "christmas", "christmas day" -> LocalDate.of(year, 12, 25);
          case "christmas eve" -> LocalDate.of(year, 12, 24);
          case "new year's day" -> LocalDate.of(year + (published.getMonthValue() == 12 ? 1 : 0), 1, 1);
          case "new year's eve" -> LocalDate.of(year, 12, 31);
          case "independence day" -> LocalDate.of(year, 7, 4);
          case "halloween" -> LocalDate.of(year, 10, 31);
          case "valentine's day" -> LocalDate.of(year, 2, 14);
          case "thanksgiving", "thanksgiving day" -> LocalDate.of(year, 11, 1)
              .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
          case "labor day" -> LocalDate.of(year, 9, 1).with(java.time.temporal.TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
          case "memorial day" -> LocalDate.of(year, 5, 1).with(java.time.temporal.TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
          default -> null; // Easter moves; its year is all we know here
        };
        return mention(m, text, DateType.DATE, day == null ? String.valueOf(year) : day.toString());
      }
      case YEAR_END -> {
        return mention(m, text, DateType.DATE, published == null ? "XXXX" : String.valueOf(published.getYear()));
      }
      case FISCAL_QUARTER -> {
        String which = m.group(2); // group 1 is the leading year ("the 1988 third quarter")
        String ord = m.group(3);
        if (which == null && ord == null && !m.group().toLowerCase(Locale.ROOT).startsWith("the")) {
          return null; // "a quarter of voters" is a fraction
        }
        if (published == null) {
          return mention(m, text, DateType.DATE, "XXXX-Q" + (ord == null ? "X" : String.valueOf(ordinal(ord))));
        }
        int current = (published.getMonthValue() - 1) / 3 + 1;
        int year = published.getYear();
        int q;
        if (ord != null) {
          q = ordinal(ord);
          if (q > current) {
            year--; // quarters are reported after they end
          }
        } else if (which != null && (which.equals("this") || which.equals("current"))) {
          q = current;
        } else {
          q = current - 1;
          if (q == 0) {
            q = 4;
            year--;
          }
        }
        if (which != null && (which.startsWith("year") || which.equals("previous") && ord != null)) {
          year--;
        }
        if (m.group("lead") != null) {
          year = Integer.parseInt(m.group("lead")); // "the 1988 third quarter"
        }
        if (m.group(4) != null) {
          String y = m.group(4);
          year = Character.isDigit(y.charAt(0)) ? Integer.parseInt(y)
              : published.getYear() + (y.startsWith("last") ? -1 : y.startsWith("next") ? 1 : 0);
        }
        DateMention d = mention(m, text, DateType.DATE, year + "-Q" + q);
        if (d.text().toLowerCase(Locale.ROOT).startsWith("the ") && d.text().contains("-quarter")) {
          // "the third-quarter loss": the adjective is the expression, the article belongs to the noun
          return new DateMention(d.start() + 4, d.end(), d.text().substring(4), d.type(), d.value());
        }
        return d;
      }
      case VAGUE -> {
        String w = m.group().toLowerCase(Locale.ROOT);
        if (w.contains("year") && (w.contains("earlier") || w.contains("before") || w.contains("ago"))) {
          if (published == null) {
            return mention(m, text, DateType.DATE, "PAST_REF");
          }
          boolean quarterly = text.substring(Math.max(0, m.start() - 200), Math.min(text.length(), m.end() + 100)).contains("quarter");
          int q = (published.getMonthValue() - 1) / 3;
          int y = published.getYear() - 1;
          if (q == 0) {
            q = 4;
            y--;
          }
          return mention(m, text, DateType.DATE, quarterly ? y + "-Q" + q : String.valueOf(published.getYear() - 1));
        }
        String value = w.startsWith("recent") || w.equals("lately") ? "PAST_REF"
            : w.contains("future") || w.contains("coming") ? "FUTURE_REF" : "PRESENT_REF";
        return mention(m, text, DateType.DATE, value);
      }
      case WEEKEND -> {
        if (published == null) {
          return mention(m, text, DateType.DATE, "XXXX-WXX-WE");
        }
        String w = m.group(1).toLowerCase(Locale.ROOT);
        int offset = w.equals("last") ? -1 : w.equals("next") ? 1 : w.equals("this") ? 0 : tense(text, m.start()) > 0 ? 0 : -1;
        if (w.equals("the") && published.getDayOfWeek().getValue() >= 6) {
          offset = 0;
        }
        return mention(m, text, DateType.DATE, week(published.plusWeeks(offset)) + "-WE");
      }
      case VAGUE_DURATION -> {
        String unit = UNITS.get(m.group(1).toLowerCase(Locale.ROOT));
        int start = m.start(1);
        return new DateMention(start, m.end(1), text.substring(start, m.end(1)), DateType.DURATION,
            "PX" + ("DE".equals(unit) ? "DE" : unit));
      }
      case ISO -> {
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
          return null;
        }
        return mention(m, text, DateType.DATE, m.group());
      }
      case MONTH_DAY_YEAR -> {
        return mention(m, text, DateType.DATE, ymd(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
      }
      case DAY_MONTH_YEAR -> {
        int day = Integer.parseInt(m.group(1));
        int month = month(m.group(2));
        if (m.groupCount() >= 3 && m.group(3) != null) {
          return mention(m, text, DateType.DATE, ymd(Integer.parseInt(m.group(3)), month, day));
        }
        return mention(m, text, DateType.DATE, yearFor(month, day, text, m.start(), published));
      }
      case MONTH_YEAR -> {
        return mention(m, text, DateType.DATE, String.format("%04d-%02d", Integer.parseInt(m.group(2)), month(m.group(1))));
      }
      case MONTH_DAY -> {
        int month = month(m.group(1));
        int day = Integer.parseInt(m.group(2));
        if (day < 1 || day > 31) {
          return null;
        }
        if (m.group(1).equals("May") && !Character.isUpperCase(text.charAt(m.start()))) {
          return null;
        }
        return mention(m, text, DateType.DATE, yearFor(month, day, text, m.start(), published));
      }
      case MONTH -> {
        if (m.group(2).equals("May") && m.group(1) == null && m.start(2) == m.start()
            && (opensSentence(text, m.start()) || afterName(text, m.start()))) {
          return null; // "May I …": the modal capitalised by position; "Theresa May": a surname
        }
        int month = month(m.group(2));
        if (published == null) {
          return mention(m, text, DateType.DATE, String.format("XXXX-%02d", month));
        }
        int year = published.getYear();
        String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        boolean future = which.equals("next") || which.equals("this coming")
            || (!which.equals("last") && !which.equals("this past") && tense(text, m.start()) > 0);
        if (which.equals("last") || which.equals("this past")) {
          year = month < published.getMonthValue() ? year : year - 1;
        } else if (which.equals("next")) {
          year = month > published.getMonthValue() ? year : year + 1;
        } else if (which.equals("this")) {
          // "this September": the one in the published year
        } else if (!future && month > published.getMonthValue()) {
          year--;
        } else if (future && month < published.getMonthValue()) {
          year++;
        }
        return mention(m, text, DateType.DATE, String.format("%04d-%02d", year, month));
      }
      case YEAR -> {
        return mention(m, text, DateType.DATE, m.group(1));
      }
      case WEEKDAY -> {
        return weekday(m, text, published);
      }
      case RELATIVE_UNIT -> {
        return relativeUnit(m, text, published);
      }
      case AGO -> {
        int n = number(m.group(1));
        String unit = UNITS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (published == null || n < 0) {
          return mention(m, text, DateType.DATE, "PAST_REF");
        }
        return switch (unit) {
          case "Y" -> mention(m, text, DateType.DATE, String.valueOf(published.getYear() - n));
          case "M" -> mention(m, text, DateType.DATE, ym(published.minusMonths(n)));
          case "W" -> mention(m, text, DateType.DATE, published.minusWeeks(n).toString());
          case "D" -> mention(m, text, DateType.DATE, published.minusDays(n).toString());
          default -> mention(m, text, DateType.DATE, "PAST_REF");
        };
      }
      case DEICTIC -> {
        String w = m.group(1).toLowerCase(Locale.ROOT);
        if (w.startsWith("the ")) {
          return mention(m, text, DateType.DATE, "XXXX-XX-XX"); // relative to another event, not the article
        }
        if (published == null) {
          return mention(m, text, DateType.DATE, w.equals("today") ? "PRESENT_REF" : "XXXX-XX-XX");
        }
        return switch (w) {
          case "today" -> mention(m, text, DateType.DATE, published.toString());
          case "tomorrow" -> mention(m, text, DateType.DATE, published.plusDays(1).toString());
          case "yesterday" -> mention(m, text, DateType.DATE, published.minusDays(1).toString());
          case "tonight" -> mention(m, text, DateType.TIME, published + "TNI");
          case "this evening", "this morning", "this afternoon" ->
              mention(m, text, DateType.TIME, published + partCode(w.substring(5)));
          case "last night" -> mention(m, text, DateType.TIME, published.minusDays(1) + "TNI");
          default -> null;
        };
      }
      case SET -> {
        String g = m.group().toLowerCase(Locale.ROOT);
        boolean weekday = CalendarWords.WEEKDAYS.keySet().stream().anyMatch(g::contains); // "every Monday" is weekly
        String value = g.contains("day") && !weekday ? "P1D"
            : g.contains("week") ? "P1W" : g.contains("month") ? "P1M" : g.contains("year") || g.contains("annual") ? "P1Y"
            : g.contains("morning") ? "TMO" : g.contains("evening") || g.contains("night") ? "TEV" : "P1W";
        return mention(m, text, DateType.SET, value);
      }
      case DURATION -> {
        int n = number(m.group(1));
        String unit = UNITS.get(m.group(2).toLowerCase(Locale.ROOT));
        String amount = n < 0 ? "X" : String.valueOf(n);
        String value = switch (unit) {
          case "H" -> "PT" + amount + "H";
          case "MIN" -> "PT" + amount + "M";
          case "DE" -> n < 0 ? "PXDE" : "P" + (n * 10) + "Y";
          case "CE" -> n < 0 ? "PXCE" : "P" + (n * 100) + "Y";
          case "Q" -> n < 0 ? "PXQ" : "P" + (n * 3) + "M";
          default -> "P" + amount + unit;
        };
        return mention(m, text, DateType.DURATION, value);
      }
      case PRESENT -> {
        return mention(m, text, DateType.DATE, "PRESENT_REF");
      }
      case QUARTER -> {
        String ord = m.group(1) != null ? m.group(1).toLowerCase(Locale.ROOT) : m.group(2);
        int q = ord.startsWith("f") && ord.startsWith("fi") ? 1 : ord.startsWith("s") ? 2 : ord.startsWith("t") ? 3
            : ord.startsWith("fo") ? 4 : Character.isDigit(ord.charAt(0)) ? ord.charAt(0) - '0' : 1;
        String y = m.group(3);
        String year = y == null ? (published == null ? "XXXX" : String.valueOf(published.getYear()))
            : Character.isDigit(y.charAt(0)) ? y
            : published == null ? "XXXX"
            : String.valueOf(published.getYear() + (y.startsWith("last") ? -1 : y.startsWith("next") ? 1 : 0));
        return mention(m, text, DateType.DATE, year + "-Q" + q);
      }
      case SEASON -> {
        String season = switch (m.group(1).toLowerCase(Locale.ROOT)) {
          case "spring" -> "SP";
          case "summer" -> "SU";
          case "autumn", "fall" -> "FA";
          default -> "WI";
        };
        String seasonPrefix = m.group().substring(0, m.start(1) - m.start()).strip().toLowerCase(Locale.ROOT);
        if (m.group(1).equals("fall") && m.group(2) == null
            && !List.of("this", "last", "next", "this past", "early", "late").contains(seasonPrefix)) {
          return null; // "fall" the verb, "the fall of the Wall"
        }
        String year = m.group(2) != null ? m.group(2) : published == null ? "XXXX" : String.valueOf(
            published.getYear() + (m.group().startsWith("last") ? -1 : m.group().startsWith("next") ? 1 : 0));
        return mention(m, text, DateType.DATE, year + "-" + season);
      }
      default -> {
        return null;
      }
    }
  }

  private static int ordinal(String s) {
    return switch (s.toLowerCase(Locale.ROOT).charAt(0)) {
      case 'f' -> s.toLowerCase(Locale.ROOT).startsWith("fo") ? 4 : 1;
      case 's' -> 2;
      case 't' -> 3;
      case '1' -> 1;
      case '2' -> 2;
      case '3' -> 3;
      default -> 4;
    };
  }

  private static int number(String s) {
    String w = s.toLowerCase(Locale.ROOT);
    if (Character.isDigit(w.charAt(0))) {
      return Integer.parseInt(w);
    }
    String[] parts = HYPHEN_OR_SPACE.split(w);
    if (parts.length == 2 && NUMBERS.containsKey(parts[0]) && NUMBERS.containsKey(parts[1]) && NUMBERS.get(parts[0]) >= 20) {
      return NUMBERS.get(parts[0]) + NUMBERS.get(parts[1]); // "twenty four", "forty-two"
    }
    return NUMBERS.getOrDefault(w, -1);
  }

  private static String ymd(int year, int month, int day) {
    return String.format("%04d-%02d-%02d", year, month, day);
  }

  private static String ym(LocalDate d) {
    return String.format("%04d-%02d", d.getYear(), d.getMonthValue());
  }

  private static String week(LocalDate d) {
    return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** A month and day without a year: the year that puts it nearest the published date, tense breaking ties. */
  private String yearFor(int month, int day, String text, int at, LocalDate published) {
    if (published == null) {
      return String.format("XXXX-%02d-%02d", month, day);
    }
    int year = published.getYear();
    LocalDate candidate;
    try {
      candidate = LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return String.format("XXXX-%02d-%02d", month, day);
    }
    long diff = candidate.toEpochDay() - published.toEpochDay();
    int tense = tense(text, at);
    // past tense: the latest such day not after publication (some slack for reports of what is
    // announced), however long ago ("the year ended March 31"); future: the earliest not before it;
    // no tense: the nearest
    if ((diff > 183 && tense <= 0) || (tense < 0 && diff > 60)) {
      year--;
    } else if ((diff < -183 && tense >= 0) || (tense > 0 && diff < -60)) {
      year++;
    }
    return ymd(year, month, day);
  }

  private DateMention weekday(Matcher m, String text, LocalDate published) {
    String whole = m.group();
    DayOfWeek day = WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT));
    String part = m.group(2);
    String lower = whole.toLowerCase(Locale.ROOT);
    String dayCode = String.valueOf(day.getValue());
    if (published == null) {
      String v = "XXXX-WXX-" + dayCode;
      return mention(m, text, part == null ? DateType.DATE : DateType.TIME, part == null ? v : v + partCode(part));
    }
    int delta = day.getValue() - published.getDayOfWeek().getValue();
    LocalDate date;
    if (lower.startsWith("the previous ") || lower.startsWith("previous ")) {
      lower = "last " + lower.substring(lower.indexOf("previous ") + 9);
    } else if (lower.contains("coming ")) {
      lower = "next " + lower.substring(lower.indexOf("coming ") + 7);
    }
    if (lower.startsWith("next ")) {
      date = published.plusDays(delta > 0 ? delta + 7 : delta + 7);
      if (delta > 0) {
        date = published.plusDays(delta + 7);
      }
    } else if (lower.startsWith("last ")) {
      date = published.plusDays(delta < 0 ? delta : delta - 7);
    } else if (delta == 0) {
      date = published;
    } else {
      int tense = tense(text, m.start());
      if (tense > 0) {
        date = published.plusDays(delta > 0 ? delta : delta + 7);
      } else {
        date = published.plusDays(delta < 0 ? delta : delta - 7);
      }
    }
    String value = date.toString();
    if (part != null) {
      // TimeML's part-of-day codes: "Friday evening" is 1989-10-27TEV (TimeBank and AQUAINT give it so
      // twice as often as the bare day)
      return mention(m, text, DateType.TIME, value + partCode(part));
    }
    return mention(m, text, DateType.DATE, value);
  }

  private static String partCode(String part) {
    return switch (part.toLowerCase(Locale.ROOT)) {
      case "morning" -> "TMO";
      case "afternoon" -> "TAF";
      case "evening" -> "TEV";
      default -> "TNI";
    };
  }

  private DateMention relativeUnit(Matcher m, String text, LocalDate published) {
    String which = m.group(2).toLowerCase(Locale.ROOT);
    String unit = m.group(3).toLowerCase(Locale.ROOT);
    int offset = switch (which) {
      case "last", "the past", "the previous", "the last" -> -1;
      case "next", "the coming", "the next" -> 1;
      default -> 0;
    };
    if ((which.equals("the past") || which.equals("the coming")) && !unit.equals("weekend")) {
      return mention(m, text, DateType.DURATION, "P1" + UNITS.getOrDefault(unit, "X"));
    }
    if (published == null) {
      return mention(m, text, DateType.DATE, offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF");
    }
    String value = switch (unit) {
      case "week" -> week(published.plusWeeks(offset));
      case "weekend" -> week(published.plusWeeks(offset)) + "-WE";
      case "month" -> ym(published.plusMonths(offset));
      case "year" -> String.valueOf(published.getYear() + offset);
      case "decade" -> String.valueOf((published.getYear() / 10) + offset).substring(0, 3);
      default -> null;
    };
    return value == null ? null : mention(m, text, DateType.DATE, value);
  }

  /** +1 when the words around {@code at} in its sentence speak of the future, -1 of the past, 0 unknown. */
  private static int tense(String text, int at) {
    int from = Math.max(0, at - 120);
    int to = Math.min(text.length(), at + 80);
    for (int i = at - 1; i > from; i--) {
      char c = text.charAt(i);
      if (c == '.' || c == '\n' || c == '!' || c == '?') {
        from = i + 1;
        break;
      }
    }
    for (int i = at; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)) || c == '\n') {
        to = i;
        break;
      }
    }
    String[] before = NOT_LETTERS.split(text.substring(from, at).toLowerCase(Locale.ROOT));
    String[] after = NOT_LETTERS.split(text.substring(Math.min(at, to), to).toLowerCase(Locale.ROOT));
    // the nearest tense marker wins, looking both ways
    for (int d = 0; d < Math.max(before.length, after.length); d++) {
      int b = before.length - 1 - d;
      if (b >= 0) {
        int t = marker(before[b]);
        if (t != 0) {
          return t;
        }
      }
      if (d < after.length) {
        int t = marker(after[d]);
        if (t != 0) {
          return t;
        }
      }
    }
    return 0; // no marker: callers decide (weekdays and months look back, as news mostly does)
  }

  private static int marker(String w) {
    if (w.isEmpty()) {
      return 0;
    }
    if (FUTURE_MARKERS.contains(w) && !w.equals("to")) {
      return 1;
    }
    if (PAST_MARKERS.contains(w) || (w.endsWith("ed") && w.length() > 4)) {
      return -1;
    }
    return 0;
  }
}
