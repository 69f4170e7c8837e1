package dev.newsfacet.extract;

import static dev.newsfacet.extract.statement.StatementWords.*;

import dev.newsfacet.extract.attribution.AttributionInput;
import dev.newsfacet.extract.attribution.AttributionTagger;
import dev.newsfacet.extract.statement.Antecedents;
import dev.newsfacet.extract.statement.Candidate;
import dev.newsfacet.extract.statement.CapitalsSpeaker;
import dev.newsfacet.extract.statement.ClauseBounds;
import dev.newsfacet.extract.statement.ModelAttributions;
import dev.newsfacet.extract.statement.Quote;
import dev.newsfacet.extract.statement.Refusals;
import dev.newsfacet.extract.statement.RoleHolders;
import dev.newsfacet.extract.statement.Sources;
import dev.newsfacet.extract.statement.SpeakerResolution;
import dev.newsfacet.extract.statement.SubjectWords;
import dev.newsfacet.model.Cue;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import dev.newsfacet.model.Span;
import dev.newsfacet.model.Statement;
import dev.newsfacet.model.StatementKind;
import dev.newsfacet.text.CalendarWords;
import dev.newsfacet.text.NameKeys;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Statement extraction by rules, in three passes over each sentence:
 * <ol>
 *   <li>quotes with their own attribution: {@code "…," Trump said}, {@code Trump wrote on X: "…"};</li>
 *   <li>reported speech after a cue verb: {@code Trump said (that) …}, {@code …, adding that Hungary is "ready"},
 *       {@code according to X, …} (indirect, or mixed when the clause holds quoted words);</li>
 *   <li>remaining quotes: a quote that opens a sentence continues the previous speaker's words.</li>
 * </ol>
 * Speakers are named entities, pronouns (resolved to the latest compatible person who was a sentence
 * subject), role phrases ("the U.S. president", resolved through the roles given with names) or nominal
 * sources ("officials").
 */
public final class RuleBasedStatementExtractor implements StatementExtractor {
  // compiled once: String.split, matches and replaceFirst with a pattern compile it on every call
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern OPENING_MARKS = Pattern.compile("[\\s“\"„«]*");
  private static final Pattern CLOSING_MARKS = Pattern.compile("[\\s”\"»]*");
  private static final Map<String, Lexicon.Gender> PRONOUNS = Map.of("he", Lexicon.Gender.MALE,
      "she", Lexicon.Gender.FEMALE);

  private final Lexicon lexicon;
  /** The trained attribution model, or null for the rules alone. */
  private final AttributionTagger attributions;
  private final RuleBasedEntityExtractor genders;
  private final RoleHolders roleHolders;
  private final SpeakerResolution speakerResolution;
  private final Sources sources;
  private final ModelAttributions modelAttributions;
  private final SubjectWords subjectWords;
  private final ClauseBounds clauseBounds;
  private final Refusals refusals = new Refusals();
  private final Set<String> personDescriptions = Antecedents.personDescriptions();
  /** "FACTBOX", "ANALYSIS": labels before a headline's colon, not speakers. */
  private final Set<String> headlineLabels = Refusals.headlineLabels();
  private final CapitalsSpeaker capitalsSpeaker;

  public RuleBasedStatementExtractor(Lexicon lexicon) {
    this(lexicon, null);
  }

  /**
   * The rules, and the trained attribution model after them where it is given: it adds the attributions
   * the rules did not find.
   */
  public RuleBasedStatementExtractor(Lexicon lexicon, AttributionTagger attributions) {
    this.lexicon = lexicon;
    this.attributions = attributions;
    this.genders = new RuleBasedEntityExtractor(lexicon);
    this.roleHolders = new RoleHolders(w -> {
      String country = countryOf(w);
      return country.equals(w) ? lexicon.roleWord(w) : country;
    });
    Sources.Words sourceWords = new Sources.Words() {
      @Override
      public boolean isCue(String lower) {
        return lexicon.cues.containsKey(lower);
      }

      @Override
      public boolean isTitle(String lowerPhrase) {
        return lexicon.isTitle(lowerPhrase);
      }

      @Override
      public boolean isCommon(String word) {
        return lexicon.isCommon(word);
      }

      @Override
      public boolean isHonorific(String word) {
        return lexicon.isHonorific(word);
      }

      @Override
      public boolean isCountry(String folded) {
        return lexicon.countries.contains(folded);
      }

      @Override
      public String demonymCountry(String folded) {
        return lexicon.demonyms.get(folded);
      }

      @Override
      public String place(String folded) {
        return lexicon.places.get(folded);
      }

      @Override
      public String countryOf(String folded) {
        return RuleBasedStatementExtractor.this.countryOf(folded);
      }
    };
    this.sources = new Sources(sourceWords, roleHolders);
    this.modelAttributions = new ModelAttributions(sourceWords);
    this.subjectWords = new SubjectWords(sources);
    this.clauseBounds = new ClauseBounds(sourceWords, sources);
    this.capitalsSpeaker = new CapitalsSpeaker(lexicon.firstNames::containsKey, lexicon.organizations::containsKey);
    this.speakerResolution = new SpeakerResolution(roleHolders,
        head -> lexicon.partyWords.containsKey(head) || lexicon.demonyms.containsKey(head));
  }

  private String cueLemma(Cue cue) {
    String first = cue.text().toLowerCase(Locale.ROOT).split("\\s+")[0];
    Lexicon.CueWord word = lexicon.cues.get(first);
    return word == null ? first : word.lemma();
  }

  /** An extractor over the built-in lexicon. */
  public RuleBasedStatementExtractor() {
    this(Lexicon.defaultLexicon());
  }

  @Override
  public List<Statement> extract(String text, List<EntityMention> entities) {
    return extract(TextAnalysis.of(text), entities);
  }


  /** Work state for one article. */
  private final class Run {
    final TextAnalysis ta;
    final List<EntityMention> entities;
    final List<Quote> quotes;
    final boolean[] usedQuote;
    final Set<Integer> usedCues = new HashSet<>();
    final List<Statement> out = new ArrayList<>();
    final Antecedents antecedents;
    /** The pass now running, recorded in each statement it makes. */
    String pass = "rules";
    final Map<String, Antecedents.Gender> genderByName = new HashMap<>();
    final List<RoleHolders.Holder> roleHolders = new ArrayList<>();
    final List<Statement> quoteStatements = new ArrayList<>();
    final List<Integer> quoteStatementQuote = new ArrayList<>();

    /** Per character: inside a quotation (marks included). */
    final BitSet quoted = new BitSet();
    /** Speaker-capable entity mentions (people, organisations) by start offset. */
    final Map<Integer, EntityMention> speakerAt = new HashMap<>();
    /** What the source step reads of the article. */
    final Sources.Article article;

    Run(TextAnalysis ta, List<EntityMention> entities) {
      this.ta = ta;
      this.entities = entities;
      this.quotes = Quote.find(ta);
      this.usedQuote = new boolean[quotes.size()];
      for (Quote q : quotes) {
        quoted.set(q.open(), (q.close() < 0 ? q.contentEnd() : q.close()) + 1);
      }
      List<Antecedents.Mention> persons = new ArrayList<>();
      for (EntityMention m : entities) {
        if (m.type() == EntityType.PERSON || m.type() == EntityType.ORG) {
          speakerAt.putIfAbsent(m.start(), m);
        }
        if (m.type() == EntityType.PERSON && m.canonical() != null) {
          if (!quoted.get(m.start())) {
            persons.add(new Antecedents.Mention(m.start(), m.canonical(), genderOf(m.canonical()),
                ta.sentenceOf(ta.tokenAt(m.start()))));
          }
          if (m.role() != null) {
            roleHolders.add(new RoleHolders.Holder(m.canonical(), NameKeys.fold(m.role())));
          }
        }
      }
      for (int t = 0; t + 1 < ta.tokens.size(); t++) {
        // "the Dutchman", "the striker": someone the text describes, who may be the next "he"
        if (ta.tokens.get(t).is("the") && !quoted.get(ta.tokens.get(t).start()) && describesPerson(ta, t + 1)) {
          persons.add(new Antecedents.Mention(ta.tokens.get(t).start(), null, Antecedents.Gender.UNKNOWN,
              ta.sentenceOf(t)));
        }
      }
      this.antecedents = new Antecedents(persons);
      this.article = new Sources.Article(ta, entities, out, quoted, speakerAt, roleHolders, usedCues);
    }

