package dev.newsfacet.extract.statement;

import static dev.newsfacet.extract.statement.StatementWords.*;

import dev.newsfacet.extract.Sentence;
import dev.newsfacet.extract.TextAnalysis;
import dev.newsfacet.extract.Token;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import dev.newsfacet.model.Statement;
import dev.newsfacet.text.CalendarWords;
import dev.newsfacet.text.NameKeys;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The source step: who the subject of a cue is. From a cue token, the candidates are read leftwards and
 * rightwards — a named entity ({@link #candidateAt}), a noun phrase that names a role or a body
 * ({@link #nominalBefore}, {@link #phraseSpeaker}), a pronoun (decided later, by {@link SpeakerResolution}) —
 * and widened over appositions, possessives and places ("the mayor of Leeds, Tom Hill"). A role resolves
 * to a person only when the article ties the two. Stateless; thread-safe.
 */
public final class Sources {
  /** What the statement steps read of one article (its statements and used cue tokens grow as passes run). */
  public record Article(TextAnalysis ta, List<EntityMention> entities, List<Statement> statements, BitSet quoted,
      Map<Integer, EntityMention> speakerAt, List<RoleHolders.Holder> roleHolders, Set<Integer> usedCues) {}

  /** The lexicon's answers this step needs (folded or lower-case words in, as each says). */
  public interface Words {
    /** A cue word form ("said", "warned"). */
    boolean isCue(String lower);

    /** A title phrase ("prime minister"). */
    boolean isTitle(String lowerPhrase);

    /** A common word, not a name, however written. */
    boolean isCommon(String word);

    /** An honorific ("Mr", "Sir"). */
    boolean isHonorific(String word);

    /** A folded country name. */
    boolean isCountry(String folded);

    /** The country a folded demonym names ("british" → United Kingdom), or null. */
    String demonymCountry(String folded);

    /** The canonical place a folded place name is, or null. */
    String place(String folded);

    /** The folded country a demonym or place names, else the word itself. */
    String countryOf(String folded);
  }

  private final Words words;
  private final RoleHolders roleHolders;
  /** The pronouns that stand for one person ("he", "she"): whom they mean is decided once all statements are known. */
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");

  public Sources(Words words, RoleHolders roleHolders) {
    this.words = words;
    this.roleHolders = roleHolders;
  }

  private static boolean insideQuote(Article run, int offset) {
    return run.quoted().get(offset);
  }

  /**
   * "the council’s chief planning officer Ruth Kerr", "Portscan’s Tom Reyes": a possessor, then the
   * person who speaks (within six words of title); the candidate unchanged otherwise.
   */
  public Candidate possessedPerson(Article run, Sentence s, Candidate c) {
    if (c == null || !c.possessive()) {
      return c;
    }
    Candidate person = personAhead(run, s, c.from(), c.to() + 1, c.to() + 7,
        x -> x.isWord() && !NP_STOPS.contains(x.lower()) && !words.isCue(x.lower()));
    return person != null ? person : c;
  }

  /**
   * The first person mention starting in tokens [scanFrom, limit), every token before it passing
   * {@code passes}, as a candidate that starts at token {@code from} ("the council’s chief officer Ruth Kerr",
   * "Hungarian Prime Minister Viktor Orban"), carrying the person's canonical name; null if there is none.
   */
  private Candidate personAhead(Article run, Sentence s, int from, int scanFrom, int limit,
                                Predicate<Token> passes) {
    TextAnalysis ta = run.ta();
    for (int k = scanFrom; k < Math.min(s.to(), limit); k++) {
      Token x = ta.tokens().get(k);
      EntityMention m = run.speakerAt().get(x.start());
      if (m != null && m.type() == EntityType.PERSON) {
        int to = ta.tokenAt(m.end());
        int start = ta.tokens().get(from).start();
        return new Candidate(from, to, new EntityMention(start, m.end(), ta.text().substring(start, m.end()),
            m.type(), m.canonical(), m.role()), isPossessive(ta, to));
      }
      if (!passes.test(x)) {
        return null;
      }
    }
    return null;
  }

  /**
   * "…," said the 46-year-old. / said a former official: a noun phrase opening with a determiner right
   * after the cue, up to the sentence end or a comma, of at most six words.
   */
  public Candidate nominalAfterCue(Article run, Sentence s, int t) {
    TextAnalysis ta = run.ta();
    if (t >= s.to() || !DETERMINERS.contains(ta.tokens().get(t).lower()) || ta.tokens().get(t).is("that")) {
      return null;
    }
    int end = t + 1;
    // "said the former chief adviser to Governor Ann Miller.", "said one official close to the talks,"
    while (end < s.to() && end - t <= 12 && (ta.tokens().get(end).isWord() || ta.tokens().get(end).text().equals("-")
        || ta.tokens().get(end).text().equals(".") && end + 1 < s.to() && ta.tokens().get(end - 1).isCapitalized()
        || Character.isDigit(ta.tokens().get(end).text().charAt(0)))
        && (!NP_STOPS.contains(ta.tokens().get(end).lower()) || PHRASE_PREPOSITIONS.contains(ta.tokens().get(end).lower())
            || ta.tokens().get(end).is("the"))) {
      end++;
    }
    boolean closed = end >= s.to() || ta.tokens().get(end).text().equals(",") || ta.tokens().get(end).text().equals(".");
    if (!closed || end - t < 2) {
      return null;
    }
    return new Candidate(t, end, phraseSpeaker(run, t, end), false);
  }

  /**
   * "said retired Labour councillor Mary Finch", "said the mayor’s long-serving press aide Tom Wale": a
   * person's name after up to seven describing words, a possessor among them, two descriptions joined by
   * "and" among them.
   */
  public Candidate describedNameAfterCue(Article run, Sentence s, int t) {
    EntityMention first = t < s.to() ? run.speakerAt().get(run.ta().tokens().get(t).start()) : null;
    if (t >= s.to() || first != null && first.type() == EntityType.PERSON) {
      return null; // a name right after the cue is candidateAt's
    }
    int firstStart = run.ta().tokens().get(t).start();
    // "points out former sprinter and radio pundit Ann Reyes": two descriptions of one person joined by "and"
    return personAhead(run, s, t, t, t + 8, x -> (x.isWord() || x.text().equals("-") || x.lower().equals("'s")
        || x.lower().equals("’s")) && (!NP_STOPS.contains(x.lower()) || x.lower().equals("and") && x.start() > firstStart)
        && !insideQuote(run, x.start()));
  }

  /** "said Tom Reyes, a baker who has lived on the street for years.": the name and its apposition, to the sentence end. */
  public Candidate trailingApposition(Article run, Sentence s, Candidate c) {
    TextAnalysis ta = run.ta();
    EntityMention sp = c.speaker();
    if (sp == null || c.to() >= s.to() || !ta.tokens().get(c.to()).text().equals(",")) {
      return c;
    }
    int end = s.to();
    for (int i = c.to() + 1; i < s.to(); i++) {
      String w = ta.tokens().get(i).text();
      if (isQuoteChar(w) || w.equals("“") || words.isCue(ta.tokens().get(i).lower()) && i == c.to() + 1) {
        return c; // another quotation, or ", adding …": not an apposition
      }
    }
    while (end > c.to() && !ta.tokens().get(end - 1).isWord() && !ta.tokens().get(end - 1).text().equals(")")) {
      end--;
    }
    if (end - c.to() < 3 || end - c.to() > 30) {
      return c;
    }
    int start = ta.tokens().get(c.from()).start();
    int stop = ta.tokens().get(end - 1).end();
    return new Candidate(c.from(), end, new EntityMention(start, stop, ta.text().substring(start, stop), sp.type(),
        sp.canonical(), sp.role()), false);
  }

  /**
   * A nominal source right after a quote ("…," the witness said; "…," another neighbour, Tom Reyes told the radio):
   * the words up to a cue verb, a comma allowed between.
   */
  public Candidate nominalAt(Article run, Sentence s, int t) {
    TextAnalysis ta = run.ta();
    if (t >= s.to() || !ta.tokens().get(t).isWord()) {
      return null;
    }
    for (int v = t + 1; v < Math.min(s.to(), t + 10); v++) {
      Token x = ta.tokens().get(v);
      if (words.isCue(x.lower()) && ta.tokens().get(v - 1).isWord()) {
        EntityMention named = phraseSpeaker(run, t, v);
        if (named.type() != EntityType.OTHER) {
          return new Candidate(t, v, named, false);
        }
        Candidate c = nominalBefore(run, s, v);
        return c != null && c.from() == t ? c : null;
      }
      if (!x.isWord() && !x.text().equals(",") && !x.text().equals("-") && !x.text().equals(".")) {
        return null;
      }
    }
    return null;
  }

  /**
   * True when a subject ending at token {@code end} can govern the verb at {@code cue}: only auxiliaries,
   * adverbs and negation between them, or an apposition set off by commas. A cue word far from any
   * subject is usually a noun ("questions about …", "the states").
   */
  public boolean governs(Article run, Sentence s, Candidate subject, int cue) {
    TextAnalysis ta = run.ta();
    int end = subject.to();
    if (end >= cue) {
      return true;
    }
    if (ta.tokens().get(end).text().equals(",") && ta.tokens().get(cue - 1).text().equals(",")) {
      return true; // "Mike Shields, president of …, said"
    }
    for (int i = end; i < cue; i++) {
      String w = ta.tokens().get(i).lower();
      if (!(ADVERBS.contains(w) || w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("been")
          || w.equals("be") || w.equals("does") || w.equals("did") || w.equals("do") || w.equals("'s") || w.equals("’s")
          || w.equals("reportedly") || w.equals("privately") || w.equals("openly") || w.equals("long") || w.equals("later"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The speaker a phrase of tokens [from, to) names: the person or organisation inside it ("a new article
   * in Politico" → Politico), else the phrase itself as a nominal source ("other voters"); a bare pronoun
   * ("it", "they") gets no canonical name, since nobody could search for it.
   */
  public EntityMention phraseSpeaker(Article run, int from, int to) {
    TextAnalysis ta = run.ta();
    int start = ta.tokens().get(from).start();
    int end = ta.tokens().get(to - 1).end();
    String text = ta.text().substring(start, end);
    for (EntityMention m : run.entities()) {
      if (m.start() >= start && m.end() <= end && (m.type() == EntityType.PERSON || m.type() == EntityType.ORG)
          && headOf(ta, from, to, m)) {
        return new EntityMention(start, end, text, m.type(), m.canonical(), null);
      }
    }
    String canonical = LEADING_DETERMINER.matcher(text.toLowerCase(Locale.ROOT)).replaceFirst("");
    return new EntityMention(start, end, text, EntityType.OTHER, OTHER_PRONOUNS.contains(canonical) ? null : canonical, null);
  }

  /**
   * True when the entity is the head of the phrase [from, to): it ends the phrase ("Snyder spokesman Dave
   * Murray", not "several Clinton supporters") and no preposition stands before it ("a spokeswoman for
   * Fiorina" speaks for Fiorina but is not Fiorina).
   */
  private static boolean headOf(TextAnalysis ta, int from, int to, EntityMention m) {
    int last = to - 1;
    while (last > from && !ta.tokens().get(last).isWord() && !ta.tokens().get(last).text().equals(")")) {
      last--;
    }
    if (ta.tokens().get(last).end() > m.end() && !ta.tokens().get(last).text().equals(")")) {
      return false;
    }
    for (int i = from; i < to && ta.tokens().get(i).start() < m.start(); i++) {
      if (PHRASE_PREPOSITIONS.contains(ta.tokens().get(i).lower())) {
        return false;
      }
    }
    return true;
  }

  /** "according to [a new survey by the Island Chamber of Commerce]": up to a comma or the sentence end. */
  public Candidate nounPhraseAfter(Article run, Sentence s, int from) {
    TextAnalysis ta = run.ta();
    int to = from;
    while (to < s.to() && to - from < 12) {
      Token t = ta.tokens().get(to);
      if (!(t.isWord() || t.text().equals("-") || t.text().equals("'s") || t.text().equals("’s") || t.text().equals(".")
          && to > from && ta.tokens().get(to - 1).end() == t.start() || Character.isDigit(t.text().charAt(0)))) {
        break;
      }
      to++;
    }
    while (to > from && ta.tokens().get(to - 1).text().equals(".")) {
      to--;
    }
    if (to == from) {
      return null;
    }
    return new Candidate(from, to, phraseSpeaker(run, from, to), false);
  }

  public static boolean isQuoteChar(String w) {
    return w.equals("”") || w.equals("\"") || w.equals("“");
  }

  /**
   * Where a time phrase just before token {@code c} starts ("on Thursday", "on Monday night", "yesterday",
   * "last week", "earlier this month"), or {@code c} when there is none.
   */
  private static int beforeTimePhrase(TextAnalysis ta, Sentence s, int c) {
    int j = c - 1;
    if (j > s.from() && Set.of("night", "morning", "evening", "afternoon").contains(ta.tokens().get(j).lower())) {
      j--;
    }
    if (j >= s.from() && (CalendarWords.isWeekday(ta.tokens().get(j).lower())
        || Set.of("yesterday", "today", "tonight").contains(ta.tokens().get(j).lower()))) {
      return j > s.from() && ta.tokens().get(j - 1).is("on") ? j - 1 : j;
    }
    if (j - 1 >= s.from() && Set.of("week", "month", "year").contains(ta.tokens().get(j).lower())
        && Set.of("last", "this", "next").contains(ta.tokens().get(j - 1).lower())) {
      j--;
      return j > s.from() && Set.of("earlier", "later").contains(ta.tokens().get(j - 1).lower()) ? j - 1 : j;
    }
    return c;
  }

  public Candidate subjectOf(Article run, Sentence s, int c) {
    TextAnalysis ta = run.ta();
    if (ta.tokens().get(c).lower().endsWith("ing") && c > s.from() && ta.tokens().get(c - 1).text().equals(",")) {
      // "…, calling his hacking expeditions …": the participle's subject is the source of the attribution before it
      int sentenceStart = ta.tokens().get(s.from()).start();
      int cueStart = ta.tokens().get(c).start();
      for (int i = run.statements().size() - 1; i >= 0; i--) {
        Statement st = run.statements().get(i);
        EntityMention sp = st.speaker();
        if (st.cue() != null && st.cue().start() >= sentenceStart && st.cue().start() < cueStart && sp != null
            && sp.start() >= sentenceStart) {
          return new Candidate(ta.tokenAt(sp.start()), ta.tokenAt(sp.end()), sp, false);
        }
      }
    }
    c = beforeTimePhrase(ta, s, c); // "Trump on Thursday said": the subject is before the time
    Candidate found = namedSubjectOf(run, s, c);
    if (found == null) {
      Candidate nominal = nominalBefore(run, s, c);
      return nominal == null ? null : spokesperson(run, s, nominal); // "voters in all three counties see"
    }
    Candidate widened = widen(run, s, found, c);
    if (!run.ta().tokens().get(c).lower().endsWith("ing") && !widened.speaker().text().equalsIgnoreCase("who")
        && !governs(run, s, widened, c)) {
      // "several Clinton supporters said", "32 percent said": the name is not the subject; the noun
      // phrase before the verb is
      Candidate nominal = nominalBefore(run, s, c);
      if (nominal != null) {
        return spokesperson(run, s, nominal);
      }
    }
    return placeOfPerson(run, s, spokesperson(run, s, widened));
  }

  /** "A spokeswoman for Fiorina said", "aides to Trump said": the role speaks, on behalf of the name. */
  private Candidate spokesperson(Article run, Sentence s, Candidate cand) {
    TextAnalysis ta = run.ta();
    int p = cand.from() - 1;
    if (p - 1 < s.from() || !(ta.tokens().get(p).is("for") || ta.tokens().get(p).is("of") || ta.tokens().get(p).is("to")
        || ta.tokens().get(p).is("in") || ta.tokens().get(p).is("from") || ta.tokens().get(p).is("across") || ta.tokens().get(p).is("by"))) {
      return cand;
    }
    Token headToken = ta.tokens().get(p - 1);
    String head = headToken.lower();
    boolean placeOfGroup = cand.speaker() != null && cand.speaker().type() != EntityType.PERSON && headToken.isWord()
        && head.endsWith("s") && !NP_STOPS.contains(head) && !words.isCue(head); // "voters in Ohio"
    boolean documentBy = SOURCE_DOCUMENTS.contains(head) && (ta.tokens().get(p).is("by") || ta.tokens().get(p).is("in")
        || ta.tokens().get(p).is("from") || ta.tokens().get(p).is("of")); // "A review by The Times said"
    if (!(ROLE_NOUNS.contains(head) || PLURAL_SOURCES.contains(head) || words.isTitle(head) || placeOfGroup || documentBy)) {
      return cand;
    }
    Candidate role = nominalBefore(run, s, p);
    if (role == null) {
      return cand;
    }
    return new Candidate(role.from(), cand.to(), phraseSpeaker(run, role.from(), cand.to()), cand.possessive());
  }

  /** "Ann Fell of Dover, Delaware says": the person, not the place they are from. */
  private Candidate placeOfPerson(Article run, Sentence s, Candidate cand) {
    if (cand.speaker() == null || cand.speaker().type() != EntityType.PLACE) {
      return cand;
    }
    TextAnalysis ta = run.ta();
    int i = cand.from() - 1;
    while (i > s.from() && i >= cand.from() - 5 && (ta.tokens().get(i).isCapitalized() || ta.tokens().get(i).text().equals(","))) {
      i--;
    }
    if (i <= s.from() || !(ta.tokens().get(i).is("of") || ta.tokens().get(i).is("from"))) {
      return cand;
    }
    for (int b = i - 1; b >= s.from() && b >= i - 5; b--) {
      Candidate person = candidateAt(run, s, b);
      if (person != null && person.to() == i && person.speaker() != null && person.speaker().type() == EntityType.PERSON) {
        EntityMention p = person.speaker();
        int start = ta.tokens().get(person.from()).start();
        int end = ta.tokens().get(cand.to() - 1).end();
        return new Candidate(person.from(), cand.to(), new EntityMention(start, end, ta.text().substring(start, end),
            p.type(), p.canonical(), p.role()), cand.possessive());
      }
    }
    return cand;
  }

  /**
   * The whole noun phrase of a named source, as news writes it: the determiner, titles and modifiers
   * before the name ("the county GOP chairwoman Lena Marsh"), a party tag after it ("(R-Texas)") and an
   * apposition between it and the cue ("Ruth Kerr, the council's former planning chief, said").
   */
  public Candidate widen(Article run, Sentence s, Candidate cand, int cue) {
    TextAnalysis ta = run.ta();
    EntityMention sp = cand.speaker();
    if (sp == null || PERSONAL_PRONOUNS.contains(sp.text().toLowerCase(Locale.ROOT))) {
      return cand;
    }
    int from = cand.from();
    while (from - 1 >= s.from()) {
      Token prev = ta.tokens().get(from - 1);
      String w = prev.lower();
      boolean modifier = prev.isWord() && !words.isCue(w) && !NP_STOPS.contains(w)
          && (words.isTitle(w) || NP_MODIFIERS.contains(w) || (words.demonymCountry(NameKeys.fold(prev.text())) != null)
          || (prev.isCapitalized() && from - 1 > s.from() && !words.isCommon(w)) || Character.isDigit(w.charAt(0)));
      boolean possessive = (w.equals("'s") || w.equals("’s")) && from - 2 >= s.from() && ta.tokens().get(from - 2).isCapitalized();
      // "Secretary of State Madeleine Albright", "President of the Senate X": "of" inside a title
      boolean titleOf = w.equals("of") && from - 2 >= s.from() && words.isTitle(ta.tokens().get(from - 2).lower())
          && ta.tokens().get(from).isCapitalized();
      if (modifier || possessive || titleOf) {
        from -= possessive || titleOf ? 2 : 1;
      } else {
        break;
      }
    }
    if (from - 1 >= s.from() && (ta.tokens().get(from - 1).is("the") || ta.tokens().get(from - 1).is("a")
        || ta.tokens().get(from - 1).is("an")) && (from < cand.from() || sp.type() != EntityType.PERSON)) {
      from--; // "the county GOP chairwoman …", "The Kremlin": the determiner belongs to the source
    }
    int to = cand.to();
    if (to < s.to() && ta.tokens().get(to).text().equals("(")) {
      for (int k = to + 1; k < Math.min(s.to(), to + 8); k++) {
        if (ta.tokens().get(k).text().equals(")")) {
          to = k + 1;
          break;
        }
      }
    }
    if (to < cue && ta.tokens().get(to).text().equals(",") && cue - 1 > to && ta.tokens().get(cue - 1).text().equals(",")
        && cue - to <= 16) {
      to = cue - 1; // apposition up to the comma before the cue
    }
    if (from == cand.from() && to == cand.to()) {
      return cand;
    }
    int start = ta.tokens().get(from).start();
    int end = ta.tokens().get(to - 1).end();
    return new Candidate(from, to, new EntityMention(start, end, ta.text().substring(start, end), sp.type(),
        sp.canonical(), sp.role()), cand.possessive());
  }

  /** A noun phrase ending just before the cue ("other voters", "The witness", "Half of Vermont Democrats"). */
  public Candidate nominalBefore(Article run, Sentence s, int c) {
    TextAnalysis ta = run.ta();
    int i = c - 1;
    while (i >= s.from() && (ADVERBS.contains(ta.tokens().get(i).lower()) && !ta.tokens().get(i).is("first"))) {
      i--;
    }
    int end = i + 1;
    int k = i;
    while (k >= s.from() && end - k <= 7) {
      Token t = ta.tokens().get(k);
      String w = t.lower();
      boolean wordLike = t.isWord() || w.equals("-") || w.equals("'s") || w.equals("’s") || Character.isDigit(w.charAt(0));
      // a plural noun that is also a cue ("all five states see", "reports said") heads the phrase right before the verb
      boolean pluralHead = k == i && w.endsWith("s") && !w.equals("says") && !w.endsWith("ss");
      if (!wordLike || NP_STOPS.contains(w) || words.isCue(w) && !pluralHead || insideQuote(run, t.start())) {
        break;
      }
      k--;
      if (DETERMINERS.contains(w)) {
        break;
      }
    }
    int from = k + 1;
    while (from < end && !ta.tokens().get(from).isWord() && !Character.isDigit(ta.tokens().get(from).text().charAt(0))) {
      from++; // a noun phrase starts with a word or a number ("32 percent")
    }
    if (from >= end) {
      return null;
    }
    String first = ta.tokens().get(from).lower();
    if (from == end - 1 && !OTHER_PRONOUNS.contains(first) && (words.isCommon(first) && !ta.tokens().get(from).isCapitalized())) {
      return null;
    }
    return new Candidate(from, end, phraseSpeaker(run, from, end), false);
  }

  public Candidate namedSubjectOf(Article run, Sentence s, int c) {
    TextAnalysis ta = run.ta();
    boolean participle = ta.tokens().get(c).lower().endsWith("ing");
    if (participle) {
      for (int i = s.from(); i < c; i++) {
        if (insideQuote(run, ta.tokens().get(i).start())) {
          continue;
        }
        Candidate cand = candidateAt(run, s, i);
        if (cand != null && !cand.possessive()) {
          return cand;
        }
      }
      return null;
    }
    int i = c - 1;
    if (i > s.from() && isPossessive(ta, i)) {
      // "Putin's warning that …": the possessor is the source
      for (int b = i - 1; b >= s.from() && b >= i - 6; b--) {
        Candidate cand = candidateAt(run, s, b);
        if (cand != null && cand.to() == i) {
          return new Candidate(cand.from(), cand.to(), cand.speaker(), false);
        }
      }
    }
    while (i >= s.from() && ADVERBS.contains(ta.tokens().get(i).lower())) {
      i--;
    }
    // relative "who": "…voters, who said …" — the source is "who", meaning what precedes the comma
    if (i >= s.from() && ta.tokens().get(i).is("who")) {
      Token who = ta.tokens().get(i);
      EntityMention antecedent = null;
      if (i - 1 > s.from() && ta.tokens().get(i - 1).text().equals(",")) {
        for (int b = i - 2; b >= s.from() && b >= i - 8; b--) {
          Candidate cand = candidateAt(run, s, b);
          if (cand != null && cand.to() == i - 1 && cand.speaker() != null) {
            antecedent = cand.speaker();
          }
        }
      }
      return new Candidate(i, i + 1, new EntityMention(who.start(), who.end(), who.text(),
          antecedent == null ? EntityType.OTHER : antecedent.type(),
          antecedent == null ? null : antecedent.canonical(), null), false);
    }
    // step over appositions ", who …," / ", president of X, a group …," just before the verb:
    // the source is the candidate that ends right before one of the commas
    if (i >= s.from() && ta.tokens().get(i).text().equals(",")) {
      int commas = 0;
      for (int j = i - 1; j >= s.from() && j >= i - 30 && commas < 4; j--) {
        if (!ta.tokens().get(j).text().equals(",") || insideQuote(run, ta.tokens().get(j).start())) {
          continue;
        }
        commas++;
        for (int b = j - 1; b >= s.from() && b >= j - 6; b--) {
          Candidate cand = candidateAt(run, s, b);
          if (cand != null && cand.to() == j && !cand.possessive() && cand.speaker() != null
              && cand.speaker().type() != EntityType.OTHER) {
            return cand;
          }
        }
      }
      int j = i - 1;
      while (j >= s.from() && !ta.tokens().get(j).text().equals(",")) {
        j--;
      }
      if (j >= s.from()) {
        i = j - 1;
      }
    }
    for (; i >= s.from(); i--) {
      if (insideQuote(run, ta.tokens().get(i).start())) {
        continue;
      }
      Candidate best = null;
      for (int b = i; b >= s.from() && b >= i - 6; b--) {
        Candidate cand = candidateAt(run, s, b);
        if (cand != null && cand.to() == i + 1) {
          best = cand; // the longest candidate that ends here
        }
      }
      if (best != null && !best.possessive()) {
        return best;
      }
      if (best != null) {
        i = best.from();
      }
    }
    return null;
  }

  /** A speaker candidate starting exactly at token t: an entity, a pronoun or a role phrase. */
  public Candidate candidateAt(Article run, Sentence s, int t) {
    TextAnalysis ta = run.ta();
    if (t >= s.to()) {
      return null;
    }
    Token tok = ta.tokens().get(t);
    if (insideQuote(run, tok.start())) {
      return null;
    }
    EntityMention named = run.speakerAt().get(tok.start());
    // a place or organisation may only qualify the title of the person who follows ("U.S. President X")
    if (named != null && named.type() != EntityType.PLACE && named.type() != EntityType.ORG) {
      int to = ta.tokenAt(named.end());
      return new Candidate(t, to, named, isPossessive(ta, to));
    }
    String w = tok.lower();
    boolean qualifier = words.isTitle(w) || NP_MODIFIERS.contains(w);
    // "But Ferguson", "And Chancellor Brown", "in Lisbon Mr Brown": the word before is no part of the speaker
    boolean capitalisedQualifier = tok.isCapitalized() && !words.isCommon(w)
        && !(t + 1 < s.to() && words.isHonorific(ta.tokens().get(t + 1).text()));
    if (tok.isWord() && (qualifier || capitalisedQualifier)) {
      Candidate titled = personAhead(run, s, t, t + 1, t + 5, x -> x.text().equals(".") || words.isTitle(x.lower())
          || NP_MODIFIERS.contains(x.lower()) || x.isCapitalized());
      if (titled != null) {
        return titled;
      }
    }
    if (named != null) {
      int to = ta.tokenAt(named.end());
      return new Candidate(t, to, named, isPossessive(ta, to));
    }
    if (PERSONAL_PRONOUNS.contains(w)) {
      // who "he" is gets decided once every statement is known (groundPronouns), not while scanning
      EntityMention m = new EntityMention(tok.start(), tok.end(), tok.text(), EntityType.PERSON, null, null);
      return new Candidate(t, t + 1, m, false);
    }
    // role phrases: "the U.S. president", "the Kremlin", "a White House official", "officials"
    int from = t;
    boolean determiner = DETERMINERS.contains(w);
    int i = determiner ? t + 1 : t;
    int limit = Math.min(s.to(), i + 5);
    for (int j = i; j < limit; j++) {
      Token x = ta.tokens().get(j);
      String xl = x.lower();
      if (!x.isWord() && !xl.equals("-")) {
        break;
      }
      if (ROLE_NOUNS.contains(xl) || PLURAL_SOURCES.contains(xl)) {
        boolean plural = PLURAL_SOURCES.contains(xl);
        if (!determiner && !plural && j == i) {
          break; // a bare "president" is a title, handled with the name
        }
        int to = j + 1;
        if (to < s.to() && ta.tokens().get(to).is("of") && to + 1 < s.to() && ta.tokens().get(to + 1).isCapitalized()) {
          to += 2; // "the president of Russia"
        }
        // "Hungarian Prime Minister Viktor Orban", "his campaign manager Jeff Weaver": the name after the title
        for (int n = to; n < Math.min(s.to(), to + 4); n++) {
          EntityMention m = run.speakerAt().get(ta.tokens().get(n).start());
          if (m != null && m.type() == EntityType.PERSON) {
            int end = ta.tokenAt(m.end());
            return new Candidate(from, end, m, isPossessive(ta, end));
          }
          String nl = ta.tokens().get(n).lower();
          if (!(words.isTitle(nl) || ROLE_NOUNS.contains(nl) || NP_MODIFIERS.contains(nl))) {
            break;
          }
        }
        String text = ta.text().substring(ta.tokens().get(from).start(), ta.tokens().get(to - 1).end());
        EntityMention speaker = resolveRole(run, from, to, text, xl);
        return new Candidate(from, to, speaker, isPossessive(ta, to));
      }
      if (x.isCapitalized() || !words.isCommon(xl)) {
        continue;
      }
      break;
    }
    return null;
  }

  private static boolean isPossessive(TextAnalysis ta, int to) {
    return to < ta.tokens().size() && (ta.tokens().get(to).lower().equals("'s") || ta.tokens().get(to).lower().equals("’s"));
  }

  /** "the U.S. president" → the one person the article gives a matching role; else the role itself, unresolved. */
  private EntityMention resolveRole(Article run, int from, int to, String text, String head) {
    TextAnalysis ta = run.ta();
    int start = ta.tokens().get(from).start();
    int end = ta.tokens().get(to - 1).end();
    Set<String> qualifiers = new HashSet<>();
    for (int i = from; i < to; i++) {
      String f = NameKeys.fold(ta.tokens().get(i).text());
      if (!DETERMINERS.contains(f) && !f.equals(head) && !f.equals("of")) {
        qualifiers.add(f);
      }
    }
    if (!PLURAL_SOURCES.contains(head) && !SpeakerResolution.indefinite(text)) {
      String holder = roleHolders.holder(head, qualifiers, run.roleHolders());
      if (holder == null && qualifiers.stream().anyMatch(q -> words.isCountry(words.countryOf(q)))) {
        holder = personEarlierInSentence(run, from, head, qualifiers);
      }
      if (holder != null) {
        return new EntityMention(start, end, text, EntityType.PERSON, holder, null);
      }
    }
    String canonical = LEADING_DETERMINER.matcher(text.toLowerCase(Locale.ROOT)).replaceFirst("");
    return new EntityMention(start, end, text, EntityType.OTHER, canonical, null);
  }

  /**
   * A national role phrase ("the Russian President") naming the person just before it in its own sentence,
   * when the article gives that person no other role: news writes it to avoid repeating a name.
   */
  private String personEarlierInSentence(Article run, int from, String head, Set<String> qualifiers) {
    TextAnalysis ta = run.ta();
    int sentenceStart = ta.tokens().get(ta.sentences().get(ta.sentenceOf(from)).from()).start();
    int start = ta.tokens().get(from).start();
    EntityMention latest = null;
    for (EntityMention m : run.entities()) {
      if (m.type() == EntityType.PERSON && m.canonical() != null && m.start() >= sentenceStart && m.start() < start
          && !insideQuote(run, m.start())) {
        latest = m;
      }
    }
    return latest != null && roleHolders.mayHold(latest.canonical(), head, qualifiers, run.roleHolders())
        ? latest.canonical() : null;
  }
}
