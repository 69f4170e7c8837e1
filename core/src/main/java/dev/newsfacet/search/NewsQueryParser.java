package dev.newsfacet.search;

import dev.newsfacet.NewsQuery;
import dev.newsfacet.QuerySyntaxException;
import dev.newsfacet.extract.statement.SpeakerKind;
import dev.newsfacet.text.CalendarWords;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses query strings into {@link NewsQuery}. Fielded terms ({@code speaker:orban},
 * {@code person:"viktor orban"}, {@code published:[2025-10-01 TO 2025-10-31]}, {@code type:quote},
 * {@code limit:20}) are taken out first; what remains is matched against natural phrasings
 * ("statements by X", "quotes by X about Y", "what did X say about Y", "mentions of X",
 * "articles about X") and otherwise searched as free text (quoted phrases kept together).
 */
public final class NewsQueryParser {
  /** Fields the syntax accepts, with the dimension or role each maps to. */
  public static final Map<String, String> FIELDS = Map.ofEntries(
      Map.entry("speaker", "speaker"), Map.entry("by", "speaker"), Map.entry("person", "person"),
      Map.entry("place", "place"), Map.entry("org", "org"), Map.entry("organization", "org"),
      Map.entry("organisation", "org"), Map.entry("event", "event"), Map.entry("source", "source"),
      Map.entry("type", "type"), Map.entry("kind", "kind"), Map.entry("published", "published"),
      Map.entry("date", "published"), Map.entry("mentioned", "mentioned"), Map.entry("mentions", "mention"),
      Map.entry("mention", "mention"), Map.entry("text", "text"), Map.entry("limit", "limit"),
      Map.entry("speaker_kind", "speaker_kind"), Map.entry("group", "group"), Map.entry("story", "story"));
  private static final int MAX_QUERY_LENGTH = 2000;