    /** The gender the article's mentions of a person tell, from a title or the given name. */
    Antecedents.Gender genderOf(String canonical) {
      return genderByName.computeIfAbsent(canonical, this::findGender);
    }

    private Antecedents.Gender findGender(String canonical) {
      for (EntityMention m : entities) {
        if (m.type() == EntityType.PERSON && canonical.equals(m.canonical())) {
          Lexicon.Gender g = genders.genderOf(m);
          if (g != Lexicon.Gender.UNKNOWN) {
            return Antecedents.Gender.valueOf(g.name());
          }
        }
      }
      return Antecedents.Gender.UNKNOWN;
    }

    /** The statements found so far as speakers a pronoun may continue. */
    List<Antecedents.Speaker> speakersOf(List<Statement> statements) {
      List<Antecedents.Speaker> list = new ArrayList<>();
      for (Statement st : statements) {
        EntityMention sp = st.speaker();
        if (sp != null && sp.type() == EntityType.PERSON && sp.canonical() != null) {
          list.add(new Antecedents.Speaker(sp.start(), st.start(), st.end(), sp.canonical(), genderOf(sp.canonical()),
              ta.paragraphOf(sp.start())));
        } else if (sp != null && sp.type() == EntityType.OTHER && describesOnePerson(sp.text())) {
          // "The Portuguese confirmed …": someone speaks whom the text does not name
          list.add(new Antecedents.Speaker(sp.start(), st.start(), st.end(), null, Antecedents.Gender.UNKNOWN,
              ta.paragraphOf(sp.start())));
        }
      }
      return list;
    }
  }


  /** A cue under "not"/"never" (the subject did not say it), or a passive that makes the subject the addressee. */
  private static boolean negatedOrPassive(TextAnalysis ta, Sentence s, int c) {
    int i = c - 1;
    while (i >= s.from() && ADVERBS.contains(ta.tokens.get(i).lower()) && !ta.tokens.get(i).is("has")
        && !ta.tokens.get(i).is("had") && !ta.tokens.get(i).is("was") && !ta.tokens.get(i).is("is")) {
      i--;
    }
    if (i < s.from()) {
      return false;
    }
    String before = ta.tokens.get(i).lower().replace('’', '\'');
    if (before.equals("not") || before.equals("never") || before.endsWith("n't") || before.equals("cannot")) {
      return true;
    }
    if (DETERMINERS_BEFORE_NOUN.contains(before)
        || NOUN_BEFORE.contains(before) && ta.tokens.get(c).lower().endsWith("s")) {
      return true; // "deal with claims that …", "the claim that …": a noun, not the subject's verb
    }
    String cue = ta.tokens.get(c).lower();
    boolean be = Set.of("was", "were", "been", "being", "is", "are", "be", "get", "got").contains(before);
    // "the plan was backed by the mayor": a passive with its agent, whose subject said nothing
    boolean agent = cue.endsWith("ed") && c + 1 < s.to() && ta.tokens.get(c + 1).is("by");
    return be && (ADDRESSEE_CUES.contains(cue) || IMPERSONAL_PASSIVES.contains(cue) || agent);
  }


  /** An unnamed speaker that is one person: "the Portuguese", "the striker", "a spokesman" (not "officials", "the report"). */
  private boolean describesOnePerson(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
    String head = words[words.length - 1];
    return personDescriptions.contains(head) || lexicon.demonyms.containsKey(NameKeys.fold(head))
        || ROLE_NOUNS.contains(head) && !NON_PERSONAL_SOURCES.contains(head);
  }

  /** A token that, after "the", describes a person without naming them ("Dutchman", "32-year-old", "striker"). */
  private boolean describesPerson(TextAnalysis ta, int t) {
    // "the prime minister", "the Archbishop of Canterbury", "the former Tory leader": the head within three words
    for (int j = t; j < Math.min(ta.tokens.size(), t + 3); j++) {
      Token x = ta.tokens.get(j);
      if (!x.isWord()) {
        break;
      }
      if (j > t && (lexicon.isTitle(x.lower()) || ROLE_NOUNS.contains(x.lower()) && !NON_PERSONAL_SOURCES.contains(x.lower()))) {
        return j + 1 >= ta.tokens.size() || !ta.tokens.get(j + 1).isCapitalized() || ta.tokens.get(j + 1).is("of");
      }
    }
    Token tok = ta.tokens.get(t);
    String w = tok.lower();
    String stem = w.endsWith("woman") ? w.substring(0, w.length() - 5) : w.endsWith("man") ? w.substring(0, w.length() - 3) : null;
    if (personDescriptions.contains(w) || lexicon.isTitle(w) || w.endsWith("-year-old")
        || stem != null && lexicon.demonyms.containsKey(stem)) {
      return t + 1 >= ta.tokens.size() || !ta.tokens.get(t + 1).isCapitalized();
    }
    // "the Portuguese confirmed", "the Scot has": a nationality standing for a person before a verb
    if (tok.isCapitalized() && lexicon.demonyms.containsKey(NameKeys.fold(w)) && t + 1 < ta.tokens.size()) {
      String next = ta.tokens.get(t + 1).lower();
      return lexicon.cues.containsKey(next) || FINITE_AUXILIARIES.contains(next);
    }
    return false;
  }

  /** The three rule passes over every sentence. */
  private Run rulePasses(TextAnalysis ta, List<EntityMention> entities) {
    Run run = new Run(ta, entities);
    for (int si = 0; si < ta.sentences.size(); si++) {
      Sentence s = ta.sentences.get(si);
      run.pass = "rules:quote";
      directQuotes(run, s);
      run.pass = "rules:reported";
      reportedSpeech(run, s);
      run.pass = "rules:continuation";
      remainingQuotes(run, s);
    }
    return run;
  }

  /** What the attribution model reads of an article: the rules' statements so far among it (for training). */
  AttributionInput attributionInput(TextAnalysis ta, List<EntityMention> entities) {
    Run run = rulePasses(ta, entities);
    return AttributionInputs.of(ta, entities, run.out, run.quoted, lexicon);
  }

  List<Statement> extract(TextAnalysis ta, List<EntityMention> entities) {
    Run run = rulePasses(ta, entities);
    if (attributions != null) {
      run.pass = "model:attribution";
      modelPass(run);
    }
    run.out.removeIf(st -> st.cue() != null && refusals.isRefusal(cueLemma(st.cue())) || refusals.isNoComment(st.text())
        || st.speaker() != null && headlineLabels.contains(st.speaker().text().toLowerCase(Locale.ROOT)));
    speakerResolution.resolve(new SpeakerResolution.Steps(ta, entities, run.out, run.quoted, run.roleHolders,
        run.antecedents, run::speakersOf));
    run.out.sort(Comparator.comparingInt(Statement::start).thenComparingInt(Statement::end));
    return List.copyOf(run.out);
  }

  // ---------------------------------------------------------------- the trained model

