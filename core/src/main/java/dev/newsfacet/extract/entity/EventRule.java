package dev.newsfacet.extract.entity;

import dev.newsfacet.extract.Sentence;
import dev.newsfacet.extract.TextAnalysis;
import dev.newsfacet.extract.Token;
import dev.newsfacet.extract.WordFiles;
import dev.newsfacet.model.EntityType;
import dev.newsfacet.text.CalendarWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Events from a place and an event noun: "Alaska summit", "Israel-Hamas ceasefire", "a summit in Alaska",
 * "the two met in Alaska". How much evidence each noun needs is in {@code event-nouns.tsv}: a summit is an
 * event however it is written, a meeting only when the sentence says who meets, a conference or games only
 * when written as a name. An event the text does not name is not made up from a place and a common word.
 */
public final class EventRule {
  /** What an event noun needs before it names one event. */
  enum Evidence { ANY, PARTIES, NAME, TARGET }

  record EventNoun(String name, Evidence evidence) {}

  /** Verbs of meeting: "met in Alaska" names a summit when the sentence says who met. */
  private static final Set<String> MEETING_VERBS = Set.of("met", "meet", "meets");
  /** Words between an event noun and "in Place": "met in August in Alaska", "summit last year in Paris". */
  private static final Set<String> GAP_WORDS = Set.of("in", "on", "last", "this", "early", "late", "mid", "previous",
      "the", "of", ",", ".", "earlier", "later", "year");
  /** Words that may stand before an event noun in "a summit in Alaska": determiners and a few time words. */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "their", "his", "her",
      "its", "our", "next", "last", "previous", "planned", "proposed", "upcoming", "first", "second", "historic",
      "recent", "earlier", "possible", "new", "expected", "scheduled", "landmark", "emergency", "face-to-face");

  private final Map<String, EventNoun> nouns;
  private final Set<String> parties;

  private EventRule(Map<String, EventNoun> nouns, Set<String> parties) {
    this.nouns = nouns;
    this.parties = parties;
  }

  /** The shipped noun and party lists. */
  public static EventRule shipped() {
    Map<String, EventNoun> nouns = new HashMap<>();
    for (String line : lines("event-nouns.tsv")) {
      String[] f = line.split("\t");
      if (f.length == 3) {
        nouns.put(f[0].strip(), new EventNoun(f[1].strip(), Evidence.valueOf(f[2].strip().toUpperCase(Locale.ROOT))));
      }
    }
    return new EventRule(Map.copyOf(nouns), Set.copyOf(lines("meeting-parties.txt")));
  }

  /** Whether a lower-case word is an event noun ("summit", "talks"): a name ending in one is an event's name. */
  public boolean isEventNoun(String lower) {
    return nouns.containsKey(lower);
  }

  /** The events the names of a text make, each once per span. */
  public List<NameSpan> events(TextAnalysis ta, List<NameSpan> names) {
    List<Token> tokens = ta.tokens();
    List<NameSpan> events = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    Set<Integer> joined = new HashSet<>();
    Map<Integer, NameSpan> byStart = new HashMap<>();
    for (NameSpan n : names) {
      byStart.putIfAbsent(n.from(), n);
    }
    for (NameSpan f : names) {
      if ((f.type() != EntityType.PLACE && f.type() != EntityType.ORG) || joined.contains(f.from())) {
        continue;
      }
      Sentence s = ta.sentences().get(ta.sentenceOf(f.from()));
      // (a) "Alaska summit", "Israel-Hamas ceasefire", "Russia-Ukraine war"
      int last = f.to();
      List<String> joinedNames = new ArrayList<>(List.of(f.canonical()));
      while (last + 1 < s.to() && tokens.get(last).text().equals("-")) {
        NameSpan next = byStart.get(last + 1);
        if (next == null || (next.type() != EntityType.PLACE && next.type() != EntityType.ORG)) {
          break;
        }
        joinedNames.add(next.canonical());
        joined.add(next.from());
        last = next.to();
      }
      if (last < s.to()) {
        Token nounToken = tokens.get(last);
        EventNoun noun = nouns.get(nounToken.lower());
        if (noun != null && noun.evidence() == Evidence.TARGET) {
          // "the U.S. invasion of Iraq" is the invasion of Iraq; "the U.S. invasion" alone names no event
          NameSpan target = last + 2 < s.to() && tokens.get(last + 1).is("of") ? byStart.get(last + 2) : null;
          if (target != null && target.type() == EntityType.PLACE) {
            add(events, seen, f.from(), target.to(), target.canonical() + " " + noun.name());
            joined.add(target.from());
          }
          continue;
        }
        if (noun != null && (f.type() == EntityType.PLACE || joinedNames.size() > 1)
            && evidenced(noun.evidence(), nounToken, ta, s, names, f.from())) {
          NameSpan where = last + 2 < s.to() && tokens.get(last + 1).is("in") ? byStart.get(last + 2) : null;
          if (where != null && where.type() == EntityType.PLACE && joinedNames.size() == 1) {
            // "the U.S. war in Iraq" is the Iraq war: the place the event is in names it
            add(events, seen, f.from(), where.to(), where.canonical() + " " + noun.name());
            joined.add(where.from());
          } else {
            add(events, seen, f.from(), last + 1, String.join("-", joinedNames) + " " + noun.name());
          }
          continue;
        }
      }
      if (f.type() == EntityType.PLACE) {
        inPlace(ta, s, f, names, events, seen);
      }
    }
    return events;
  }

  /** (b) "summit in Alaska", "met in August in Alaska", "their previous encounter in Alaska". */
  private void inPlace(TextAnalysis ta, Sentence s, NameSpan place, List<NameSpan> names, List<NameSpan> events,
      Set<Long> seen) {
    List<Token> tokens = ta.tokens();
    int in = place.from() - 1;
    if (in > s.from() && tokens.get(in).is("the")) {
      in--;
    }
    if (in >= s.from() && tokens.get(in).is("of") && in - 3 >= s.from() && tokens.get(in - 1).is("state")) {
      in -= 3; // "in the US state of Alaska"
      while (in > s.from() && !tokens.get(in).is("in")) {
        in--;
      }
    }
    if (in < s.from() || !tokens.get(in).is("in")) {
      return;
    }
    if (place.to() < s.to() && tokens.get(place.to()).is("capital")) {
      return; // "the meeting in the U.S. capital": the place is the capital's country, not where it meets
    }
    for (int k = in - 1, gap = 0; k >= s.from() && gap <= 5; k--, gap++) {
      Token t = tokens.get(k);
      String w = t.lower();
      EventNoun noun = nouns.get(w);
      boolean verb = noun == null && MEETING_VERBS.contains(w);
      if (verb) {
        noun = new EventNoun("summit", Evidence.PARTIES);
      }
      if (noun != null) {
        // "a summit in Alaska" names one event; "a news conference in London" or "the Reuters Finance
        // Summit in New York" make no "London conference"
        boolean placed = verb || k == s.from() || DETERMINERS.contains(tokens.get(k - 1).lower());
        if (placed && noun.evidence() != Evidence.NAME && evidenced(noun.evidence(), t, ta, s, names, k)) {
          add(events, seen, k, place.to(), place.canonical() + " " + noun.name());
        }
        return;
      }
      // "met on Friday in Alaska", "met in August in Alaska"
      boolean dateLike = CalendarWords.isMonth(w) || CalendarWords.isWeekday(w) || Character.isDigit(w.charAt(0));
      if (!(GAP_WORDS.contains(w) || dateLike)) {
        return;
      }
    }
  }

  /**
   * Whether an event noun at {@code noun} has the evidence it needs: for a meeting word, who meets, said in
   * the sentence before {@code before}; for a name word, a capital.
   */
  private boolean evidenced(Evidence evidence, Token noun, TextAnalysis ta, Sentence s, List<NameSpan> names, int before) {
    return switch (evidence) {
      case ANY -> true;
      case NAME -> noun.isCapitalized();
      case TARGET -> false; // named by the place after "of" only, above
      case PARTIES -> noun.isCapitalized() || partiesBefore(ta, s, names, before);
    };
  }

  /** "the two", "their", "leaders'", or two names joined by "and" ("Putin and I", "Trump and Putin"). */
  private boolean partiesBefore(TextAnalysis ta, Sentence s, List<NameSpan> names, int before) {
    List<Token> tokens = ta.tokens();
    for (int i = s.from(); i < before; i++) {
      String w = tokens.get(i).lower();
      if (parties.contains(w)) {
        return true;
      }
      if (w.equals("and") && i > s.from() && i + 1 < before && party(tokens, names, i - 1, true)
          && party(tokens, names, i + 1, false)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} ends (or starts) a person or place name, or is "I". */
  private static boolean party(List<Token> tokens, List<NameSpan> names, int i, boolean ends) {
    if (tokens.get(i).text().equals("I")) {
      return true;
    }
    for (NameSpan n : names) {
      if ((ends ? n.to() - 1 : n.from()) == i && (n.type() == EntityType.PERSON || n.type() == EntityType.PLACE)) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<NameSpan> events, Set<Long> seen, int from, int to, String canonical) {
    if (seen.add(((long) from << 32) | to)) {
      events.add(new NameSpan(from, to, EntityType.EVENT, canonical));
    }
  }

  private static List<String> lines(String resource) {
    return WordFiles.lines(EventRule.class, resource);
  }

}