  private static final Pattern FIELD = Pattern.compile(
      "(?<![\\p{L}\\p{N}])([A-Za-z_]+):(?:\"([^\"]*)\"|\\[([^\\]]*)\\]|=\"([^\"]*)\"|([^\\s\"]+))");
  private static final Pattern STATEMENTS_BY = Pattern.compile(
      "^(?:all\\s+)?(?:statements?|quotes?|quotations?|remarks?|comments?|claims?|words)\\s+(?:by|from|of)\\s+(.+?)"
          + "(?:\\s+(?:about|on|regarding|concerning)\\s+(.+))?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern WHAT_DID = Pattern.compile(
      "^what\\s+(?:did|does|do|has|have)\\s+(.+?)\\s+(?:say|said|says|tell|told|write|wrote|think|thought)"
          + "(?:\\s+(?:about|on|regarding|of)\\s+(.+?))?\\s*\\??$", Pattern.CASE_INSENSITIVE);
  private static final Pattern WHO_SAID = Pattern.compile("^who\\s+(?:said|says|say)\\s+(.+?)\\s*\\??$",
      Pattern.CASE_INSENSITIVE);
  /** "who talked about Tomahawks", "who spoke on tariffs": statements about it, whoever made them. */
  private static final Pattern WHO_TALKED = Pattern.compile(
      "^who\\s+(?:talked|talks|spoke|speaks|commented|comments|wrote|writes|was\\s+quoted|said\\s+anything)\\s+"
          + "(?:about|on|of|regarding)\\s+(.+?)\\s*\\??$", Pattern.CASE_INSENSITIVE);
  /** "statements about the election", "quotes on Iraq", "comments mentioning Iraq". */
  private static final Pattern STATEMENTS_ABOUT = Pattern.compile(
      "^(?:all\\s+)?(?:statements?|quotes?|quotations?|remarks?|comments?|claims?)\\s+"
          + "(?:about|on|regarding|concerning|mentioning|that\\s+mention)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
  /** "Blair's comments on Iraq", "Howard's statements". */
  private static final Pattern POSSESSIVE = Pattern.compile(
      "^(.+?)['’]s?\\s+(?:statements?|quotes?|quotations?|remarks?|comments?|claims?|words|views)"
          + "(?:\\s+(?:about|on|regarding|concerning)\\s+(.+))?$", Pattern.CASE_INSENSITIVE);
  /** " or " between speakers: "statements by Blair or Brown". */
  private static final Pattern SPEAKER_OR = Pattern.compile("\\s+(?:or|OR)\\s+");
  /** Where search operators start after a speaker's name: " NOT …", " -word", " \"phrase\"". */
  private static final Pattern OPERATOR_TAIL = Pattern.compile("\\s+(?:NOT\\s|-[\\p{L}\\p{N}\"]|\")");
  /** A dangling preposition after a name: "statements by Blair about". */
  private static final Pattern TRAILING_PREPOSITION = Pattern.compile("\\s+(?i:about|on|regarding|concerning)$");
  private static final Pattern MENTIONS = Pattern.compile(
      "^(?:mentions?\\s+of|articles?\\s+(?:about|on|mentioning|that\\s+mention)|news\\s+(?:about|on)"
          + "|stories\\s+(?:about|on)|coverage\\s+of)\\s+(.+?)\\s*\\??$", Pattern.CASE_INSENSITIVE);

  private static final String MONTH_NAMES = CalendarWords.monthNameAlternation();
  private static final String PERIOD = "(?:\\d{4}-\\d{2}-\\d{2}|\\d{4}-\\d{2}|(?:" + MONTH_NAMES + ")(?:\\s+\\d{4})?|\\d{4})";
  /** A time phrase at the end of a natural query: "in October 2025", "since August", "between A and B". */
  private static final Pattern TIME_TAIL = Pattern.compile(
      "\\s+(?:(in|during|on|since|after|before|until)\\s+(" + PERIOD + ")|between\\s+(" + PERIOD + ")\\s+and\\s+(" + PERIOD + "))\\s*\\??$",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern MONTH_YEAR = Pattern.compile("(" + MONTH_NAMES + ")(?:\\s+(\\d{4}))?");

  /** "Brown on tax": a known speaker, " on ", then the words (the speaker is looked up only for this shape). */
  private static final Pattern SPEAKER_ON = Pattern.compile("^([\\p{L}][\\p{L}.'’ -]{1,60}?)\\s+on\\s+(.+)$");

  /** "Today" for a month without a year; asked only when a query has one. */
  private final Supplier<LocalDate> today;
  /** Whether a name is a speaker the index knows; asked only for a query shaped "X on Y". */
  private final Predicate<String> knownSpeaker;

  /** A parser whose relative time phrases ("since August") resolve against today. */
  public NewsQueryParser() {
    this(Clock.systemDefaultZone());
  }

  /** A parser whose relative time phrases resolve against the given clock (for tests). */
  public NewsQueryParser(Clock clock) {
    this(() -> LocalDate.now(clock));
  }

  /**
   * A parser whose relative time phrases resolve against the date {@code today} gives, asked only when a
   * query needs it (an index's newest article costs a look-up that most queries need not make).
   */
  public NewsQueryParser(Supplier<LocalDate> today) {
    this(today, name -> false);
  }

  /**
   * As {@link #NewsQueryParser(java.util.function.Supplier)}, reading "X on Y" as statements by X about Y
   * when {@code knownSpeaker} says X is a speaker ("Brown on tax"), and as free text otherwise ("war on terror").
   */
  public NewsQueryParser(Supplier<LocalDate> today, Predicate<String> knownSpeaker) {
    this.today = today;
    this.knownSpeaker = knownSpeaker;
  }

  /** "October 2025", "2025-10", "2025", or "August" (the latest August up to today) as its first and last day. */
  private LocalDate[] period(String v) {
    String s = v.strip().toLowerCase(Locale.ROOT);
    Matcher m = MONTH_YEAR.matcher(s);
    if (m.matches()) {
      int month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue();
      LocalDate now = m.group(2) != null ? null : today.get();
      int year = m.group(2) != null ? Integer.parseInt(m.group(2))
          : month <= now.getMonthValue() ? now.getYear() : now.getYear() - 1;
      YearMonth ym = YearMonth.of(year, month);
      return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
    }
    return parsePeriod(s);
  }

  /** Parses a query string; throws {@link QuerySyntaxException} with a one-line reason when it cannot. */
  public NewsQuery parse(String query) {
    if (query == null || query.isBlank()) {
      throw new QuerySyntaxException("empty query: try \"statements by Orban\" or \"mentions of Alaska summit\"");
    }
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new QuerySyntaxException("query is " + query.length() + " characters long; the limit is " + MAX_QUERY_LENGTH);
    }
    NewsQuery.Builder b = NewsQuery.builder().target(NewsQuery.Target.ARTICLES);
    boolean statementsOnly = false;
    boolean targetGiven = false;
    StringBuilder rest = new StringBuilder();
    Matcher m = FIELD.matcher(query);
    int at = 0;
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      String role = FIELDS.get(name);
      if (role == null) {
        throw new QuerySyntaxException("unknown field '" + m.group(1) + ":'; fields are "
            + String.join(", ", new TreeSet<>(FIELDS.keySet())));
      }
      rest.append(query, at, m.start()).append(' ');
      at = m.end();
      // dim:="Label" takes a facet's label exactly (what a click on a facet value filters by)
      boolean exact = m.group(4) != null;
      String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
          : exact ? m.group(4) : m.group(5);
      boolean range = m.group(3) != null;
      if (value.isBlank()) {
        throw new QuerySyntaxException("field '" + name + ":' has no value");
      }
      switch (role) {
        case "speaker" -> {
          if (exact) {
            b.filter("speaker=", value);
          } else {
            b.speaker(value);
          }
          statementsOnly = true;
        }
        case "mention" -> b.mention(value);
        case "group" -> {
          if (!value.equalsIgnoreCase(NewsQuery.GROUP_STORIES)) {
            throw new QuerySyntaxException("group: takes 'stories' (one article hit per story), not '" + value + "'");
          }
          b.filter(NewsQuery.GROUP, NewsQuery.GROUP_STORIES);
        }
        case "story" -> b.filter(NewsQuery.STORY, value);
        case "text" -> b.text(m.group(2) != null ? "\"" + value + "\"" : value);
        case "limit" -> b.limit(parseLimit(value));
        case "type" -> {
          targetGiven = true;
          b.target(parseType(value));
        }
        case "kind" -> {
          String k = value.toLowerCase(Locale.ROOT);
          if (!List.of("direct", "indirect", "mixed").contains(k)) {
            throw new QuerySyntaxException("kind must be direct, indirect or mixed, not '" + value + "'");
          }
          b.filter("kind", k);
          statementsOnly = true;
        }
        case "speaker_kind" -> {
          String k = value.toLowerCase(Locale.ROOT);
          List<String> kinds = Arrays.stream(SpeakerKind.values())
              .map(SpeakerKind::label).toList();
          if (!kinds.contains(k)) {
            throw new QuerySyntaxException("speaker_kind must be one of " + String.join(", ", kinds) + ", not '" + value + "'");
          }
          b.filter("speaker_kind", k);
          statementsOnly = true;
        }
        case "published" -> {
          LocalDate[] r = range ? parseRange(value) : parsePeriod(value);
          b.publishedFrom(r[0]).publishedTo(r[1]);
        }
        case "mentioned" -> {
          if (range) {
            LocalDate[] r = parseRange(value);
            b.filter("mentioned", (r[0] == null ? "*" : r[0].toString()) + ".." + (r[1] == null ? "*" : r[1].toString()));
          } else {
            parsePeriod(value); // validates
            b.filter("mentioned", value);
          }
        }
        default -> b.filter(exact ? role + "=" : role, value);
      }
    }
    rest.append(query.substring(at));
    String free = rest.toString().strip().replaceAll("\\s+", " ");
    if (countQuotes(free) % 2 != 0) {
      throw new QuerySyntaxException("unbalanced quotation mark in: " + free);
    }
    Matcher time = TIME_TAIL.matcher(free);
    if (!free.isEmpty() && time.find() && time.start() > 0) {
      if (time.group(1) != null) {
        LocalDate[] p = period(time.group(2));
        switch (time.group(1).toLowerCase(Locale.ROOT)) {
          case "since", "after" -> b.publishedFrom(time.group(1).equalsIgnoreCase("after") ? p[1].plusDays(1) : p[0]);
          case "before" -> b.publishedTo(p[0].minusDays(1));
          case "until" -> b.publishedTo(p[1]);
          default -> b.publishedFrom(p[0]).publishedTo(p[1]);
        }
      } else {
        LocalDate[] from = period(time.group(3));
        LocalDate[] to = period(time.group(4));
        if (to[1].isBefore(from[0])) {
          throw new QuerySyntaxException("'between " + time.group(3) + " and " + time.group(4) + "' ends before it starts");
        }
        b.publishedFrom(from[0]).publishedTo(to[1]);
      }
      free = free.substring(0, time.start()).strip();
    }
    if (!free.isEmpty() && free.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new QuerySyntaxException("'" + free + "' has no words to search for");
    }
    if (!free.isEmpty()) {
      free = TRAILING_PREPOSITION.matcher(free).replaceFirst("");
      Matcher n;
      if ((n = STATEMENTS_ABOUT.matcher(free)).matches()) {
        b.text(n.group(1));
        statementsOnly = true;
      } else if ((n = STATEMENTS_BY.matcher(free)).matches() || (n = WHAT_DID.matcher(free)).matches()
          || (n = POSSESSIVE.matcher(free)).matches()) {
        String who = n.group(1).strip();
        Matcher op = OPERATOR_TAIL.matcher(who);
        if (op.find() && op.start() > 0) {
          b.text(who.substring(op.start()).strip()); // "statements by Trump NOT Tomahawks", "… by Trump -Iraq"
          who = who.substring(0, op.start()).strip();
        }
        for (String speaker : SPEAKER_OR.split(who)) {
          b.speaker(unquote(speaker));
        }
        if (n.group(2) != null) {
          b.text(n.group(2));
        }
        statementsOnly = true;
      } else if ((n = WHO_TALKED.matcher(free)).matches()) {
        b.text(n.group(1));
        statementsOnly = true;
      } else if ((n = WHO_SAID.matcher(free)).matches()) {
        b.text(n.group(1));
        statementsOnly = true;
      } else if ((n = MENTIONS.matcher(free)).matches()) {
        b.mention(unquote(n.group(1)));
      } else if ((n = SPEAKER_ON.matcher(free)).matches() && n.group(1).split("\\s+").length <= 4
          && knownSpeaker.test(n.group(1).strip())) {
        b.speaker(n.group(1).strip());
        b.text(n.group(2));
        statementsOnly = true;
      } else {
        b.text(free);
      }
    }
    if (statementsOnly && !targetGiven) {
      b.target(NewsQuery.Target.STATEMENTS);
    }
    NewsQuery q = b.build();
    if (StoryGroups.groups(q)) {
      if (q.target() == NewsQuery.Target.STATEMENTS) {
        throw new QuerySyntaxException("group:stories groups articles, and this query asks for statements "
            + "(statements of one story: story:ARTICLE_ID)");
      }
      q = q.withStories(); // articles only
    }
    return q;
  }