  /**
   * The model's attributions where the rules found none, as far as {@link ModelAttributions} keeps them,
   * not overlapping a statement already made.
   */
  private void modelPass(Run run) {
    TextAnalysis ta = run.ta;
    AttributionInput in = AttributionInputs.of(ta, run.entities, run.out, run.quoted, lexicon);
    for (AttributionTagger.Found f : attributions.find(in, modelAttributions)) {
      if (!modelAttributions.keeps(in, f)) {
        continue;
      }
      int start = ta.tokens.get(f.cueFrom()).start();
      int end = ta.tokens.get(f.cueTo() - 1).end();
      Cue cue = new Cue(start, end, ta.text.substring(start, end));
      emitClause(run, f.contentFrom(), f.contentTo(), cue, sources.phraseSpeaker(run.article, f.sourceFrom(), f.sourceTo()),
          false);
    }
  }

  // ---------------------------------------------------------------- quotes

  private boolean insideQuote(Run run, int offset) {
    return run.quoted.get(offset);
  }

  private void directQuotes(Run run, Sentence s) {
    TextAnalysis ta = run.ta;
    for (int qi = 0; qi < run.quotes.size(); qi++) {
      Quote q = run.quotes.get(qi);
      if (run.usedQuote[qi]) {
        continue;
      }
      // attribution after the quote: "…," Trump said / said Trump / the U.S. president added / according to X
      // — not after a title inside a sentence ('on the radio show “Morning Tide,” Berg said …')
      String words = ta.text.substring(q.contentStart(), q.contentEnd());
      boolean titleInside = !opensSentence(ta, q) && isTitle(words.endsWith(",") ? words.substring(0, words.length() - 1) : words);
      if (q.close() >= 0 && q.close() < ta.text.length() && !titleInside) {
        if (q.endsIn(ta, s)) {
          int t = ta.tokenAt(q.closeEnd(ta.text));
          boolean punctuated = endsWithPunctuation(ta.text, q);
          if (t < s.to() && ta.tokens.get(t).text().equals(",")) {
            t++;
            punctuated = true;
          }
          if (!punctuated && !followedByCue(ta, t)) {
            // 'the mayor’s “stunts” are tiresome, Berg said': a quoted phrase inside the reported
            // clause, not a quotation the attribution follows; pass 2 reports the whole clause
            t = ta.tokens.size();
          }
          // '"We are ready!" Orban wrote': the splitter ended a sentence inside the quote; the
          // attribution opens the next one
          int ts = t < ta.tokens.size() ? ta.sentenceOf(t) : -1;
          Sentence where = ts >= 0 && ta.paragraphOf(ta.tokens.get(t).start()) == q.paragraph() ? ta.sentences.get(ts) : s;
          if (where != s && !opensSentence(ta, q)) {
            where = s; // 'the chair of “Gardeners for Greener Towns 2019.” Hale then …': a name, not a quotation
          }
          Attribution a = attributionAt(run, where, t);
          if (a != null && introducesNext(ta, a.cue())) {
            a = null; // '"… not having it." Ferguson added: "…"': the attribution is the next quote's
          }
          if (a != null && where != s && reportsItsOwnClause(ta, where, a)) {
            a = null; // '"… a quiet year." A spokesman said the ministry had nothing to add': its own words
          }
          if (a != null) {
            emitQuote(run, qi, StatementKind.DIRECT, a.cue(), a.speaker());
            continue;
          }
        }
      }
      // attribution before it: Trump said: "…" / writing on X:"…" / the Russian President said, "…"
      if (!q.inSentence(ta, s)) {
        continue;
      }
      int openToken = ta.tokenAt(q.open());
      for (int c = openToken - 1; c >= s.from() && c >= openToken - 8; c--) {
        if (insideQuote(run, ta.tokens.get(c).start())) {
          break;
        }
        Lexicon.CueWord cue = CapitalsSpeaker.inHeading(ta, c) ? null : lexicon.cues.get(ta.tokens.get(c).lower());
        if (cue != null && cue.frame() != Lexicon.CueFrame.NAMING && cue.frame() != Lexicon.CueFrame.AS
            && (bridgeIsDirect(ta, c + 1, openToken) || cue.lemma().equals("tell") && addresseeBridge(ta, c + 1, openToken))
            && (c + 1 < openToken || (q.endsIn(ta, s) && q.endsSentence(ta, s)))) {
          Candidate subject = sources.subjectOf(run.article, s, c);
          if (subject != null) {
            run.usedCues.add(c);
            emitQuote(run, qi, StatementKind.DIRECT, cueOf(ta, c), subject.speaker());
          }
          break;
        }
      }
    }
  }

  /**
   * An attribution opening the sentence after a quotation that goes on to report a clause of its own
   * ("A spokesman said the ministry had nothing to add"): it is not the quotation's. One that ends there, or
   * goes on only with where or how it was said ("Orban wrote on X."), is.
   */
  private boolean reportsItsOwnClause(TextAnalysis ta, Sentence where, Attribution a) {
    int end = Math.max(a.cueToken() + 1, ta.tokenAt(a.speaker() == null ? 0 : a.speaker().end()));
    for (int t = end; t < where.to(); t++) {
      Token tok = ta.tokens.get(t);
      if (!tok.isWord()) {
        return false; // the sentence (or its main part) ends: "said McIlroy."
      }
      if (t == end && (PREPOSITIONS.contains(tok.lower()) || ADVERBS.contains(tok.lower()))) {
        return false; // "wrote on X", "said later"
      }
      if (t == end) {
        return true; // "said the ministry had …": a clause of its own
      }
    }
    return false;
  }

  /** A speaker followed by "'s": the owner of the noun after it ("Ann Reyes's support"), who is not speaking. */
  private static boolean possessive(TextAnalysis ta, EntityMention speaker) {
    int after = ta.tokenAt(speaker.end());
    if (after >= ta.tokens.size()) {
      return false;
    }
    String w = ta.tokens.get(after).lower();
    return ta.tokens.get(after).start() == speaker.end() && (w.equals("'s") || w.equals("’s") || w.equals("'")
        || w.equals("’"));
  }

  /** A cue followed by a colon: it introduces what comes after it, not the quotation before it. */
  private static boolean introducesNext(TextAnalysis ta, Cue cue) {
    if (cue == null) {
      return false;
    }
    int t = ta.tokenAt(cue.end());
    return t < ta.tokens.size() && ta.tokens.get(t).text().equals(":");
  }

