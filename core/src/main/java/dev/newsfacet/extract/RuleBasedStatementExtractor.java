package dev.newsfacet.extract;

import dev.newsfacet.extract.statement.Antecedents;
import dev.newsfacet.extract.statement.Quote;
import dev.newsfacet.extract.statement.Refusals;
import dev.newsfacet.extract.statement.RoleHolders;
import dev.newsfacet.extract.statement.SpeakerResolution;
import dev.newsfacet.model.Cue;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import dev.newsfacet.model.Span;
import dev.newsfacet.model.Statement;
import dev.newsfacet.model.StatementKind;
import dev.newsfacet.text.CalendarWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
  private static final java.util.regex.Pattern LEADING_DETERMINER =
      java.util.regex.Pattern.compile("^(the|a|an|his|her|its|their|our) ");
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern OPENING_MARKS = java.util.regex.Pattern.compile("[\\s“\"„«]*");
  private static final java.util.regex.Pattern CLOSING_MARKS = java.util.regex.Pattern.compile("[\\s”\"»]*");
  private static final Set<String> ROLE_NOUNS = Set.copyOf(List.of("president", "leader", "minister", "chancellor",
      "secretary", "senator", "governor", "mayor", "king", "queen", "spokesman", "spokeswoman", "spokesperson",
      "chief", "envoy", "adviser", "advisor", "ambassador", "official", "nominee", "candidate", "premier",
      "diplomat", "commander", "general", "prosecutor", "judge", "lawmaker", "congressman", "congresswoman",
      "pope", "prince", "analyst", "expert", "aide", "campaign", "government", "administration", "ministry",
      "embassy", "statement", "note", "report", "source"));
  /** Role nouns that name a body or a document, not one person. */
  private static final Set<String> NON_PERSONAL_SOURCES = Set.copyOf(List.of("campaign", "government", "administration",
      "ministry", "embassy", "statement", "note", "report", "source"));
  private static final Set<String> PLURAL_SOURCES = Set.copyOf(List.of("officials", "experts", "analysts", "sources",
      "aides", "lawmakers", "diplomats", "authorities", "critics", "observers", "residents", "witnesses",
      "investigators", "prosecutors", "leaders", "researchers", "economists", "scientists", "police"));
  private static final Set<String> DETERMINERS = Set.copyOf(List.of("the", "a", "an", "his", "her", "its", "their", "our",
      "this", "that", "one", "another", "some", "several", "two", "three", "many"));
  private static final Set<String> CLAUSE_OPENERS = Set.copyOf(List.of("he", "she", "it", "they", "we", "i", "you",
      "there", "this", "these", "those", "the", "a", "an", "his", "her", "its", "their", "our", "my", "no",
      "some", "any", "all", "both", "such", "if", "whether", "what", "how", "nothing", "everything", "none",
      "every", "each", "only", "most", "many", "more", "much"));
  private static final Set<String> ADVERBS = Set.copyOf(List.of("also", "repeatedly", "again", "previously", "publicly",
      "earlier", "later", "recently", "separately", "then", "once", "initially", "simply", "further",
      "has", "had", "have", "was", "is", "would", "will", "could", "reportedly", "privately", "first",
      "strongly", "even", "only", "just", "already", "never", "often", "still", "actually", "explicitly"));
  private static final Set<String> PREPOSITIONS = Set.copyOf(List.of("on", "in", "at", "during", "after", "before",
      "via", "through", "from", "with", "over", "to", "while", "late", "early", "last", "this"));
  /** Words that may stand before a name inside its noun phrase ("longtime Democratic pollster Pat Caddell"). */
  private static final Set<String> NP_MODIFIERS = Set.copyOf(List.of("former", "longtime", "long-time", "top", "senior", "chief",
      "current", "fellow", "veteran", "outgoing", "incoming", "acting", "deputy", "assistant", "presidential",
      "campaign", "party", "state", "national", "local", "republican", "democratic", "independent", "then",
      "nominee", "candidate", "hopeful", "strategist", "pollster", "consultant", "activist", "host", "writer",
      "author", "columnist", "lawyer", "attorney", "businessman", "businesswoman", "billionaire", "mogul",
      "operative", "donor", "supporter", "chairman", "chairwoman", "co-founder", "founder", "economist", "professor",
      "member", "members", "leader", "leaders", "rival", "opponent", "contender", "frontrunner", "front-runner",
      "gop", "u.s.", "us", "new", "york", "governor", "gov.", "sen.", "rep.", "mr.", "mrs.", "ms.", "dr.",
      "federal", "special", "retired", "conservative", "liberal", "prominent", "leading", "influential",
      "outspoken", "progressive", "moderate", "democrat", "republican", "foreign", "policy", "white", "house"));
  /** Words that end a noun phrase scanned leftwards from a cue verb. */
  private static final Set<String> NP_STOPS = Set.copyOf(List.of("that", "which", "who", "whom", "whose", "and", "but", "or",
      "because", "if", "when", "while", "as", "than", "where", "although", "though", "since", "after", "before",
      "so", "not", "n't", "did", "does", "do", "to", "is", "was", "were", "are", "be", "been", "being", "have",
      "had", "has", "will", "would", "can", "could", "should", "may", "might", "must", "said", "says", "also",
      "then", "now", "yet", "still", "even", "just", "only", "however", "in", "on", "at", "for", "with", "by",
      "from", "about", "into", "over", "after", "under", "of", "what", "how", "why", "this", "these", "those"));
  private static final Set<String> OBJECT_PRONOUNS = Set.copyOf(List.of("him", "her", "them", "it", "us", "me",
      "himself", "herself", "themselves", "itself"));
  private static final Set<String> OTHER_PRONOUNS = Set.copyOf(List.of("they", "it", "we", "i", "you"));
  private static final Set<String> MODALS = Set.copyOf(List.of("would", "will", "could", "can", "might", "may", "should"));
  private static final Map<String, Lexicon.Gender> PRONOUNS = Map.of("he", Lexicon.Gender.MALE,
      "she", Lexicon.Gender.FEMALE);

  private final Lexicon lexicon;
  private final RuleBasedEntityExtractor genders;
  private final RoleHolders roleHolders;
  private final SpeakerResolution speakerResolution;
  private final Refusals refusals = new Refusals();
  private final Set<String> personDescriptions = Antecedents.personDescriptions();
  /** "FACTBOX", "ANALYSIS": labels before a headline's colon, not speakers. */
  private final Set<String> headlineLabels = Refusals.headlineLabels();

  public RuleBasedStatementExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.genders = new RuleBasedEntityExtractor(lexicon);
    this.roleHolders = new RoleHolders(w -> {
      String country = countryOf(w);
      return country.equals(w) ? lexicon.roleWord(w) : country;
    });
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

  /** A possible speaker: tokens [from, to), resolved to a mention, or null when unresolvable. */
  private record Candidate(int from, int to, EntityMention speaker, boolean possessive) {}

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
    final Map<String, Antecedents.Gender> genderByName = new java.util.HashMap<>();
    final List<RoleHolders.Holder> roleHolders = new ArrayList<>();
    final List<Statement> quoteStatements = new ArrayList<>();
    final List<Integer> quoteStatementQuote = new ArrayList<>();

    /** Per character: inside a quotation (marks included). */
    final java.util.BitSet quoted = new java.util.BitSet();
    /** Speaker-capable entity mentions (people, organisations) by start offset. */
    final Map<Integer, EntityMention> speakerAt = new java.util.HashMap<>();

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

  /** Cues whose passive makes the subject the one spoken to: "the manager has been asked to explain …". */
  private static final Set<String> ADDRESSEE_CUES = Set.copyOf(List.of("asked", "told", "urged", "warned", "ordered",
      "advised", "instructed", "informed", "invited", "encouraged", "pressed", "reminded", "called"));

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
    if (before.equals("not") || before.equals("never") || before.endsWith("n't")) {
      return true;
    }
    if (DETERMINERS_BEFORE_NOUN.contains(before)
        || NOUN_BEFORE.contains(before) && ta.tokens.get(c).lower().endsWith("s")) {
      return true; // "deal with claims that …", "the claim that …": a noun, not the subject's verb
    }
    String cue = ta.tokens.get(c).lower();
    return (ADDRESSEE_CUES.contains(cue) || IMPERSONAL_PASSIVES.contains(cue))
        && Set.of("was", "were", "been", "being", "is", "are", "be", "get", "got").contains(before);
  }

  /** Passives that say what unnamed others say or think of the subject: "he is expected to", "she is said to". */
  private static final Set<String> IMPERSONAL_PASSIVES = Set.copyOf(List.of("expected", "thought", "believed", "said",
      "understood", "reported", "rumoured", "rumored", "alleged", "known", "considered", "estimated", "predicted",
      "tipped", "quoted", "accused", "criticised", "criticized", "praised", "described"));
  /** Words after which a cue word is a noun: "the claim that", "a warning". */
  private static final Set<String> DETERMINERS_BEFORE_NOUN = Set.copyOf(List.of("the", "a", "an", "this", "these",
      "those", "his", "her", "their", "its", "our", "my", "your"));
  /** Words after which a cue form ending in "s" is a plural noun. */
  private static final Set<String> NOUN_BEFORE = Set.copyOf(List.of("with", "the", "of", "these", "those", "such",
      "his", "her", "their", "its", "our", "denied", "rejected", "dismissed", "about", "over", "amid", "despite"));

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

  List<Statement> extract(TextAnalysis ta, List<EntityMention> entities) {
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
    run.out.removeIf(st -> st.cue() != null && refusals.isRefusal(cueLemma(st.cue())) || refusals.isNoComment(st.text())
        || st.speaker() != null && headlineLabels.contains(st.speaker().text().toLowerCase(Locale.ROOT)));
    speakerResolution.resolve(new SpeakerResolution.Steps(ta, entities, run.out, run.quoted, run.roleHolders,
        run.antecedents, run::speakersOf));
    run.out.sort(Comparator.comparingInt(Statement::start).thenComparingInt(Statement::end));
    return List.copyOf(run.out);
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
        Lexicon.CueWord cue = lexicon.cues.get(ta.tokens.get(c).lower());
        if (cue != null && cue.frame() != Lexicon.CueFrame.NAMING && cue.frame() != Lexicon.CueFrame.AS
            && (bridgeIsDirect(ta, c + 1, openToken) || cue.lemma().equals("tell") && addresseeBridge(ta, c + 1, openToken))
            && (c + 1 < openToken || (q.endsIn(ta, s) && q.endsSentence(ta, s)))) {
          Candidate subject = subjectOf(run, s, c);
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
      Candidate c = candidateAt(run, s, t + 2);
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
      Candidate c = possessedPerson(run, s, candidateAt(run, s, after));
      if (c == null) {
        c = nominalAfterCue(run, s, after);
      }
      if (c == null) {
        c = describedNameAfterCue(run, s, after);
      }
      if (c != null && !c.possessive()) {
        run.usedCues.add(t);
        Cue cue = after == t + 1 ? cueOf(ta, t) : new Cue(ta.tokens.get(t).start(), ta.tokens.get(t + 1).end(),
            ta.text.substring(ta.tokens.get(t).start(), ta.tokens.get(t + 1).end()));
        return new Attribution(cue, trailingApposition(run, s, c).speaker(), t);
      }
      return null;
    }
    Candidate c = possessedPerson(run, s, candidateAt(run, s, t));
    if (c == null || !leadsToCue(ta, s, c.to())) {
      Candidate nominal = nominalAt(run, s, t); // "Snyder spokesman Dave Murray told": more than the first name
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
      return new Attribution(cueOf(ta, v), widen(run, s, c, v).speaker(), v);
    }
    return null;
  }

  /**
   * "the council’s chief planning officer Ruth Kerr", "Portscan’s Tom Reyes": a possessor, then the
   * person who speaks (within six words of title); the candidate unchanged otherwise.
   */
  private Candidate possessedPerson(Run run, Sentence s, Candidate c) {
    if (c == null || !c.possessive()) {
      return c;
    }
    Candidate person = personAhead(run, s, c.from(), c.to() + 1, c.to() + 7,
        x -> x.isWord() && !NP_STOPS.contains(x.lower()) && !lexicon.cues.containsKey(x.lower()));
    return person != null ? person : c;
  }

  /**
   * The first person mention starting in tokens [scanFrom, limit), every token before it passing
   * {@code passes}, as a candidate that starts at token {@code from} ("the council’s chief officer Ruth Kerr",
   * "Hungarian Prime Minister Viktor Orban"), carrying the person's canonical name; null if there is none.
   */
  private Candidate personAhead(Run run, Sentence s, int from, int scanFrom, int limit,
                                java.util.function.Predicate<Token> passes) {
    TextAnalysis ta = run.ta;
    for (int k = scanFrom; k < Math.min(s.to(), limit); k++) {
      Token x = ta.tokens.get(k);
      EntityMention m = run.speakerAt.get(x.start());
      if (m != null && m.type() == EntityType.PERSON) {
        int to = ta.tokenAt(m.end());
        int start = ta.tokens.get(from).start();
        return new Candidate(from, to, new EntityMention(start, m.end(), ta.text.substring(start, m.end()),
            m.type(), m.canonical(), m.role()), isPossessive(ta, to));
      }
      if (!passes.test(x)) {
        return null;
      }
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

  /**
   * "…," said the 46-year-old. / said a former official: a noun phrase opening with a determiner right
   * after the cue, up to the sentence end or a comma, of at most six words.
   */
  private Candidate nominalAfterCue(Run run, Sentence s, int t) {
    TextAnalysis ta = run.ta;
    if (t >= s.to() || !DETERMINERS.contains(ta.tokens.get(t).lower()) || ta.tokens.get(t).is("that")) {
      return null;
    }
    int end = t + 1;
    // "said the former chief adviser to Governor Ann Miller.", "said one official close to the talks,"
    while (end < s.to() && end - t <= 12 && (ta.tokens.get(end).isWord() || ta.tokens.get(end).text().equals("-")
        || ta.tokens.get(end).text().equals(".") && end + 1 < s.to() && ta.tokens.get(end - 1).isCapitalized()
        || Character.isDigit(ta.tokens.get(end).text().charAt(0)))
        && (!NP_STOPS.contains(ta.tokens.get(end).lower()) || PHRASE_PREPOSITIONS.contains(ta.tokens.get(end).lower())
            || ta.tokens.get(end).is("the"))) {
      end++;
    }
    boolean closed = end >= s.to() || ta.tokens.get(end).text().equals(",") || ta.tokens.get(end).text().equals(".");
    if (!closed || end - t < 2) {
      return null;
    }
    return new Candidate(t, end, phraseSpeaker(run, t, end), false);
  }

  /**
   * "said undecided Republican voter Stephanie Hooton", "said Clinton’s top foreign policy aide Jake
   * Sullivan": a person's name after up to seven describing words, a possessor among them.
   */
  private Candidate describedNameAfterCue(Run run, Sentence s, int t) {
    EntityMention first = t < s.to() ? run.speakerAt.get(run.ta.tokens.get(t).start()) : null;
    if (t >= s.to() || first != null && first.type() == EntityType.PERSON) {
      return null; // a name right after the cue is candidateAt's
    }
    return personAhead(run, s, t, t, t + 8, x -> (x.isWord() || x.text().equals("-") || x.lower().equals("'s")
        || x.lower().equals("’s")) && !NP_STOPS.contains(x.lower()) && !insideQuote(run, x.start()));
  }

  /** "said Tom Reyes, a baker who has lived on the street for years.": the name and its apposition, to the sentence end. */
  private Candidate trailingApposition(Run run, Sentence s, Candidate c) {
    TextAnalysis ta = run.ta;
    EntityMention sp = c.speaker();
    if (sp == null || c.to() >= s.to() || !ta.tokens.get(c.to()).text().equals(",")) {
      return c;
    }
    int end = s.to();
    for (int i = c.to() + 1; i < s.to(); i++) {
      String w = ta.tokens.get(i).text();
      if (isQuoteChar(w) || w.equals("“") || lexicon.cues.containsKey(ta.tokens.get(i).lower()) && i == c.to() + 1) {
        return c; // another quotation, or ", adding …": not an apposition
      }
    }
    while (end > c.to() && !ta.tokens.get(end - 1).isWord() && !ta.tokens.get(end - 1).text().equals(")")) {
      end--;
    }
    if (end - c.to() < 3 || end - c.to() > 30) {
      return c;
    }
    int start = ta.tokens.get(c.from()).start();
    int stop = ta.tokens.get(end - 1).end();
    return new Candidate(c.from(), end, new EntityMention(start, stop, ta.text.substring(start, stop), sp.type(),
        sp.canonical(), sp.role()), false);
  }

  /**
   * A nominal source right after a quote ("…," the witness said; "…," another friend, Mariam Emara told CNN):
   * the words up to a cue verb, a comma allowed between.
   */
  private Candidate nominalAt(Run run, Sentence s, int t) {
    TextAnalysis ta = run.ta;
    if (t >= s.to() || !ta.tokens.get(t).isWord()) {
      return null;
    }
    for (int v = t + 1; v < Math.min(s.to(), t + 10); v++) {
      Token x = ta.tokens.get(v);
      if (lexicon.cues.containsKey(x.lower()) && ta.tokens.get(v - 1).isWord()) {
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
   * "told Chris Wallace of Fox News, “…”", "telling the crowd: “…”": whom the words were told to, up to
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
          if (!x.isWord() && !isQuoteChar(x.text()) && !x.text().equals("-") || lexicon.cues.containsKey(x.lower())) {
            break;
          }
        }
        if (as < 0 || !ta.tokens.get(c + 1).isWord()) {
          continue;
        }
        int contentTo = clauseEnd(run, s, c + 1);
        Candidate subject = contentTo > as + 1 ? subjectOf(run, s, c) : null;
        if (subject != null && (tok.lower().endsWith("ing") || governs(run, s, subject, c))
            && emitClause(run, c + 1, contentTo, cueOf(ta, c), subject.speaker(), false)) {
          run.usedCues.add(c);
          coveredUntil = contentTo;
        }
        continue;
      }
      if (cue.frame() == Lexicon.CueFrame.ANY) {
        // accuse X of Y, want to Y, urge X to Y, ask whether Y: everything governed is the content
        if (c + 1 >= s.to() || !ta.tokens.get(c + 1).isWord() && !isQuoteChar(ta.tokens.get(c + 1).text())) {
          continue;
        }
        int contentTo = clauseEnd(run, s, c + 1);
        Candidate subject = contentTo > c + 1 ? subjectOf(run, s, c) : null;
        boolean participle = tok.lower().endsWith("ing");
        if (subject != null && (participle || governs(run, s, subject, c))
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
        contentFrom = k; // "46 percent of voters said yes", "half said so": the answer is the content
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
      int contentTo = clauseEnd(run, s, contentFrom);
      if (contentTo <= contentFrom) {
        continue;
      }
      Candidate subject = subjectOf(run, s, c);
      if (subject == null) {
        continue;
      }
      boolean needsQuote = cue.frame() == Lexicon.CueFrame.NAMING && !relaxedNaming;
      if (relaxedNaming && !tok.lower().endsWith("ing") && !governs(run, s, subject, c)) {
        continue;
      }
      if (emitClause(run, contentFrom, contentTo, cueOf(ta, c), subject.speaker(), needsQuote)) {
        run.usedCues.add(c);
        coveredUntil = contentTo;
      }
    }
  }

  /**
   * Reported speech whose attribution follows it: "He had seen the plans, he said." and
   * "The plan, a source said, is to …". Returns the token after the attribution, or -1.
   */
  private int trailingAttribution(Run run, Sentence s, int c) {
    TextAnalysis ta = run.ta;
    Candidate subject = namedSubjectOf(run, s, c);
    if (subject == null || subject.to() < c - 1) {
      // "…with EgyptAir, the airline said": the noun phrase before the verb, not a name further left
      Candidate nominal = nominalBefore(run, s, c);
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
      Candidate after = c + 1 < s.to() ? candidateAt(run, s, c + 1) : null;
      if (after == null || c - 1 < s.from() || !ta.tokens.get(c - 1).text().equals(",")) {
        return -1;
      }
      subject = widen(run, s, after, c);
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
    int contentTo = continues ? clauseEnd(run, s, k + 1) : comma;
    if (!emitClause(run, first, contentTo, cueOf(ta, c), subject.speaker(), false)) {
      return -1;
    }
    run.usedCues.add(c);
    return continues ? contentTo : k;
  }

  /**
   * True when a subject ending at token {@code end} can govern the verb at {@code cue}: only auxiliaries,
   * adverbs and negation between them, or an apposition set off by commas. A cue word far from any
   * subject is usually a noun ("questions about …", "the states").
   */
  private boolean governs(Run run, Sentence s, Candidate subject, int cue) {
    TextAnalysis ta = run.ta;
    int end = subject.to();
    if (end >= cue) {
      return true;
    }
    if (ta.tokens.get(end).text().equals(",") && ta.tokens.get(cue - 1).text().equals(",")) {
      return true; // "Mike Shields, president of …, said"
    }
    for (int i = end; i < cue; i++) {
      String w = ta.tokens.get(i).lower();
      if (!(ADVERBS.contains(w) || w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("been")
          || w.equals("be") || w.equals("does") || w.equals("did") || w.equals("do") || w.equals("'s") || w.equals("’s")
          || w.equals("reportedly") || w.equals("privately") || w.equals("openly") || w.equals("long") || w.equals("later"))) {
        return false;
      }
    }
    return true;
  }

  /** Nouns for what carries a statement: "In a new poll, …", "In an interview with CNN, …". */
  private static final Set<String> SOURCE_DOCUMENTS = Set.copyOf(List.of("poll", "polls", "survey", "surveys",
      "report", "reports", "study", "studies", "interview", "interviews", "statement", "statements", "letter",
      "memo", "speech", "op-ed", "editorial", "post", "tweet", "tweets", "email", "e-mail", "filing", "analysis",
      "column", "article", "book", "video", "ad", "advertisement", "release", "remarks", "testimony", "ruling",
      "opinion", "lawsuit", "complaint", "briefing", "conference", "address", "message", "essay", "blog"));

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
    EntityMention speaker = phraseSpeaker(run, c + 1, comma);
    int to = clauseEnd(run, s, comma + 1);
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
    Candidate who = candidateAt(run, s, s.from());
    if (who == null || who.to() != c || who.speaker() == null || who.speaker().type() == EntityType.OTHER) {
      // a transcript speaker in capitals
      boolean caps = c - s.from() <= 3;
      for (int i = s.from(); i < c && caps; i++) {
        caps = ta.tokens.get(i).isAllCaps() && ta.tokens.get(i).isWord();
      }
      if (!caps) {
        return c;
      }
      int start = ta.tokens.get(s.from()).start();
      int end = ta.tokens.get(c - 1).end();
      String text = ta.text.substring(start, end);
      who = new Candidate(s.from(), c, new EntityMention(start, end, text, EntityType.PERSON, text, null), false);
    }
    if (who.possessive()) {
      return c;
    }
    int to = clauseEnd(run, s, c + 1);
    if (to <= c + 1 || !emitClause(run, c + 1, to, cueOf(ta, c), who.speaker(), false)) {
      return c;
    }
    run.usedCues.add(c);
    return to;
  }

  /**
   * The speaker a phrase of tokens [from, to) names: the person or organisation inside it ("a new article
   * in Politico" → Politico), else the phrase itself as a nominal source ("other voters"); a bare pronoun
   * ("it", "they") gets no canonical name, since nobody could search for it.
   */
  private EntityMention phraseSpeaker(Run run, int from, int to) {
    TextAnalysis ta = run.ta;
    int start = ta.tokens.get(from).start();
    int end = ta.tokens.get(to - 1).end();
    String text = ta.text.substring(start, end);
    for (EntityMention m : run.entities) {
      if (m.start() >= start && m.end() <= end && (m.type() == EntityType.PERSON || m.type() == EntityType.ORG)
          && headOf(ta, from, to, m)) {
        return new EntityMention(start, end, text, m.type(), m.canonical(), null);
      }
    }
    String canonical = LEADING_DETERMINER.matcher(text.toLowerCase(Locale.ROOT)).replaceFirst("");
    return new EntityMention(start, end, text, EntityType.OTHER, OTHER_PRONOUNS.contains(canonical) ? null : canonical, null);
  }

  /** Words that put a name inside a phrase headed by something else: "a spokeswoman for Fiorina". */
  private static final Set<String> PHRASE_PREPOSITIONS = Set.copyOf(List.of("of", "for", "from", "at", "with",
      "to", "on", "in", "by", "near", "close"));

  /**
   * True when the entity is the head of the phrase [from, to): it ends the phrase ("Snyder spokesman Dave
   * Murray", not "several Clinton supporters") and no preposition stands before it ("a spokeswoman for
   * Fiorina" speaks for Fiorina but is not Fiorina).
   */
  private static boolean headOf(TextAnalysis ta, int from, int to, EntityMention m) {
    int last = to - 1;
    while (last > from && !ta.tokens.get(last).isWord() && !ta.tokens.get(last).text().equals(")")) {
      last--;
    }
    if (ta.tokens.get(last).end() > m.end() && !ta.tokens.get(last).text().equals(")")) {
      return false;
    }
    for (int i = from; i < to && ta.tokens.get(i).start() < m.start(); i++) {
      if (PHRASE_PREPOSITIONS.contains(ta.tokens.get(i).lower())) {
        return false;
      }
    }
    return true;
  }

  /** "According to X, …" and "…, according to X." */
  private int accordingTo(Run run, Sentence s, int c) {
    TextAnalysis ta = run.ta;
    Candidate who = candidateAt(run, s, c + 2);
    if (who == null) {
      who = nounPhraseAfter(run, s, c + 2);
    }
    if (who == null) {
      return c + 2;
    }
    Cue cue = new Cue(ta.tokens.get(c).start(), ta.tokens.get(c + 1).end(),
        ta.text.substring(ta.tokens.get(c).start(), ta.tokens.get(c + 1).end()));
    int after = who.to();
    boolean before = c - 1 > s.from() && ta.tokens.get(c - 1).text().equals(",");
    if (!before && after < s.to() && ta.tokens.get(after).text().equals(",")) {
      int to = clauseEnd(run, s, after + 1);
      if (to > after + 1 && emitClause(run, after + 1, to, cue, who.speaker(), false)) {
        run.usedCues.add(c);
        return to;
      }
    } else if (before && after < s.to() && ta.tokens.get(after).text().equals(",") && c - 1 - s.from() <= 4
        && !opensApposition(ta, after + 1)) {
      // "The ferry line earns, according to one estimate, $12 million …": a parenthetical attribution inside the
      // sentence; the whole sentence is the content
      int to = clauseEnd(run, s, after + 1);
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

  /** "according to [a new survey by the Island Chamber of Commerce]": up to a comma or the sentence end. */
  private Candidate nounPhraseAfter(Run run, Sentence s, int from) {
    TextAnalysis ta = run.ta;
    int to = from;
    while (to < s.to() && to - from < 12) {
      Token t = ta.tokens.get(to);
      if (!(t.isWord() || t.text().equals("-") || t.text().equals("'s") || t.text().equals("’s") || t.text().equals(".")
          && to > from && ta.tokens.get(to - 1).end() == t.start() || Character.isDigit(t.text().charAt(0)))) {
        break;
      }
      to++;
    }
    while (to > from && ta.tokens.get(to - 1).text().equals(".")) {
      to--;
    }
    if (to == from) {
      return null;
    }
    return new Candidate(from, to, phraseSpeaker(run, from, to), false);
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

  /** "that" verbs that news also writes with a bare clause after them. */
  private static final Set<String> BARE_CLAUSE_LEMMAS = Set.copyOf(List.of("note", "warn", "add", "confirm",
      "explain", "insist", "argue", "acknowledge", "admit", "recall", "stress", "emphasize", "declare", "mention",
      "complain", "report", "observe", "predict", "deny", "boast"));
  private static final Set<String> SUBJECT_PRONOUNS = Set.copyOf(List.of("he", "she", "they", "we", "i", "it",
      "there", "you"));

  /** Cue verbs whose content may be a to-infinitive: what someone commits to is their stated position. */
  private static final Set<String> COMMITMENT_LEMMAS = Set.copyOf(List.of("pledge", "vow", "promise", "agree",
      "threaten", "offer", "refuse", "decline", "intend", "plan", "swear", "hope", "seek", "aim"));

  private static final Set<String> FINITE_AUXILIARIES = Set.copyOf(List.of("is", "are", "was", "were", "has", "have",
      "had", "will", "would", "could", "can", "should", "may", "might", "must", "do", "does", "did"));

  /** Irregular past tenses and negated auxiliaries common in news: the verb of a reported clause without "that". */
  private static final Set<String> FINITE_VERB_FORMS = Set.copyOf(List.of("kept", "made", "took", "gave", "went",
      "came", "got", "held", "left", "lost", "won", "ran", "saw", "knew", "thought", "told", "found", "felt",
      "brought", "bought", "meant", "paid", "sent", "spent", "stood", "understood", "began", "became", "broke",
      "chose", "drove", "fell", "grew", "met", "rose", "sold", "spoke", "struck", "taught", "threw", "wrote",
      "built", "caught", "fought", "heard", "led", "sought", "won't", "can't", "didn't", "doesn't", "don't",
      "wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't", "wouldn't", "couldn't", "shouldn't"));

  /** Words a bare noun phrase may hold after its first word: "residents near the river", "46 percent of drivers". */
  private static final Set<String> NP_INNER = Set.copyOf(List.of("of", "in", "from", "at", "the", "a", "an",
      "his", "her", "their", "its", "-", "'s", "’s"));

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

  /**
   * Where a reported clause starting at token {@code from} ends: the sentence end, or before a new
   * cue phrase (", adding", "and saying") or the speaker of a quote attributed in pass 1.
   */
  private int clauseEnd(Run run, Sentence s, int from) {
    TextAnalysis ta = run.ta;
    int end = s.to();
    // "While Ramos said that journalists cannot …, he appears …": the subordinate clause ends at its comma
    boolean subordinate = SUBORDINATORS.contains(ta.tokens.get(s.from()).lower()) && from > s.from();
    for (int i = from + 1; i < s.to(); i++) {
      Token t = ta.tokens.get(i);
      if (isQuoteChar(t.text()) && ta.tokens.get(i - 1).text().equals(",") && i + 1 < s.to()
          && endsReportedClause(ta, s, i + 1)) {
        end = i + 1; // '…are "passengers on this council," but she gave …': the comma inside the marks
        break;
      }
      if (t.text().equals(":") && i + 1 < s.to() && isQuoteChar(ta.tokens.get(i + 1).text()) && !insideQuote(run, t.start())) {
        end = i; // "…a back-handed compliment: “You never …”": a quotation of its own follows
        break;
      }
      if (insideQuote(run, t.start())) {
        continue;
      }
      Lexicon.CueWord participle = lexicon.cues.get(t.lower());
      if (participle != null && t.lower().endsWith("ing") && i >= 2 && isQuoteChar(ta.tokens.get(i - 1).text())
          && ta.tokens.get(i - 2).text().equals(",")) {
        end = i; // …world," adding that … — the comma sits inside the closing quotation mark
        break;
      }
      if ((t.text().equals(",") || t.is("and") || t.text().equals(";") || t.text().equals("—"))
          && i + 1 < s.to()) {
        Token next = ta.tokens.get(i + 1);
        int n = i + 1;
        if (next.is("also") && i + 2 < s.to()) {
          n = i + 2;
          next = ta.tokens.get(n);
        }
        Lexicon.CueWord cue = lexicon.cues.get(next.lower());
        if (cue != null && next.lower().endsWith("ing")) {
          end = i;
          break;
        }
        if ((t.is("and") || t.text().equals(",") && next.is("and")) && mainClauseGoesOn(run, s, t.is("and") ? i + 1 : i + 2)) {
          end = i;
          break;
        }
        if (t.text().equals(";") || t.text().equals("—")) {
          end = i;
          break;
        }
        if (t.text().equals(",") && (endsReportedClause(ta, s, n) || subordinate && opensMainClause(ta, s, n)
            || next.lower().endsWith("ed") && lexicon.cues.containsKey(next.lower()) && !insideQuote(run, next.start())
            || next.is("which") || next.is("who"))) {
          // ", which is conducting its own probe": a non-restrictive relative glosses a noun in the writer's words
          end = i;
          break;
        }
      }
      if (run.usedCues.contains(i)) {
        // a quote's own attribution starts here: stop before its speaker
        Candidate c = null;
        for (int b = i - 1; b >= from && b >= i - 5; b--) {
          Candidate cand = candidateAt(run, s, b);
          if (cand != null && cand.to() == i) {
            c = cand;
          }
        }
        end = c != null ? c.from() : i;
        break;
      }
    }
    // drop trailing punctuation, keeping a closing quotation mark that belongs to an opening one inside
    while (end > from) {
      String w = ta.tokens.get(end - 1).text();
      if (w.equals(".") || w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("-")
          || (isQuoteChar(w) && !hasOpeningQuoteBefore(ta, from, end - 1))) {
        end--;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * After "and" at token n: the sentence's own subject goes on ("She said she admires him and highlighted
   * …", "… and said Stevens's rescue …") or another source speaks ("…, and other GOP leaders said …").
   */
  private boolean mainClauseGoesOn(Run run, Sentence s, int n) {
    TextAnalysis ta = run.ta;
    if (n >= s.to()) {
      return false;
    }
    Token next = ta.tokens.get(n);
    String w = next.lower();
    if (lexicon.cues.containsKey(w) && !w.endsWith("ing") || w.equals("also") && n + 1 < s.to()
        && lexicon.cues.containsKey(ta.tokens.get(n + 1).lower())) {
      return true; // "… and said …", "… and also argued …"
    }
    if (w.endsWith("ed") && w.length() > 4 && !next.isCapitalized() && n + 1 < s.to()
        && (DETERMINERS.contains(ta.tokens.get(n + 1).lower()) || OBJECT_PRONOUNS.contains(ta.tokens.get(n + 1).lower()))) {
      return true; // "… and highlighted their shared commitment"
    }
    // "…, and other council members said she's …": a short noun phrase, then a cue verb
    for (int k = n + 1; k < Math.min(s.to(), n + 6); k++) {
      Token x = ta.tokens.get(k);
      if (lexicon.cues.containsKey(x.lower()) && !x.lower().endsWith("ing")) {
        return k > n && (ta.tokens.get(k - 1).isWord() || ta.tokens.get(k - 1).text().equals(","))
            && !insideQuote(run, x.start()) && !FINITE_AUXILIARIES.contains(ta.tokens.get(k - 1).lower())
            && (SUBJECT_PRONOUNS.contains(w) || next.isCapitalized() || DETERMINERS.contains(w) || Character.isDigit(w.charAt(0))
                || QUANTIFIERS.contains(w) || QUANTIFIERS.contains(beforeHyphen(w))
                || PLURAL_SOURCES.contains(ta.tokens.get(k - 1).lower()) || ROLE_NOUNS.contains(ta.tokens.get(k - 1).lower()));
      }
      if (!x.isWord() || NP_STOPS.contains(x.lower())) {
        return false;
      }
    }
    return false;
  }

  /** "two" of "two-thirds"; the word itself when it has no hyphen; "" for a lone dash. */
  private static String beforeHyphen(String w) {
    int hyphen = w.indexOf('-');
    return hyphen < 0 ? w : w.substring(0, hyphen);
  }

  /** "…, he appears …", "…, the campaign said …": a subject then a verb-like word after the comma at token n. */
  private boolean opensMainClause(TextAnalysis ta, Sentence s, int n) {
    Token first = ta.tokens.get(n);
    if (!(SUBJECT_PRONOUNS.contains(first.lower()) || first.isCapitalized() || DETERMINERS.contains(first.lower()))) {
      return false;
    }
    for (int k = n + 1; k < Math.min(s.to(), n + 5); k++) {
      String w = ta.tokens.get(k).lower().replace('’', '\'');
      if (FINITE_AUXILIARIES.contains(w) || FINITE_VERB_FORMS.contains(w) || lexicon.cues.containsKey(w)
          || w.startsWith("'") || w.endsWith("ed") || w.endsWith("s") && k == n + 1 && SUBJECT_PRONOUNS.contains(first.lower())) {
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

  /** Words that open a quantified noun phrase: "three-quarters said …", "more than 4 in 10 said …". */
  private static final Set<String> QUANTIFIERS = Set.copyOf(List.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "half", "most", "more", "fewer", "less", "nearly", "almost", "about", "over", "only", "just"));

  /** Words that open a clause subordinate to the sentence's main one: "While he has said X, he …". */
  private static final Set<String> SUBORDINATORS = Set.copyOf(List.of("while", "although", "though", "whereas",
      "because", "if", "when", "as", "after", "before", "since", "once", "unless"));

  /** Words after a comma that open the writer's own clause: ", however …", ", while …". */
  private static final Set<String> CONTRASTS = Set.copyOf(List.of("however", "while", "whereas", "although",
      "though", "meanwhile"));

  /**
   * True when the comma before token n ends a reported clause: a contrast the writer adds (", however",
   * ", while Bush said …") or ", but" with a subject of its own (", but Cook did not say when"; not ", but
   * would wait", which still belongs to the speaker).
   */
  private boolean endsReportedClause(TextAnalysis ta, Sentence s, int n) {
    Token next = ta.tokens.get(n);
    if (CONTRASTS.contains(next.lower())) {
      return true;
    }
    if (!next.is("but") || n + 2 >= s.to()) {
      return false;
    }
    Token subject = ta.tokens.get(n + 1);
    return SUBJECT_PRONOUNS.contains(subject.lower()) && !subject.is("it") && !subject.is("there")
        || subject.isCapitalized() && !lexicon.isCommon(subject.lower());
  }

  private static boolean isQuoteChar(String w) {
    return w.equals("”") || w.equals("\"") || w.equals("“");
  }

  private static boolean hasOpeningQuoteBefore(TextAnalysis ta, int from, int closeToken) {
    int count = 0;
    for (int i = from; i < closeToken; i++) {
      String w = ta.tokens.get(i).text();
      if (w.equals("“") || w.equals("\"")) {
        count++;
      }
      if (w.equals("”")) {
        count--;
      }
    }
    return count > 0;
  }

  private boolean emitClause(Run run, int fromToken, int toToken, Cue cue, EntityMention speaker, boolean mustQuote) {
    TextAnalysis ta = run.ta;
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

  /** Short, every longer word capitalised, no sentence punctuation: a title. */
  private static boolean isTitle(String quoted) {
    String stripped = quoted.strip();
    if (stripped.isEmpty() || ".!?,;:".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
      return false;
    }
    String[] words = WHITESPACE.split(stripped);
    if (words.length > 8) {
      return false;
    }
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
        return subjectOf(run, s, c);
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- speakers

  /** The subject of the cue verb at token c: the main subject for ", adding", the nearest one otherwise. */
  /**
   * Where a time phrase just before token {@code c} starts ("on Thursday", "on Monday night", "yesterday",
   * "last week", "earlier this month"), or {@code c} when there is none.
   */
  private static int beforeTimePhrase(TextAnalysis ta, Sentence s, int c) {
    int j = c - 1;
    if (j > s.from() && Set.of("night", "morning", "evening", "afternoon").contains(ta.tokens.get(j).lower())) {
      j--;
    }
    if (j >= s.from() && (CalendarWords.isWeekday(ta.tokens.get(j).lower())
        || Set.of("yesterday", "today", "tonight").contains(ta.tokens.get(j).lower()))) {
      return j > s.from() && ta.tokens.get(j - 1).is("on") ? j - 1 : j;
    }
    if (j - 1 >= s.from() && Set.of("week", "month", "year").contains(ta.tokens.get(j).lower())
        && Set.of("last", "this", "next").contains(ta.tokens.get(j - 1).lower())) {
      j--;
      return j > s.from() && Set.of("earlier", "later").contains(ta.tokens.get(j - 1).lower()) ? j - 1 : j;
    }
    return c;
  }

  private Candidate subjectOf(Run run, Sentence s, int c) {
    TextAnalysis ta = run.ta;
    if (ta.tokens.get(c).lower().endsWith("ing") && c > s.from() && ta.tokens.get(c - 1).text().equals(",")) {
      // "…, calling his hacking expeditions …": the participle's subject is the source of the attribution before it
      int sentenceStart = ta.tokens.get(s.from()).start();
      int cueStart = ta.tokens.get(c).start();
      for (int i = run.out.size() - 1; i >= 0; i--) {
        Statement st = run.out.get(i);
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
      return nominal == null ? null : spokesperson(run, s, nominal); // "voters in all five states see"
    }
    Candidate widened = widen(run, s, found, c);
    if (!run.ta.tokens.get(c).lower().endsWith("ing") && !widened.speaker().text().equalsIgnoreCase("who")
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
  private Candidate spokesperson(Run run, Sentence s, Candidate cand) {
    TextAnalysis ta = run.ta;
    int p = cand.from() - 1;
    if (p - 1 < s.from() || !(ta.tokens.get(p).is("for") || ta.tokens.get(p).is("of") || ta.tokens.get(p).is("to")
        || ta.tokens.get(p).is("in") || ta.tokens.get(p).is("from") || ta.tokens.get(p).is("across") || ta.tokens.get(p).is("by"))) {
      return cand;
    }
    Token headToken = ta.tokens.get(p - 1);
    String head = headToken.lower();
    boolean placeOfGroup = cand.speaker() != null && cand.speaker().type() != EntityType.PERSON && headToken.isWord()
        && head.endsWith("s") && !NP_STOPS.contains(head) && !lexicon.cues.containsKey(head); // "voters in Ohio"
    boolean documentBy = SOURCE_DOCUMENTS.contains(head) && (ta.tokens.get(p).is("by") || ta.tokens.get(p).is("in")
        || ta.tokens.get(p).is("from") || ta.tokens.get(p).is("of")); // "A review by The Times said"
    if (!(ROLE_NOUNS.contains(head) || PLURAL_SOURCES.contains(head) || lexicon.isTitle(head) || placeOfGroup || documentBy)) {
      return cand;
    }
    Candidate role = nominalBefore(run, s, p);
    if (role == null) {
      return cand;
    }
    return new Candidate(role.from(), cand.to(), phraseSpeaker(run, role.from(), cand.to()), cand.possessive());
  }

  /** "Ann Fell of Dover, Delaware says": the person, not the place they are from. */
  private Candidate placeOfPerson(Run run, Sentence s, Candidate cand) {
    if (cand.speaker() == null || cand.speaker().type() != EntityType.PLACE) {
      return cand;
    }
    TextAnalysis ta = run.ta;
    int i = cand.from() - 1;
    while (i > s.from() && i >= cand.from() - 5 && (ta.tokens.get(i).isCapitalized() || ta.tokens.get(i).text().equals(","))) {
      i--;
    }
    if (i <= s.from() || !(ta.tokens.get(i).is("of") || ta.tokens.get(i).is("from"))) {
      return cand;
    }
    for (int b = i - 1; b >= s.from() && b >= i - 5; b--) {
      Candidate person = candidateAt(run, s, b);
      if (person != null && person.to() == i && person.speaker() != null && person.speaker().type() == EntityType.PERSON) {
        EntityMention p = person.speaker();
        int start = ta.tokens.get(person.from()).start();
        int end = ta.tokens.get(cand.to() - 1).end();
        return new Candidate(person.from(), cand.to(), new EntityMention(start, end, ta.text.substring(start, end),
            p.type(), p.canonical(), p.role()), cand.possessive());
      }
    }
    return cand;
  }

  /**
   * The whole noun phrase of a named source, as news writes it: the determiner, titles and modifiers
   * before the name ("the district GOP Chairman Chuck Williams"), a party tag after it ("(R-Texas)") and an
   * apposition between it and the cue ("Ruth Kerr, the council's former planning chief, said").
   */
  private Candidate widen(Run run, Sentence s, Candidate cand, int cue) {
    TextAnalysis ta = run.ta;
    EntityMention sp = cand.speaker();
    if (sp == null || PRONOUNS.containsKey(sp.text().toLowerCase(Locale.ROOT))) {
      return cand;
    }
    int from = cand.from();
    while (from - 1 >= s.from()) {
      Token prev = ta.tokens.get(from - 1);
      String w = prev.lower();
      boolean modifier = prev.isWord() && !lexicon.cues.containsKey(w) && !NP_STOPS.contains(w)
          && (lexicon.isTitle(w) || NP_MODIFIERS.contains(w) || lexicon.demonyms.containsKey(NameKeys.fold(prev.text()))
          || (prev.isCapitalized() && from - 1 > s.from() && !lexicon.isCommon(w)) || Character.isDigit(w.charAt(0)));
      boolean possessive = (w.equals("'s") || w.equals("’s")) && from - 2 >= s.from() && ta.tokens.get(from - 2).isCapitalized();
      // "Secretary of State Madeleine Albright", "President of the Senate X": "of" inside a title
      boolean titleOf = w.equals("of") && from - 2 >= s.from() && lexicon.isTitle(ta.tokens.get(from - 2).lower())
          && ta.tokens.get(from).isCapitalized();
      if (modifier || possessive || titleOf) {
        from -= possessive || titleOf ? 2 : 1;
      } else {
        break;
      }
    }
    if (from - 1 >= s.from() && (ta.tokens.get(from - 1).is("the") || ta.tokens.get(from - 1).is("a")
        || ta.tokens.get(from - 1).is("an")) && (from < cand.from() || sp.type() != EntityType.PERSON)) {
      from--; // "the district GOP Chairman …", "The Kremlin": the determiner belongs to the source
    }
    int to = cand.to();
    if (to < s.to() && ta.tokens.get(to).text().equals("(")) {
      for (int k = to + 1; k < Math.min(s.to(), to + 8); k++) {
        if (ta.tokens.get(k).text().equals(")")) {
          to = k + 1;
          break;
        }
      }
    }
    if (to < cue && ta.tokens.get(to).text().equals(",") && cue - 1 > to && ta.tokens.get(cue - 1).text().equals(",")
        && cue - to <= 16) {
      to = cue - 1; // apposition up to the comma before the cue
    }
    if (from == cand.from() && to == cand.to()) {
      return cand;
    }
    int start = ta.tokens.get(from).start();
    int end = ta.tokens.get(to - 1).end();
    return new Candidate(from, to, new EntityMention(start, end, ta.text.substring(start, end), sp.type(),
        sp.canonical(), sp.role()), cand.possessive());
  }

  /** A noun phrase ending just before the cue ("other voters", "The witness", "Half of Vermont Democrats"). */
  private Candidate nominalBefore(Run run, Sentence s, int c) {
    TextAnalysis ta = run.ta;
    int i = c - 1;
    while (i >= s.from() && (ADVERBS.contains(ta.tokens.get(i).lower()) && !ta.tokens.get(i).is("first"))) {
      i--;
    }
    int end = i + 1;
    int k = i;
    while (k >= s.from() && end - k <= 7) {
      Token t = ta.tokens.get(k);
      String w = t.lower();
      boolean wordLike = t.isWord() || w.equals("-") || w.equals("'s") || w.equals("’s") || Character.isDigit(w.charAt(0));
      // a plural noun that is also a cue ("all five states see", "reports said") heads the phrase right before the verb
      boolean pluralHead = k == i && w.endsWith("s") && !w.equals("says") && !w.endsWith("ss");
      if (!wordLike || NP_STOPS.contains(w) || lexicon.cues.containsKey(w) && !pluralHead || insideQuote(run, t.start())) {
        break;
      }
      k--;
      if (DETERMINERS.contains(w)) {
        break;
      }
    }
    int from = k + 1;
    while (from < end && !ta.tokens.get(from).isWord() && !Character.isDigit(ta.tokens.get(from).text().charAt(0))) {
      from++; // a noun phrase starts with a word or a number ("32 percent")
    }
    if (from >= end) {
      return null;
    }
    String first = ta.tokens.get(from).lower();
    if (from == end - 1 && !OTHER_PRONOUNS.contains(first) && (lexicon.isCommon(first) && !ta.tokens.get(from).isCapitalized())) {
      return null;
    }
    return new Candidate(from, end, phraseSpeaker(run, from, end), false);
  }

  private Candidate namedSubjectOf(Run run, Sentence s, int c) {
    TextAnalysis ta = run.ta;
    boolean participle = ta.tokens.get(c).lower().endsWith("ing");
    if (participle) {
      for (int i = s.from(); i < c; i++) {
        if (insideQuote(run, ta.tokens.get(i).start())) {
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
    while (i >= s.from() && ADVERBS.contains(ta.tokens.get(i).lower())) {
      i--;
    }
    // relative "who": "…voters, who said …" — the source is "who", meaning what precedes the comma
    if (i >= s.from() && ta.tokens.get(i).is("who")) {
      Token who = ta.tokens.get(i);
      EntityMention antecedent = null;
      if (i - 1 > s.from() && ta.tokens.get(i - 1).text().equals(",")) {
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
    if (i >= s.from() && ta.tokens.get(i).text().equals(",")) {
      int commas = 0;
      for (int j = i - 1; j >= s.from() && j >= i - 30 && commas < 4; j--) {
        if (!ta.tokens.get(j).text().equals(",") || insideQuote(run, ta.tokens.get(j).start())) {
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
      while (j >= s.from() && !ta.tokens.get(j).text().equals(",")) {
        j--;
      }
      if (j >= s.from()) {
        i = j - 1;
      }
    }
    for (; i >= s.from(); i--) {
      if (insideQuote(run, ta.tokens.get(i).start())) {
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
  private Candidate candidateAt(Run run, Sentence s, int t) {
    TextAnalysis ta = run.ta;
    if (t >= s.to()) {
      return null;
    }
    Token tok = ta.tokens.get(t);
    if (insideQuote(run, tok.start())) {
      return null;
    }
    EntityMention named = run.speakerAt.get(tok.start());
    // a place or organisation may only qualify the title of the person who follows ("U.S. President X")
    if (named != null && named.type() != EntityType.PLACE && named.type() != EntityType.ORG) {
      int to = ta.tokenAt(named.end());
      return new Candidate(t, to, named, isPossessive(ta, to));
    }
    String w = tok.lower();
    boolean qualifier = lexicon.isTitle(w) || NP_MODIFIERS.contains(w);
    // "But Ferguson", "And Chancellor Brown", "in Lisbon Mr Brown": the word before is no part of the speaker
    boolean capitalisedQualifier = tok.isCapitalized() && !lexicon.isCommon(w)
        && !(t + 1 < s.to() && lexicon.isHonorific(ta.tokens.get(t + 1).text()));
    if (tok.isWord() && (qualifier || capitalisedQualifier)) {
      Candidate titled = personAhead(run, s, t, t + 1, t + 5, x -> x.text().equals(".") || lexicon.isTitle(x.lower())
          || NP_MODIFIERS.contains(x.lower()) || x.isCapitalized());
      if (titled != null) {
        return titled;
      }
    }
    if (named != null) {
      int to = ta.tokenAt(named.end());
      return new Candidate(t, to, named, isPossessive(ta, to));
    }
    if (PRONOUNS.containsKey(w)) {
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
      Token x = ta.tokens.get(j);
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
        if (to < s.to() && ta.tokens.get(to).is("of") && to + 1 < s.to() && ta.tokens.get(to + 1).isCapitalized()) {
          to += 2; // "the president of Russia"
        }
        // "Hungarian Prime Minister Viktor Orban", "his campaign manager Jeff Weaver": the name after the title
        for (int n = to; n < Math.min(s.to(), to + 4); n++) {
          EntityMention m = run.speakerAt.get(ta.tokens.get(n).start());
          if (m != null && m.type() == EntityType.PERSON) {
            int end = ta.tokenAt(m.end());
            return new Candidate(from, end, m, isPossessive(ta, end));
          }
          String nl = ta.tokens.get(n).lower();
          if (!(lexicon.isTitle(nl) || ROLE_NOUNS.contains(nl) || NP_MODIFIERS.contains(nl))) {
            break;
          }
        }
        String text = ta.text.substring(ta.tokens.get(from).start(), ta.tokens.get(to - 1).end());
        EntityMention speaker = resolveRole(run, from, to, text, xl);
        return new Candidate(from, to, speaker, isPossessive(ta, to));
      }
      if (x.isCapitalized() || !lexicon.isCommon(xl)) {
        continue;
      }
      break;
    }
    return null;
  }

  private static boolean isPossessive(TextAnalysis ta, int to) {
    return to < ta.tokens.size() && (ta.tokens.get(to).lower().equals("'s") || ta.tokens.get(to).lower().equals("’s"));
  }

  /** "the U.S. president" → the one person the article gives a matching role; else the role itself, unresolved. */
  private EntityMention resolveRole(Run run, int from, int to, String text, String head) {
    TextAnalysis ta = run.ta;
    int start = ta.tokens.get(from).start();
    int end = ta.tokens.get(to - 1).end();
    Set<String> qualifiers = new HashSet<>();
    for (int i = from; i < to; i++) {
      String f = NameKeys.fold(ta.tokens.get(i).text());
      if (!DETERMINERS.contains(f) && !f.equals(head) && !f.equals("of")) {
        qualifiers.add(f);
      }
    }
    if (!PLURAL_SOURCES.contains(head) && !SpeakerResolution.indefinite(text)) {
      String holder = roleHolders.holder(head, qualifiers, run.roleHolders);
      if (holder == null && qualifiers.stream().anyMatch(q -> lexicon.countries.contains(countryOf(q)))) {
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
  private String personEarlierInSentence(Run run, int from, String head, Set<String> qualifiers) {
    TextAnalysis ta = run.ta;
    int sentenceStart = ta.tokens.get(ta.sentences.get(ta.sentenceOf(from)).from()).start();
    int start = ta.tokens.get(from).start();
    EntityMention latest = null;
    for (EntityMention m : run.entities) {
      if (m.type() == EntityType.PERSON && m.canonical() != null && m.start() >= sentenceStart && m.start() < start
          && !insideQuote(run, m.start())) {
        latest = m;
      }
    }
    return latest != null && roleHolders.mayHold(latest.canonical(), head, qualifiers, run.roleHolders)
        ? latest.canonical() : null;
  }

  private String countryOf(String folded) {
    String c = lexicon.demonyms.get(folded);
    if (c == null) {
      c = lexicon.places.get(folded);
    }
    return c == null ? folded : NameKeys.fold(c);
  }
}
