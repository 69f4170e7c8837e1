package dev.newsfacet.extract.entity;

import dev.newsfacet.extract.WordFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credit lines of a wire story — "(Reporting by Jane Smith in Paris; Editing by Tom Brown)" — and the
 * people they name. Everything inside a credit line is the article's staff, never a mention of the news;
 * the reporters and writers are its authors. A cue counts only where credits stand: after an opening
 * bracket, at the start of a line or after a dash, or after a ";" or "," of a credit line already open, so
 * that "a video by Osama bin Laden" or "estimates compiled by Autodata Corp." in running text are news.
 * The cue words and what each credits are in {@code credit-cues.tsv}.
 */
public final class CreditLines {
  /** What a credit says the named people did. */
  public enum Role { AUTHOR, EDITOR, OTHER }

  /** One person a credit line names, and where the line is. */
  public record Credit(Role role, String name, int lineStart, int lineEnd) {}

  /** One credit line: [start, end) of the text, and who it names. */
  public record Line(int start, int end, List<Credit> credits) {
    public Line {
      credits = List.copyOf(credits);
    }
  }

  private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|/|&|\\band\\b)\\s*");
  /** "Jane Smith in Paris", "Tom Brown at the United Nations": where the reporter was is no part of the name. */
  private static final Pattern WHERE = Pattern.compile("\\s+(?:in|at|from)\\s+.*$", Pattern.DOTALL);
  private static final Pattern NAME_WORD = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|\\p{Lu}\\.|de|da|van|von|der|den|bin|al|al-\\p{L}+|le|la|du|dos|del)");

  /** A name ending in an initial ("Sam T."): its full stop is part of it. */
  private static final Pattern INITIAL_AT_END = Pattern.compile("\\b\\p{Lu}\\.$");

  private final Map<String, Role> cues;
  private final Set<String> deskWords;
  private final Pattern cue;
  /** How far before its "by" a cue can begin: the longest cue form, with room for wide spacing. */
  private final int cueReach;

  private CreditLines(Map<String, Role> cues, Set<String> deskWords) {
    this.cues = cues;
    this.deskWords = deskWords;
    List<String> forms = new ArrayList<>(cues.keySet());
    forms.sort(Comparator.comparingInt(String::length).reversed()); // "additional reporting" before "reporting"
    StringBuilder alternatives = new StringBuilder();
    for (String f : forms) {
      alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(f).replace(" ", "\\E\\s+\\Q"));
    }
    this.cue = Pattern.compile("(?i)(?<![\\p{L}])(" + alternatives + ")\\s+by\\s+");
    this.cueReach = (forms.isEmpty() ? 0 : forms.get(0).length()) + 32;
  }

  /** The shipped cue and desk lists. */
  public static CreditLines shipped() {
    Map<String, Role> cues = new LinkedHashMap<>();
    for (String line : lines("credit-cues.tsv")) {
      String[] f = line.split("\t");
      if (f.length == 2) {
        cues.put(f[0].strip().toLowerCase(Locale.ROOT), Role.valueOf(f[1].strip().toUpperCase(Locale.ROOT)));
      }
    }
    return new CreditLines(Map.copyOf(cues), Set.copyOf(lines("credit-desk-words.txt")));
  }

  /** The credit lines of a text, in order. */
  public List<Line> find(String text) {
    List<Line> out = new ArrayList<>();
    Matcher m = cue.matcher(text).useTransparentBounds(true);
    int from = 0;
    while (from < text.length() && findCue(m, text, from)) {
      if (!opensCredits(text, m.start()) || !Character.isUpperCase(m.group(1).charAt(0)) && !afterBracket(text, m.start())) {
        from = m.end();
        continue;
      }
      boolean bracketed = afterBracket(text, m.start());
      int end = lineEnd(text, m.start(), bracketed);
      out.add(new Line(m.start(), end, credits(text, m.start(), end)));
      from = end;
    }
    return out;
  }

  /**
   * Finds the first cue that starts at or after {@code from}, as {@code m.find(from)} would, but tries the
   * pattern only before a "by" (every cue ends with one): the whole alternation tried at every offset of
   * the text cost a twentieth of all extraction.
   */
  private boolean findCue(Matcher m, String text, int from) {
    for (int by = nextBy(text, from); by >= 0; by = nextBy(text, by + 2)) {
      int after = by + 2;
      while (after < text.length() && isSpace(text.charAt(after))) {
        after++;
      }
      m.region(Math.max(from, by - cueReach), after);
      if (m.find()) {
        return true;
      }
    }
    return false;
  }

  /** Where the next word "by" (any case, white space before and after it) begins at or after {@code from}; -1 if none. */
  private static int nextBy(String text, int from) {
    for (int i = Math.max(from, 1); i + 2 < text.length(); i++) {
      char b = text.charAt(i);
      if ((b == 'b' || b == 'B') && (text.charAt(i + 1) == 'y' || text.charAt(i + 1) == 'Y')
          && isSpace(text.charAt(i - 1)) && isSpace(text.charAt(i + 2))) {
        return i;
      }
    }
    return -1;
  }

  /** The white space of the pattern's {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The authors a text's credit lines name (reporters and writers), in order, each once. */
  public List<String> authors(String text) {
    return authors(find(text));
  }

  /** The authors credit lines found by {@link #find} name (reporters and writers), in order, each once. */
  public static List<String> authors(List<Line> lines) {
    Set<String> names = new LinkedHashSet<>();
    for (Line l : lines) {
      for (Credit c : l.credits()) {
        if (c.role() == Role.AUTHOR) {
          names.add(c.name());
        }
      }
    }
    return List.copyOf(names);
  }

  /** Whether a cue at {@code at} stands where credits begin: a bracket, a line start, a dash. */
  private static boolean opensCredits(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    if (i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '(' || text.charAt(i) == '[') {
      return true;
    }
    return text.charAt(i) == '-' && i > 0 && text.charAt(i - 1) == '-' || text.charAt(i) == '—';
  }

  private static boolean afterBracket(String text, int at) {
    int i = at - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && (text.charAt(i) == '(' || text.charAt(i) == '[');
  }

  /**
   * Where a credit line that starts at {@code start} ends: at its closing bracket when it opened with one
   * (across a line break: long credits wrap), else at the end of its line.
   */
  private static int lineEnd(String text, int start, boolean bracketed) {
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ')' || c == ']') {
        return i;
      }
      if (c == '\n' && (!bracketed || i + 1 < text.length() && text.charAt(i + 1) == '\n' && !continues(text, i))) {
        return i;
      }
    }
    return text.length();
  }

  /** Whether a credit line broken at {@code newline} goes on after it (its last mark before it is a ";" or ","). */
  private static boolean continues(String text, int newline) {
    int i = newline - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && (text.charAt(i) == ';' || text.charAt(i) == ',');
  }

  /** The people of the credit line [start, end): each cue's names up to the next cue or ";". */
  private List<Credit> credits(String text, int start, int end) {
    List<Credit> out = new ArrayList<>();
    String line = text.substring(start, end);
    Matcher m = cue.matcher(line);
    List<int[]> cuesAt = new ArrayList<>();
    while (m.find()) {
      cuesAt.add(new int[] {m.start(), m.end()});
    }
    for (int k = 0; k < cuesAt.size(); k++) {
      int[] c = cuesAt.get(k);
      Role role = cues.get(line.substring(c[0], c[1]).toLowerCase(Locale.ROOT).replaceAll("\\s+by\\s+$", "")
          .replaceAll("\\s+", " "));
      int segmentEnd = k + 1 < cuesAt.size() ? cuesAt.get(k + 1)[0] : line.length();
      String segment = line.substring(c[1], segmentEnd);
      int semicolon = segment.indexOf(';');
      if (semicolon >= 0) {
        segment = segment.substring(0, semicolon);
      }
      boolean afterPlace = false;
      for (String piece : NAME_SEPARATOR.split(segment)) {
        Matcher where = WHERE.matcher(piece.strip());
        boolean placed = where.find();
        String name = personName(placed ? piece.strip().substring(0, where.start()) : piece);
        // "Jo Quill in Salem, Oregon": one word after a place is the place's state or country, not a person
        if (name != null && !(afterPlace && name.indexOf(' ') < 0)) {
          out.add(new Credit(role == null ? Role.OTHER : role, name, start, end));
        }
        afterPlace = placed;
      }
    }
    return out;
  }

  /** A piece of a credit that reads as a person's name (one to five name words, no desk or team), else null. */
  private String personName(String piece) {
    String p = piece.strip();
    while (!p.isEmpty() && ".;:,-".indexOf(p.charAt(p.length() - 1)) >= 0 && !INITIAL_AT_END.matcher(p).find()) {
      p = p.substring(0, p.length() - 1).strip();
    }
    if (p.isEmpty() || p.contains("@") || p.contains("://")) {
      return null;
    }
    String[] words = p.split("\\s+");
    if (words.length > 5 || !Character.isUpperCase(words[0].charAt(0))) {
      return null;
    }
    for (String w : words) {
      if (!NAME_WORD.matcher(w).matches() || deskWords.contains(w.toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    return String.join(" ", words);
  }

  private static List<String> lines(String resource) {
    return WordFiles.lines(CreditLines.class, resource);
  }

}