  /** True when the quotation's words end in punctuation ("…ready!", "…states,"), as a whole quoted sentence does. */
  private static boolean endsWithPunctuation(String text, Quote q) {
    int i = q.contentEnd() - 1;
    // white space and the closing mark of a quotation inside ("…help do you need?’") come after the punctuation
    while (i >= q.contentStart() && (Character.isWhitespace(text.charAt(i)) || "’'\"”".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i >= q.contentStart() && ",.!?…;:—–-".indexOf(text.charAt(i)) >= 0;
  }

  /** "“Go home” he said", "“Go home” said Trump": a cue right after the quote, or after a pronoun. */
  private boolean followedByCue(TextAnalysis ta, int t) {
    if (t >= ta.tokens.size()) {
      return false;
    }
    if (lexicon.cues.containsKey(ta.tokens.get(t).lower())) {
      return true;
    }
    return t + 1 < ta.tokens.size() && (PRONOUNS.containsKey(ta.tokens.get(t).lower()) || OTHER_PRONOUNS.contains(ta.tokens.get(t).lower()))
        && lexicon.cues.containsKey(ta.tokens.get(t + 1).lower());
  }

  /** True when the quotation's opening mark is the first token of its sentence. */
  private static boolean opensSentence(TextAnalysis ta, Quote q) {
    int open = ta.tokenAt(q.open());
    int sentence = ta.sentenceOf(open);
    return sentence >= 0 && ta.sentences.get(sentence).from() == open;
  }

  private record Attribution(Cue cue, EntityMention speaker, int cueToken) {}

  /** "Trump said", "the U.S. president added", "said Trump", "according to X" starting at token t. */
  private Attribution attributionAt(Run run, Sentence s, int t) {
    TextAnalysis ta = run.ta;
    if (t >= s.to()) {
      return null;
    }
    if (ta.tokens.get(t).is("according") && t + 1 < s.to() && ta.tokens.get(t + 1).is("to")) {
      Candidate c = sources.candidateAt(run.article, s, t + 2);
      if (c != null) {
        run.usedCues.add(t);
        return new Attribution(new Cue(ta.tokens.get(t).start(), ta.tokens.get(t + 1).end(),
            ta.text.substring(ta.tokens.get(t).start(), ta.tokens.get(t + 1).end())), c.speaker(), t);
      }
      return null;
    }
    Lexicon.CueWord verbFirst = lexicon.cues.get(ta.tokens.get(t).lower());
    if (verbFirst != null) {
      // '"…," points out the coach Tom Hale': the particle belongs to the verb
      int after = verbFirst.lemma().equals("point") && t + 1 < s.to() && ta.tokens.get(t + 1).is("out") ? t + 2 : t + 1;
      Candidate c = sources.possessedPerson(run.article, s, sources.candidateAt(run.article, s, after));
      if (c == null) {
        c = sources.nominalAfterCue(run.article, s, after);
      }
      if (c == null) {
        c = sources.describedNameAfterCue(run.article, s, after);
      }
      if (c != null && !c.possessive()) {
        run.usedCues.add(t);
        Cue cue = after == t + 1 ? cueOf(ta, t) : new Cue(ta.tokens.get(t).start(), ta.tokens.get(t + 1).end(),
            ta.text.substring(ta.tokens.get(t).start(), ta.tokens.get(t + 1).end()));
        return new Attribution(cue, sources.trailingApposition(run.article, s, c).speaker(), t);
      }
      return null;
    }
    Candidate c = sources.possessedPerson(run.article, s, sources.candidateAt(run.article, s, t));
    if (c == null || !leadsToCue(ta, s, c.to())) {
      Candidate nominal = sources.nominalAt(run.article, s, t); // "Snyder spokesman Dave Murray told": more than the first name
      c = nominal != null ? nominal : c;
    }
    if (c == null || c.possessive()) {
      return null;
    }
    int v = c.to();
    if (v < s.to() && ta.tokens.get(v).text().equals(",")) {
      for (int j = v + 1; j < Math.min(s.to() - 1, v + 25); j++) {
        if (ta.tokens.get(j).text().equals(",") && lexicon.cues.containsKey(ta.tokens.get(j + 1).lower())) {
          v = j + 1;
          break;
        }
      }
    }
    while (v < s.to() && ADVERBS.contains(ta.tokens.get(v).lower())) {
      v++;
    }
    if (v < s.to() && lexicon.cues.containsKey(ta.tokens.get(v).lower())) {
      run.usedCues.add(v);
      return new Attribution(cueOf(ta, v), sources.widen(run.article, s, c, v).speaker(), v);
    }
    return null;
  }



  /** True when a cue follows token v, after adverbs or an apposition set off by a comma. */
  private boolean leadsToCue(TextAnalysis ta, Sentence s, int v) {
    while (v < s.to() && (ADVERBS.contains(ta.tokens.get(v).lower()) || ta.tokens.get(v).text().equals(","))) {
      v++;
    }
    return v < s.to() && lexicon.cues.containsKey(ta.tokens.get(v).lower());
  }





  /** True when only a colon, a comma or an adverbial ("on X", "on the X platform") stands between cue and quote. */
  private static boolean bridgeIsDirect(TextAnalysis ta, int from, int to) {
    if (from >= to) {
      return true;
    }
    String last = ta.tokens.get(to - 1).text();
    boolean punctuated = last.equals(":") || last.equals(",");
    int words = 0;
    for (int i = from; i < to; i++) {
      Token t = ta.tokens.get(i);
      if (t.is("that") || t.text().equals(".") || t.text().equals("?") || t.text().equals("!")) {
        return false; // 'he said. “They're quick …”': the cue belongs to the quotation before
      }
      if (t.isWord()) {
        words++;
      }
    }
    if (words == 0) {
      return true;
    }
    return punctuated && PREPOSITIONS.contains(ta.tokens.get(from).lower()) && words <= 6;
  }

  /**
   * "told Dana Reyes of Channel 9, “…”", "telling the crowd: “…”": whom the words were told to, up to
   * eight words, then a comma or colon right before the quotation.
   */
  private static boolean addresseeBridge(TextAnalysis ta, int from, int to) {
    if (from >= to || to - from > 9) {
      return false;
    }
    String last = ta.tokens.get(to - 1).text();
    if (!last.equals(":") && !last.equals(",")) {
      return false;
    }
    for (int i = from; i < to - 1; i++) {
      Token t = ta.tokens.get(i);
      if (t.is("that") || t.text().equals(".") || t.text().equals(",") || FINITE_AUXILIARIES.contains(t.lower())) {
        return false;
      }
    }
    return true;
  }

  private void emitQuote(Run run, int qi, StatementKind kind, Cue cue, EntityMention speaker) {
    Quote q = run.quotes.get(qi);
    run.usedQuote[qi] = true;
    String text = run.ta.text.substring(q.contentStart(), q.contentEnd());
    Statement st = new Statement(q.contentStart(), q.contentEnd(), text, kind, cue, speaker,
        List.of(new Span(q.contentStart(), q.contentEnd())), run.pass);
    run.out.add(st);
    run.quoteStatements.add(st);
    run.quoteStatementQuote.add(qi);
  }

  /**
   * A capitalised word inside a sentence that ends a name: "Post" of "the Washington Post", "Report" of
   * an organisation found by the entity rules. A title-case headline ("Trump Says …") has no "the" before
   * the name, so its cue verbs stay cues.
   */
  private static boolean partOfName(Run run, Sentence s, int c) {
    TextAnalysis ta = run.ta;
    Token tok = ta.tokens.get(c);
    if (!tok.isCapitalized() || c == s.from() || !ta.tokens.get(c - 1).isCapitalized() || !ta.tokens.get(c - 1).isWord()) {
      return false;
    }
    if (c - 2 >= s.from() && ta.tokens.get(c - 2).is("the")) {
      return true;
    }
    for (EntityMention m : run.entities) {
      if (m.start() <= tok.start() && tok.end() <= m.end() && m.type() != EntityType.PERSON) {
        return true;
      }
    }
    return false;
  }

  private static Cue cueOf(TextAnalysis ta, int t) {
    Token tok = ta.tokens.get(t);
    return new Cue(tok.start(), tok.end(), tok.text());
  }

  // ---------------------------------------------------------------- pass 2: reported speech

  private void reportedSpeech(Run run, Sentence s) {
    TextAnalysis ta = run.ta;
    int coveredUntil = -1;
    for (int c = s.from(); c < s.to(); c++) {
      Token tok = ta.tokens.get(c);
      if (c < coveredUntil || run.usedCues.contains(c) || insideQuote(run, tok.start())) {
        continue;
      }
      if (tok.is("according") && c + 1 < s.to() && ta.tokens.get(c + 1).is("to")) {
        coveredUntil = Math.max(coveredUntil, accordingTo(run, s, c));
        continue;
      }
      if (c == s.from() && (tok.is("in") || tok.is("on")) && c + 2 < s.to()) {
        int after = sourceDocumentOpening(run, s, c);
        if (after > c) {
          coveredUntil = Math.max(coveredUntil, after);
          continue;
        }
      }
      if (tok.text().equals(":") && c > s.from() && c + 1 < s.to()) {
        coveredUntil = Math.max(coveredUntil, colonAttribution(run, s, c));
        continue;
      }
      Lexicon.CueWord cue = lexicon.cues.get(tok.lower());
      boolean hyphenated = c > s.from() && ta.tokens.get(c - 1).text().equals("-") && ta.tokens.get(c - 1).end() == tok.start();
      if (cue == null || hyphenated || (c > s.from() && ta.tokens.get(c - 1).is("to") && !tok.lower().endsWith("ed"))) {
        continue; // "to say" is rarely an attribution of its own
      }
      if (partOfName(run, s, c)) {
        continue; // "the Coast Post will call you a liar": a newspaper, not a cue
      }
      if (CapitalsSpeaker.inHeading(ta, c)) {
        continue;
      }
      if (negatedOrPassive(ta, s, c)) {
        continue; // "did not say", "for not revealing", "has been asked to": nothing the subject said
      }
      int k = c + 1;
      if (cue.lemma().equals("point") && k < s.to() && ta.tokens.get(k).is("out")) {
        k++; // "pointed out that …": a verb with its particle
      }
      if (cue.frame() == Lexicon.CueFrame.CLAUSE || cue.frame() == Lexicon.CueFrame.THAT) {
        int after = trailingAttribution(run, s, c);
        if (after >= 0) {
          coveredUntil = Math.max(coveredUntil, after);
          continue;
        }
      }
      if (cue.frame() == Lexicon.CueFrame.AS) {
        // "farmers see the new road as a lifeline", "voters view Moreno as the safer pair of hands"
        int as = -1;
        for (int m = c + 2; m < Math.min(s.to() - 1, c + 12); m++) {
          Token x = ta.tokens.get(m);
          if (x.is("as") && !insideQuote(run, x.start())) {
            as = m;
            break;
          }
          if (!x.isWord() && !Sources.isQuoteChar(x.text()) && !x.text().equals("-") || lexicon.cues.containsKey(x.lower())) {
            break;
          }
        }
        if (as < 0 || !ta.tokens.get(c + 1).isWord()) {
          continue;
        }
        int contentTo = clauseBounds.clauseEnd(run.article, s, c + 1);
        Candidate subject = contentTo > as + 1 ? sources.subjectOf(run.article, s, c) : null;
        if (subject != null && (tok.lower().endsWith("ing") || sources.governs(run.article, s, subject, c))
            && emitClause(run, c + 1, contentTo, cueOf(ta, c), subject.speaker(), false)) {
          run.usedCues.add(c);
          coveredUntil = contentTo;
        }
        continue;
      }
      if (cue.frame() == Lexicon.CueFrame.ANY) {
        // accuse X of Y, want to Y, urge X to Y, ask whether Y: everything governed is the content
        if (c + 1 >= s.to() || !ta.tokens.get(c + 1).isWord() && !Sources.isQuoteChar(ta.tokens.get(c + 1).text())) {
          continue;
        }
        if (ta.tokens.get(c + 1).is("for") && !CUES_TAKING_FOR.contains(cue.lemma())) {
          continue; // "a massive demand for energy", "US support for the vote": a noun, not a cue
        }
        int contentTo = clauseBounds.clauseEnd(run.article, s, c + 1);
        Candidate subject = contentTo > c + 1 ? sources.subjectOf(run.article, s, c) : null;
        boolean participle = tok.lower().endsWith("ing");
        if (subject != null && !attributiveNoun(ta, s, subject, c) && (participle || sources.governs(run.article, s, subject, c))
            && emitClause(run, c + 1, contentTo, cueOf(ta, c), subject.speaker(), false)) {
          run.usedCues.add(c);
          coveredUntil = contentTo;
        }
        continue;
      }
      boolean directive = false; // "told his advisers to find a way": the order, with whom it was given to
      if (cue.lemma().equals("tell")) {
        int limit = Math.min(s.to(), k + 9); // "told a local radio host on Monday night that …"
        int m = k;
        while (m < limit && !ta.tokens.get(m).is("that") && !ta.tokens.get(m).text().equals(",")) {
          m++;
        }
        if (m < limit && ta.tokens.get(m).is("that")) {
          k = m;
        } else if (k < s.to() && ta.tokens.get(k).isWord()) {
          directive = directiveAfter(ta, s, k);
          k = skipNounPhrase(ta, s, k);
        }
      }
      if (cue.lemma().equals("express") || cue.lemma().equals("convince")) {
        int m = k;
        while (m < s.to() && m < k + 3 && !ta.tokens.get(m).is("that")) {
          m++;
        }
        k = m;
      }
      boolean modalNext = k == c + 1 && k < s.to() && MODALS.contains(ta.tokens.get(k).lower()) && c > s.from();
      k = skipAdverbials(ta, s, k);
      if (k >= s.to()) {
        continue;
      }
      boolean that = ta.tokens.get(k).is("that");
      boolean relaxedNaming = false;
      int contentFrom;
      if (that) {
        contentFrom = k + 1;
      } else if (directive) {
        contentFrom = c + 1;
      } else if (modalNext) {
        contentFrom = c + 1; // "a move that Putin has warned would represent …": the clause lost its subject to "that"
      } else if (k == c + 1 && (ta.tokens.get(k).is("yes") || ta.tokens.get(k).is("no") || ta.tokens.get(k).is("so"))
          && (k + 1 >= s.to() || !ta.tokens.get(k + 1).isWord()) && !tok.lower().endsWith("ing")) {
        contentFrom = k; // "52 percent of members said no", "half said so": the answer is the content
      } else if (cue.frame() == Lexicon.CueFrame.CLAUSE && (opensClause(ta.tokens.get(k)) || bareSubjectClause(ta, s, k))) {
        contentFrom = k;
      } else if (cue.frame() == Lexicon.CueFrame.THAT && k == c + 1 && BARE_CLAUSE_LEMMAS.contains(cue.lemma())
          && (SUBJECT_PRONOUNS.contains(ta.tokens.get(k).lower()) || bareSubjectClause(ta, s, k))) {
        contentFrom = k; // "she noted she has pushed …", "he warned prices would rise": "that" left out
      } else if (COMMITMENT_LEMMAS.contains(cue.lemma()) && ta.tokens.get(k).is("to") && k + 1 < s.to()
          && ta.tokens.get(k + 1).isWord() && !ta.tokens.get(k + 1).isCapitalized()) {
        contentFrom = k; // "vowed to punish …", "agreed to release …": the commitment is the content
      } else if (cue.frame() == Lexicon.CueFrame.NAMING && quoteWithin(run, s, k, Math.min(s.to(), k + 8))) {
        contentFrom = k;
      } else if (cue.frame() == Lexicon.CueFrame.NAMING && k == c + 1 && k + 1 < s.to()
          && (ta.tokens.get(k).is("for") || OBJECT_PRONOUNS.contains(ta.tokens.get(k).lower()) || namedThenPredicate(ta, s, k))) {
        contentFrom = k; // "called for an end to …", "called him divisive"
        relaxedNaming = true;
      } else {
        continue;
      }
      if (contentFrom >= s.to()) {
        continue;
      }
      int contentTo = clauseBounds.clauseEnd(run.article, s, contentFrom);
      if (contentTo <= contentFrom) {
        continue;
      }
      Candidate subject = sources.subjectOf(run.article, s, c);
      if (subject == null || attributiveNoun(ta, s, subject, c)) {
        continue;
      }
      boolean needsQuote = cue.frame() == Lexicon.CueFrame.NAMING && !relaxedNaming;
      if (relaxedNaming && !tok.lower().endsWith("ing") && !sources.governs(run.article, s, subject, c)) {
        continue;
      }
      if (emitClause(run, contentFrom, contentTo, cueOf(ta, c), subject.speaker(), needsQuote)) {
        run.usedCues.add(c);
        coveredUntil = contentTo;
      }
    }
  }

  /** Prepositions whose object a noun phrase is ("at Tory claims", "over union demands"). */
  private static final Set<String> PREPOSITIONS_BEFORE_NOUN_CUES = Set.of("at", "about", "against", "over", "with",
      "by", "amid", "despite"); // not "of" or "from": "the University of Georgia says", "data from eBay suggests"

  /**
   * "she struck back at Tory claims she had …", "angered by union demands that …": one word right after a
   * preposition, then a cue in its plural-noun form — a noun phrase, the preposition's object, and no one's
   * statement.
   */
  private static boolean attributiveNoun(TextAnalysis ta, Sentence s, Candidate subject, int c) {
    return subject.to() == c && subject.to() - subject.from() == 1 && subject.from() > s.from()
        && ta.tokens.get(c).lower().endsWith("s")
        && PREPOSITIONS_BEFORE_NOUN_CUES.contains(ta.tokens.get(subject.from() - 1).lower());
  }

  /**
   * Reported speech whose attribution follows it: "He had seen the plans, he said." and
   * "The plan, a source said, is to …". Returns the token after the attribution, or -1.
   */
  private int trailingAttribution(Run run, Sentence s, int c) {
    TextAnalysis ta = run.ta;
    Candidate subject = sources.namedSubjectOf(run.article, s, c);
    if (subject == null || subject.to() < c - 1) {
      // "…with EgyptAir, the airline said": the noun phrase before the verb, not a name further left
      Candidate nominal = sources.nominalBefore(run.article, s, c);
      if (nominal != null || subject == null) {
        subject = nominal;
      }
    }
    int subjectFrom;
    boolean inverted = false;
    if (subject != null && subject.to() >= c - 1) {
      subjectFrom = subject.from();
    } else {
      // "…, said Mike Shields, president of …"
      Candidate after = c + 1 < s.to() ? sources.candidateAt(run.article, s, c + 1) : null;
      if (after == null || c - 1 < s.from() || !ta.tokens.get(c - 1).text().equals(",")) {
        return -1;
      }
      subject = sources.widen(run.article, s, after, c);
      subjectFrom = c;
      inverted = true;
    }
    int comma = subjectFrom - 1;
    if (comma <= s.from() || !ta.tokens.get(comma).text().equals(",") || insideQuote(run, ta.tokens.get(comma).start())) {
      return -1;
    }
    // what follows the cue: the sentence end (possibly after an adverbial), or a comma and more content
    int k = inverted ? subject.to() : c + 1;
    while (k < s.to() && (ADVERBS.contains(ta.tokens.get(k).lower()) || CalendarWords.isWeekday(ta.tokens.get(k).lower()))) {
      k++;
    }
    if (k < s.to() && PREPOSITIONS.contains(ta.tokens.get(k).lower())) {
      int m = k;
      while (m < s.to() && m < k + 8 && ta.tokens.get(m).isWord() && !ta.tokens.get(m).is("that")) {
        m++;
      }
      k = m;
    }
    boolean ends = true;
    for (int r = k; r < s.to(); r++) {
      if (ta.tokens.get(r).isWord() || Character.isDigit(ta.tokens.get(r).text().charAt(0))) {
        ends = false;
        break;
      }
    }
    boolean continues = !ends && ta.tokens.get(k).text().equals(",") && k + 1 < s.to();
    if (continues && lexicon.cues.containsKey(ta.tokens.get(k + 1).lower()) && ta.tokens.get(k + 1).lower().endsWith("ing")) {
      continues = false; // "…, Berg said, noting …": a second attribution follows, not more of the first
      ends = true;
    }
    if (!ends && !continues) {
      return -1;
    }
    int first = s.from();
    // content starts after an earlier quotation or colon in the sentence, if any
    for (int i = comma - 1; i > s.from(); i--) {
      String w = ta.tokens.get(i).text();
      if (w.equals(":") || w.equals(";")) {
        first = i + 1;
        break;
      }
    }
    if (comma - first < (continues ? 1 : 3)) {
      return -1; // "The idea, one official said, is to …" may open with two words; a whole clause may not
    }
    for (int qi = 0; qi < run.quotes.size(); qi++) {
      Quote q = run.quotes.get(qi);
      if (run.usedQuote[qi] && q.open() >= ta.tokens.get(first).start() && q.open() < ta.tokens.get(comma).start()) {
        return -1; // a quotation in there was already attributed
      }
    }
    int contentTo = continues ? clauseBounds.clauseEnd(run.article, s, k + 1) : comma;
    if (!emitClause(run, first, contentTo, cueOf(ta, c), subject.speaker(), false)) {
      return -1;
    }
    run.usedCues.add(c);
    return continues ? contentTo : k;
  }



  /** "In a new Coast Post survey released Friday, Moreno reached 41 percent": the poll is the source. */
  private int sourceDocumentOpening(Run run, Sentence s, int c) {
    TextAnalysis ta = run.ta;
    int comma = -1;
    boolean document = false;
    for (int i = c + 1; i < Math.min(s.to(), c + 16); i++) {
      String w = ta.tokens.get(i).lower();
      if (w.equals(",")) {
        comma = i;
        break;
      }
      if (SOURCE_DOCUMENTS.contains(w)) {
        document = true;
      }
    }
    if (!document || comma < 0 || comma + 3 >= s.to()) {
      return c;
    }
    for (int i = comma + 1; i < Math.min(s.to(), comma + 7); i++) {
      if (lexicon.cues.containsKey(ta.tokens.get(i).lower())) {
        return c; // "In an interview with the Journal, Trump said …": the interview is the medium, Trump the source
      }
    }
    EntityMention speaker = sources.phraseSpeaker(run.article, c + 1, comma);
    int to = clauseBounds.clauseEnd(run.article, s, comma + 1);
    if (to <= comma + 1 || !emitClause(run, comma + 1, to, cueOf(ta, c), speaker, false)) {
      return c;
    }
    run.usedCues.add(c);
    return to;
  }

  /**
   * "Anna Berg: The Harbour Must Stay Open …" and transcripts ("HOST: Councillor Berg wouldn't …"):
   * a name that opens the sentence, a colon, then what was said. Returns the token after it, or c.
   */
  private int colonAttribution(Run run, Sentence s, int c) {
    TextAnalysis ta = run.ta;
    Candidate who = sources.candidateAt(run.article, s, s.from());
    if (who == null || who.to() != c || who.speaker() == null || who.speaker().type() == EntityType.OTHER) {
      // a transcript speaker in capitals ("HOST:"), or a commentator's credit line in capitals
      // ("ANNA BERG, CHIEF ECONOMIST, NORDIA BANK, OSLO:"), whose speaker is the name before the first comma
      int end = CapitalsSpeaker.speakerEnd(ta, s.from(), c);
      if (end < 0) {
        return c;
      }
      int start = ta.tokens.get(s.from()).start();
      int stop = ta.tokens.get(end - 1).end();
      String text = ta.text.substring(start, stop);
      boolean credit = end < c;
      if (credit && !capitalsSpeaker.isName(text)) {
        return c;
      }
      who = new Candidate(s.from(), end, new EntityMention(start, stop, text, EntityType.PERSON,
          credit ? CapitalsSpeaker.titleCase(text) : text, null), false);
    }
    if (who.possessive() || CapitalsSpeaker.inCapitals(who.speaker().text())
        && !capitalsSpeaker.grounded(who.speaker().text(), run.entities)) {
      return c; // "INSTANT VIEW: …", "COMMENTS: …": a wire label, not a transcript's speaker
    }
    int to = clauseBounds.clauseEnd(run.article, s, c + 1);
    if (to <= c + 1 || !emitClause(run, c + 1, to, cueOf(ta, c), who.speaker(), false)) {
      return c;
    }
    run.usedCues.add(c);
    return to;
  }




  /** "According to X, …" and "…, according to X." */
  private int accordingTo(Run run, Sentence s, int c) {
    TextAnalysis ta = run.ta;
    Candidate who = sources.candidateAt(run.article, s, c + 2);
    if (who == null) {
      who = sources.nounPhraseAfter(run.article, s, c + 2);
    }
    if (who == null) {
      return c + 2;
    }
    Cue cue = new Cue(ta.tokens.get(c).start(), ta.tokens.get(c + 1).end(),
        ta.text.substring(ta.tokens.get(c).start(), ta.tokens.get(c + 1).end()));
    int after = who.to();
    boolean before = c - 1 > s.from() && ta.tokens.get(c - 1).text().equals(",");
    if (!before && after < s.to() && ta.tokens.get(after).text().equals(",")) {
      int to = clauseBounds.clauseEnd(run.article, s, after + 1);
      if (to > after + 1 && emitClause(run, after + 1, to, cue, who.speaker(), false)) {
        run.usedCues.add(c);
        return to;
      }
    } else if (before && after < s.to() && ta.tokens.get(after).text().equals(",") && c - 1 - s.from() <= 4
        && !opensApposition(ta, after + 1)) {
      // "The ferry line earns, according to one estimate, $12 million …": a parenthetical attribution inside the
      // sentence; the whole sentence is the content
      int to = clauseBounds.clauseEnd(run.article, s, after + 1);
      if (to > after + 1 && emitClause(run, s.from(), to, cue, who.speaker(), false)) {
        run.usedCues.add(c);
        return to;
      }
    } else if (before) {
      // "…, according to Portscan, a shipping data firm …": what precedes is the content, not the apposition
      int to = c - 1;
      if (to > s.from() && emitClause(run, s.from(), to, cue, who.speaker(), false)) {
        run.usedCues.add(c);
      }
    }
    return after;
  }

  /** True when token t opens an apposition rather than continuing a clause: "a social analytics tool …". */
  private static boolean opensApposition(TextAnalysis ta, int t) {
    return t < ta.tokens.size() && (ta.tokens.get(t).is("a") || ta.tokens.get(t).is("an") || ta.tokens.get(t).is("the")
        || ta.tokens.get(t).is("which") || ta.tokens.get(t).is("who"));
  }


  /** "his advisers to find …", "them never to speak …": one to four words, then a to-infinitive. */
  private static boolean directiveAfter(TextAnalysis ta, Sentence s, int k) {
    for (int m = k + 1; m < Math.min(s.to() - 1, k + 5); m++) {
      Token t = ta.tokens.get(m);
      if (t.is("to")) {
        return ta.tokens.get(m + 1).isWord() && !ta.tokens.get(m + 1).isCapitalized();
      }
      if (!(t.isWord() || t.text().equals("'s") || t.text().equals("’s")) || t.is("that")) {
        return false;
      }
    }
    return false;
  }

  private int skipNounPhrase(TextAnalysis ta, Sentence s, int k) {
    int m = k;
    while (m < s.to() && m < k + 4 && ta.tokens.get(m).isWord() && !ta.tokens.get(m).is("that")
        && !CLAUSE_OPENERS.contains(ta.tokens.get(m).lower()) || (m == k && DETERMINERS.contains(ta.tokens.get(m).lower()))) {
      m++;
    }
    return m;
  }

  /** Skips "on Oct. 15", "during their phone call,", "Thursday", "repeatedly" after a cue verb. */
  private int skipAdverbials(TextAnalysis ta, Sentence s, int k) {
    int guard = 0;
    while (k < s.to() && guard++ < 4) {
      Token t = ta.tokens.get(k);
      String w = t.lower();
      if (ADVERBS.contains(w) || CalendarWords.isWeekday(w) || w.equals("today") || w.equals("yesterday")) {
        k++;
      } else if (PREPOSITIONS.contains(w) && !w.equals("to")) {
        int m = k + 1;
        while (m < s.to() && m < k + 8 && !ta.tokens.get(m).is("that") && !ta.tokens.get(m).text().equals(",")) {
          m++;
        }
        if (m < s.to() && (ta.tokens.get(m).is("that") || ta.tokens.get(m).text().equals(","))) {
          k = ta.tokens.get(m).text().equals(",") ? m + 1 : m;
        } else {
          return s.to(); // "said in a speech." — nothing reported
        }
      } else {
        break;
      }
    }
    return k;
  }

  private boolean opensClause(Token t) {
    String w = t.lower();
    int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
    if (apostrophe > 0) {
      w = w.substring(0, apostrophe); // "they're", "it'll"
    }
    return CLAUSE_OPENERS.contains(w) || (t.isCapitalized() && !lexicon.isCommon(w)) || Character.isDigit(w.charAt(0));
  }






  /**
   * A clause whose subject is a bare noun phrase ("said leaders had agreed", "said long lines kept many
   * away", "said residents near the river should keep off the bridge"): up to six words of a noun phrase, then an
   * auxiliary, a modal or a past-tense verb.
   */
  private boolean bareSubjectClause(TextAnalysis ta, Sentence s, int k) {
    Token first = ta.tokens.get(k);
    if (!first.isWord() || first.isCapitalized() || PREPOSITIONS.contains(first.lower())
        || ADVERBS.contains(first.lower()) || FINITE_AUXILIARIES.contains(first.lower()) || lexicon.cues.containsKey(first.lower())
        || OBJECT_PRONOUNS.contains(first.lower()) || first.is("that") || first.is("to") || first.is("for")) {
      return false;
    }
    for (int i = k + 1; i < Math.min(s.to(), k + 7); i++) {
      Token t = ta.tokens.get(i);
      String w = t.lower().replace('’', '\'');
      if (FINITE_AUXILIARIES.contains(w) || FINITE_VERB_FORMS.contains(w)
          || (w.endsWith("ed") && w.length() > 4 && !t.isCapitalized() && !ta.tokens.get(i - 1).is("the")
              && !ta.tokens.get(i - 1).is("a") && !NP_INNER.contains(ta.tokens.get(i - 1).lower()))) {
        return true;
      }
      if (!t.isWord() && !NP_INNER.contains(w) || PREPOSITIONS.contains(w) && !NP_INNER.contains(w)
          || lexicon.cues.containsKey(w) || NP_STOPS.contains(w) && !NP_INNER.contains(w)) {
        return false;
      }
    }
    return false;
  }

  private boolean quoteWithin(Run run, Sentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = run.ta.tokens.get(i).text().charAt(0);
      if (c == '“' || c == '"' || c == '„') {
        return true;
      }
    }
    return false;
  }





  /** "calling Trump a fascist": one to three capitalised words, then "a", "an" or "the". */
  private static boolean namedThenPredicate(TextAnalysis ta, Sentence s, int k) {
    int m = k;
    while (m < s.to() && m < k + 3 && ta.tokens.get(m).isCapitalized()) {
      m++;
    }
    return m > k && m + 1 < s.to() && (ta.tokens.get(m).is("a") || ta.tokens.get(m).is("an") || ta.tokens.get(m).is("the"));
  }







  private boolean emitClause(Run run, int fromToken, int toToken, Cue cue, EntityMention speaker, boolean mustQuote) {
    TextAnalysis ta = run.ta;
    if (speaker != null && possessive(ta, speaker)) {
      return false; // "Ann Reyes's support for the mayor": a noun the person owns, not their words
    }
    if (cue != null && toToken < ta.tokens.size() && ta.tokens.get(toToken).text().equals(":")
        && ta.tokens.get(ta.tokenAt(cue.start())).lower().startsWith("told")) {
      return false; // "Ann Reyes told Radio Harbour's morning show: …": whom she told, before what she said
    }
    if (speaker != null && speaker.type() == EntityType.OTHER) {
      speaker = subjectWords.of(run.article, speaker, cue == null ? null : cue.text());
      if (speaker == null) {
        return false; // "to narrowly claim the title": an adverb is nobody
      }
    }
    int start = ta.tokens.get(fromToken).start();
    int end = ta.tokens.get(toToken - 1).end();
    List<Span> quoted = new ArrayList<>();
    for (int qi = 0; qi < run.quotes.size(); qi++) {
      Quote q = run.quotes.get(qi);
      if (q.contentStart() >= start && q.contentEnd() <= end) {
        quoted.add(new Span(q.contentStart(), q.contentEnd()));
      }
    }
    if (mustQuote && quoted.isEmpty()) {
      return false;
    }
    for (Statement existing : run.out) {
      if (existing.start() < end && start < existing.end()) {
        return false; // already reported by pass 1
      }
    }
    for (int qi = 0; qi < run.quotes.size(); qi++) {
      Quote q = run.quotes.get(qi);
      if (q.contentStart() >= start && q.contentEnd() <= end) {
        run.usedQuote[qi] = true;
      }
    }
    if (quoted.size() == 1) {
      Span only = quoted.get(0);
      String before = ta.text.substring(start, only.start());
      String after = ta.text.substring(only.end(), end);
      if (OPENING_MARKS.matcher(before).matches() && CLOSING_MARKS.matcher(after).matches()) {
        run.out.add(new Statement(only.start(), only.end(), ta.text.substring(only.start(), only.end()),
            StatementKind.DIRECT, cue, speaker, quoted, run.pass));
        return true; // the clause is nothing but the quotation
      }
    }
    StatementKind kind = quoted.isEmpty() ? StatementKind.INDIRECT : StatementKind.MIXED;
    run.out.add(new Statement(start, end, ta.text.substring(start, end), kind, cue, speaker, quoted, run.pass));
    return true;
  }

  // ---------------------------------------------------------------- pass 3: the rest of the quotes

  private void remainingQuotes(Run run, Sentence s) {
    TextAnalysis ta = run.ta;
    for (int qi = 0; qi < run.quotes.size(); qi++) {
      Quote q = run.quotes.get(qi);
      if (run.usedQuote[qi] || !q.endsIn(ta, s)) {
        continue;
      }
      int openSentence = ta.sentenceOf(ta.tokenAt(q.open()));
      boolean opensSentence = openSentence >= 0 && ta.tokenAt(q.open()) == ta.sentences.get(openSentence).from();
      int creditLine = CapitalsSpeaker.lineBefore(ta, ta.tokenAt(q.open()));
      if (creditLine >= 0 && (opensSentence || creditLine == s.from())) {
        // "ANNA BERG, CHIEF ECONOMIST, NORDIA BANK, OSLO "…"": a new commentator, named in capitals, not
        // the previous speaker going on
        emitQuote(run, qi, StatementKind.DIRECT, null, capitalsSpeaker.creditLineSpeaker(ta, creditLine, ta.tokenAt(q.open())));
        continue;
      }
      if (!opensSentence) {
        continue; // a word or phrase in quotation marks inside a sentence, with no cue: not a statement
      }
      Statement previous = null;
      for (int i = run.quoteStatements.size() - 1; i >= 0; i--) {
        Quote pq = run.quotes.get(run.quoteStatementQuote.get(i));
        if (pq.open() < q.open() && (pq.paragraph() == q.paragraph() || pq.paragraph() == q.paragraph() - 1)) {
          previous = run.quoteStatements.get(i);
        }
        break;
      }
      // someone else reported since that quotation ("But Dr Amir Tahan said … "We will …"") is whom this continues
      Statement latest = null;
      for (Statement st : run.out) {
        if (st.end() <= q.open() && (latest == null || st.end() > latest.end())) {
          latest = st;
        }
      }
      if (previous != null && latest != null && latest.start() > previous.end() && latest.speaker() != null
          && ta.paragraphOf(latest.start()) >= q.paragraph() - 1) {
        previous = latest;
      }
      if (isTitle(ta.text.substring(q.contentStart(), q.contentEnd()))) {
        continue; // "Orange is the New Black": a title in quotation marks, not words someone said
      }
      if (previous != null && previous.speaker() != null && (previous.start() >= ta.paragraphs.get(q.paragraph())[0]
          || !wordsAfter(run, q, s))) {
        emitQuote(run, qi, StatementKind.DIRECT, null, previous.speaker());
        continue;
      }
      Candidate introduced = colonIntroduction(run, q);
      if (introduced != null) {
        emitQuote(run, qi, StatementKind.DIRECT, cueOf(ta, ta.tokenAt(ta.paragraphs.get(q.paragraph() - 1)[1]) - 1),
            introduced.speaker());
      } else {
        emitQuote(run, qi, StatementKind.DIRECT, null, null);
      }
    }
  }

  /**
   * True when words follow the quotation's closing mark in its sentence: an attribution of its own that
   * was not understood ("…,” Texas delegate Bill Eastland, wearing …, said"), so the quotation must not
   * be handed to the previous paragraph's speaker.
   */
  private static boolean wordsAfter(Run run, Quote q, Sentence s) {
    if (q.close() < 0) {
      return false;
    }
    for (int t = run.ta.tokenAt(q.closeEnd(run.ta.text)); t >= 0 && t < s.to(); t++) {
      if (run.ta.tokens.get(t).isWord()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a stripped text has more than {@code limit} words (runs of non-white space). */
  private static boolean wordCountOver(String stripped, int limit) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < stripped.length(); i++) {
      boolean space = Character.isWhitespace(stripped.charAt(i));
      if (!space && !inWord && ++words > limit) {
        return true;
      }
      inWord = !space;
    }
    return false;
  }

  /** Short, every longer word capitalised, no sentence punctuation: a title. */
  private static boolean isTitle(String quoted) {
    String stripped = quoted.strip();
    if (stripped.isEmpty() || ".!?,;:".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
      return false;
    }
    if (wordCountOver(stripped, 8)) {
      return false; // most quotations are long: count before splitting
    }
    String[] words = WHITESPACE.split(stripped);
    int longWords = 0;
    int capitalised = 0;
    for (String w : words) {
      if (w.length() > 3) {
        longWords++;
        if (Character.isUpperCase(w.charAt(0))) {
          capitalised++;
        }
      }
    }
    return longWords >= 2 && capitalised == longWords;
  }

  /**
   * A quotation opening a paragraph after one that ends "…, Trump said:" continues that speaker's words.
   * Returns the cue's subject, or null.
   */
  private Candidate colonIntroduction(Run run, Quote q) {
    TextAnalysis ta = run.ta;
    if (q.paragraph() == 0 || ta.tokenAt(q.open()) != ta.tokenAt(ta.paragraphs.get(q.paragraph())[0])) {
      return null;
    }
    int colon = ta.tokenAt(ta.paragraphs.get(q.paragraph() - 1)[1]) - 1;
    if (colon < 1 || !ta.tokens.get(colon).text().equals(":")) {
      return null;
    }
    int si = ta.sentenceOf(colon);
    if (si < 0) {
      return null;
    }
    Sentence s = ta.sentences.get(si);
    for (int c = colon - 1; c >= s.from() && c >= colon - 6; c--) {
      if (lexicon.cues.containsKey(ta.tokens.get(c).lower())) {
        return sources.subjectOf(run.article, s, c);
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- speakers












  private String countryOf(String folded) {
    String c = lexicon.demonyms.get(folded);
    if (c == null) {
      c = lexicon.places.get(folded);
    }
    return c == null ? folded : NameKeys.fold(c);
  }
}