  private static int countQuotes(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '"') {
        n++;
      }
    }
    return n;
  }

  private static String unquote(String s) {
    String v = s.strip();
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      v = v.substring(1, v.length() - 1);
    }
    return v;
  }

  private static int parseLimit(String v) {
    try {
      int n = Integer.parseInt(v);
      if (n >= 1 && n <= NewsQuery.MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new QuerySyntaxException("limit must be a whole number from 1 to " + NewsQuery.MAX_LIMIT + ", not '" + v + "'");
  }

  private static NewsQuery.Target parseType(String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "article", "articles" -> NewsQuery.Target.ARTICLES;
      case "statement", "statements", "quote", "quotes" -> NewsQuery.Target.STATEMENTS;
      case "all", "any" -> NewsQuery.Target.ALL;
      default -> throw new QuerySyntaxException("type must be article, statement (or quote) or all, not '" + v + "'");
    };
  }

  /** "2025-10-16", "2025-10" or "2025" as the first and last day it covers. */
  static LocalDate[] parsePeriod(String v) {
    String s = v.strip();
    try {
      if (s.matches("\\d{4}")) {
        int y = Integer.parseInt(s);
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(s);
        return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
      }
      LocalDate d = LocalDate.parse(s);
      return new LocalDate[] {d, d};
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new QuerySyntaxException("'" + v + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }

  /** "A TO B" with either end a period or "*". */
  static LocalDate[] parseRange(String v) {
    String[] parts = v.strip().split("\\s+(?i:TO)\\s+");
    if (parts.length != 2) {
      throw new QuerySyntaxException("a range is written [FROM TO TO], e.g. [2025-10-01 TO 2025-10-31], not [" + v + "]");
    }
    LocalDate from = parts[0].equals("*") ? null : parsePeriod(parts[0])[0];
    LocalDate to = parts[1].equals("*") ? null : parsePeriod(parts[1])[1];
    if (from != null && to != null && to.isBefore(from)) {
      throw new QuerySyntaxException("range [" + v + "] ends before it starts");
    }
    return new LocalDate[] {from, to};
  }
}
