package dev.newsfacet.extract.statement;

import static dev.newsfacet.extract.statement.StatementWords.ADVERBS;
import static dev.newsfacet.extract.statement.StatementWords.DETERMINERS;
import static dev.newsfacet.extract.statement.StatementWords.NP_STOPS;
import static dev.newsfacet.extract.statement.StatementWords.SUBJECT_PRONOUNS;

import dev.newsfacet.extract.TextAnalysis;
import dev.newsfacet.extract.Token;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The last look at an unnamed subject the reported-speech pass found, before it becomes a speaker: the
 * words a reader would name it by, or nobody. Trailing adverbs are no part of it ("the board formally
 * asked" → the board, "she emphatically denied" → she, "to narrowly claim" → nobody); a negation makes it
 * nobody's statement ("I didn't think"); a name stands before a dashed apposition ("Harbour Bank - itself
 * the target of a suit - said"), before a ticker ("Harbour Bank Inc HBK.N said") and before a relative
 * "who" of speech ("Paul Reyes, who said …"), and a phrase "familiar
 * with the matter" keeps its head ("people familiar with the matter"); a cue word that can be a noun after
 * a bare word or a verb is that noun ("strong demand", "oil demand", "the results raised worries"), and a
 * number is nobody ("3 percent expected"). Stateless; thread-safe.
 */
public final class SubjectWords {
  private static final Set<String> DASHES = Set.of("-", "–", "—");
  private static final Set<String> NOBODY = Set.of("nobody", "no one", "no-one", "none", "neither");
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");
  /** Endings of adverbs made from adjectives ("narrowly", "emphatically"), which few nouns share. */
  private static final List<String> ADVERB_ENDINGS = List.of("ally", "ously", "ively", "edly", "ingly", "fully", "ently",
      "antly", "ately", "owly", "ctly", "rtly", "ssly", "dely", "gely");

  private static EntityMention orSelf(EntityMention found, EntityMention self) {
    return found != null ? found : self;
  }

  /** "people familiar with the matter", "a source close to the talks", "officials briefed on the plan". */
  private static final Set<String> ACQUAINTED = Set.of("familiar", "close", "briefed", "knowledgeable", "involved");
  private static final Set<String> UNITS = Set.of("percent", "%", "times", "points", "cents", "pence");
  /** Cues a number is the object of, not the subject ("3 percent expected", "15.6 times estimated"). */
  private static final Set<String> ESTIMATES = Set.of("expected", "estimated", "predicted", "forecast", "projected", "seen");
  private static final Pattern NUMBER = Pattern.compile("[0-9][0-9.,]*");

  private static final Set<String> PERFECT_AUXILIARIES = Set.of("has", "have", "had");
  private static final Set<String> DEGREE_WORDS = Set.of("more", "most", "far");

  private final Sources sources;
  /** Cue words as often nouns as verbs ({@code noun-cues.txt}). */
  private final Set<String> nounCues;
  /** Cue words of speech proper ({@code speech-cues.txt}). */
  private final Set<String> speechCues;

  public SubjectWords(Sources sources) {
    this(sources, WordLists.read("noun-cues.txt"), WordLists.read("speech-cues.txt"));
  }

  public SubjectWords(Sources sources, Set<String> nounCues, Set<String> speechCues) {
    this.sources = sources;
    this.nounCues = Set.copyOf(nounCues);
    this.speechCues = Set.copyOf(speechCues);
  }

  /** The subject {@code speaker} of a statement whose cue is {@code cue}, as a reader would name it, or null for nobody. */
  public EntityMention of(Sources.Article run, EntityMention speaker, String cue) {
    TextAnalysis ta = run.ta();
    int from = ta.tokenAt(speaker.start());
    int to = from;
    while (to < ta.tokens().size() && ta.tokens().get(to).end() <= speaker.end()) {
      to++;
    }
    if (to <= from) {
      return speaker;
    }
    Token last = ta.tokens().get(to - 1);
    String lastWord = last.lower().replace('’', '\'');
    String cueWord = cue == null ? "" : cue.toLowerCase(Locale.ROOT);
    if (lastWord.endsWith("n't") || lastWord.equals("not") || lastWord.equals("cannot")
        || NOBODY.contains(speaker.text().toLowerCase(Locale.ROOT))) {
      return null; // "I didn't think", "Nobody expected": what nobody said
    }
    if (DASHES.contains(last.text())) {
      return nameEndingAt(run, openingDash(ta, to - 1));
    }
    if (to - from == 1 && ticker(ta, from)) {
      // "Harbour Bank Inc HBK.N said": the company before its ticker
      EntityMention named = nameEndingAt(run, from - 2);
      return named != null ? named : nounPhraseEndingAt(run, from - 3);
    }
    if (last.text().equals("who") && speechCues.contains(cueWord)) {
      // "Paul Reyes, who said …", "the editor Ann Reyes who argued …": the relative clause's antecedent
      if (to - from > 1) {
        return sources.phraseSpeaker(run, from, to - 1);
      }
      return from >= 1 && ta.tokens().get(from - 1).text().equals(",") ? orSelf(nameEndingAt(run, from - 1), speaker) : speaker;
    }
    if (from >= 2 && ACQUAINTED.contains(ta.tokens().get(from - 2).lower())) {
      return acquainted(run, from - 2, to);
    }
    if (NUMBER.matcher(ta.tokens().get(from).text()).matches() && (to - from == 1 || UNITS.contains(lastWord))
        && (ESTIMATES.contains(cueWord) || nounCues.contains(cueWord))) {
      return null; // "3 percent expected", "15.6 times estimated" (not "52 percent said", "3Com said")
    }
    if (nounCues.contains(cueWord) && ((lastWord.endsWith("ed") || lastWord.endsWith("ing")) && to - from >= 2
        && !last.isCapitalized()
        || to - from == 1 && !last.isCapitalized() && !lastWord.endsWith("s") && !SUBJECT_PRONOUNS.contains(lastWord))) {
      return null; // "strong demand", "the results raised worries", "costs for meeting demand": the cue word is a noun
    }
    if (lastWord.equals("average") && from >= 1 && ta.tokens().get(from - 1).is("on")) {
      return nounPhraseEndingAt(run, from - 2); // "analysts on average expect": the analysts
    }
    boolean adverb = isAdverb(last);
    boolean verb = to - from >= 2 && !last.isCapitalized() && lastWord.endsWith("ed")
        && (isAdverb(ta.tokens().get(to - 2)) || ADVERBS.contains(ta.tokens().get(to - 2).lower())
            || PERFECT_AUXILIARIES.contains(ta.tokens().get(to - 2).lower()));
    if (verb) {
      return null; // "has increasingly dropped hints": the cue word is the verb's object
    }
    if (!adverb) {
      return speaker;
    }
    int end = to;
    while (end > from && (isAdverb(ta.tokens().get(end - 1)) || ADVERBS.contains(ta.tokens().get(end - 1).lower()))) {
      end--;
    }
    if (end == from) {
      return null;
    }
    Token x = ta.tokens().get(end - 1);
    if (SUBJECT_PRONOUNS.contains(x.lower()) || PERSONAL_PRONOUNS.contains(x.lower())) {
      return new EntityMention(x.start(), x.end(), x.text(), EntityType.OTHER, null, null);
    }
    if (DETERMINERS.contains(x.lower()) || DEGREE_WORDS.contains(x.lower())) {
      return null; // "a carefully planned package", "the most passionately supported club"
    }
    return sources.phraseSpeaker(run, from, end); // "Mr Brown allegedly said" is Mr Brown
  }

  static boolean isAdverb(Token t) {
    String w = t.lower();
    return !t.isCapitalized() && w.length() > 5 && ADVERB_ENDINGS.stream().anyMatch(w::endsWith);
  }

  /** "HBK.N": a one- or two-letter exchange code after a full stop that follows a ticker in capitals. */
  private static boolean ticker(TextAnalysis ta, int t) {
    Token code = ta.tokens().get(t);
    if (t < 2 || code.text().length() > 2 || !code.text().equals(code.text().toUpperCase(Locale.ROOT))
        || !ta.tokens().get(t - 1).text().equals(".") || ta.tokens().get(t - 1).start() != ta.tokens().get(t - 2).end()) {
      return false;
    }
    String symbol = ta.tokens().get(t - 2).text();
    return symbol.length() <= 6 && symbol.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  /** The dash that opens the apposition closed by the dash at {@code close}, or -1. */
  private static int openingDash(TextAnalysis ta, int close) {
    for (int k = close - 1; k > Math.max(0, close - 15); k--) {
      if (DASHES.contains(ta.tokens().get(k).text())) {
        return k;
      }
    }
    return -1;
  }

  /** The person or organisation mention that ends right before token {@code next}, or null. */
  private static EntityMention nameEndingAt(Sources.Article run, int next) {
    if (next <= 0) {
      return null;
    }
    TextAnalysis ta = run.ta();
    int end = ta.tokens().get(next - 1).end();
    for (EntityMention m : run.entities()) {
      if (m.end() == end && (m.type() == EntityType.PERSON || m.type() == EntityType.ORG)) {
        return new EntityMention(m.start(), m.end(), m.text(), m.type(), m.canonical(), m.role());
      }
    }
    return null;
  }

  /** "people familiar with the matter": the head before the adjective at {@code adjective}, with the rest. */
  private EntityMention acquainted(Sources.Article run, int adjective, int to) {
    int from = headBefore(run.ta(), adjective);
    return from < 0 ? null : sources.phraseSpeaker(run, from, to);
  }

  /** A short noun phrase ending at token {@code last}: "analysts", "some analysts", "Wall Street analysts". */
  private EntityMention nounPhraseEndingAt(Sources.Article run, int last) {
    int from = headBefore(run.ta(), last + 1);
    return from < 0 ? null : sources.phraseSpeaker(run, from, last + 1);
  }

  /** The first token of the words (at most five, "&" among them, no clause words) just before token {@code next}, or -1. */
  private static int headBefore(TextAnalysis ta, int next) {
    int from = next;
    while (from > 0 && next - from < 5 && (ta.tokens().get(from - 1).isWord() || ta.tokens().get(from - 1).is("&"))
        && !NP_STOPS.contains(ta.tokens().get(from - 1).lower())) {
      from--;
    }
    return from == next ? -1 : from;
  }
}
