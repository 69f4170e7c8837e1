package dev.newsfacet.extract.statement;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The closed word classes statement extraction reads (lower case): function words, the nouns that head a
 * source ("officials", "the ministry"), the words a noun phrase or a clause runs through or stops at.
 * Open-ended lists (cues, titles, places) are the lexicon's files; these are the grammar's own words.
 */
public final class StatementWords {
  private StatementWords() {}

  public static final Pattern LEADING_DETERMINER =
      Pattern.compile("^(the|a|an|his|her|its|their|our) ");

  public static final Set<String> ROLE_NOUNS = Set.copyOf(List.of("president", "leader", "minister", "chancellor",
      "secretary", "senator", "governor", "mayor", "king", "queen", "spokesman", "spokeswoman", "spokesperson",
      "chief", "envoy", "adviser", "advisor", "ambassador", "official", "nominee", "candidate", "premier",
      "diplomat", "commander", "general", "prosecutor", "judge", "lawmaker", "congressman", "congresswoman",
      "pope", "prince", "analyst", "expert", "aide", "campaign", "government", "administration", "ministry",
      "embassy", "statement", "note", "report", "source"));

  /** Role nouns that name a body or a document, not one person. */
  public static final Set<String> NON_PERSONAL_SOURCES = Set.copyOf(List.of("campaign", "government", "administration",
      "ministry", "embassy", "statement", "note", "report", "source"));

  public static final Set<String> PLURAL_SOURCES = Set.copyOf(List.of("officials", "experts", "analysts", "sources",
      "aides", "lawmakers", "diplomats", "authorities", "critics", "observers", "residents", "witnesses",
      "investigators", "prosecutors", "leaders", "researchers", "economists", "scientists", "police"));

  public static final Set<String> DETERMINERS = Set.copyOf(List.of("the", "a", "an", "his", "her", "its", "their", "our",
      "this", "that", "one", "another", "some", "several", "two", "three", "many"));

  public static final Set<String> CLAUSE_OPENERS = Set.copyOf(List.of("he", "she", "it", "they", "we", "i", "you",
      "there", "this", "these", "those", "the", "a", "an", "his", "her", "its", "their", "our", "my", "no",
      "some", "any", "all", "both", "such", "if", "whether", "what", "how", "nothing", "everything", "none",
      "every", "each", "only", "most", "many", "more", "much"));

  public static final Set<String> ADVERBS = Set.copyOf(List.of("also", "repeatedly", "again", "previously", "publicly",
      "earlier", "later", "recently", "separately", "then", "once", "initially", "simply", "further",
      "has", "had", "have", "was", "is", "would", "will", "could", "reportedly", "privately", "first",
      "strongly", "even", "only", "just", "already", "never", "often", "still", "actually", "explicitly"));

  public static final Set<String> PREPOSITIONS = Set.copyOf(List.of("on", "in", "at", "during", "after", "before",
      "via", "through", "from", "with", "over", "to", "while", "late", "early", "last", "this"));

  /** Words that may stand before a name inside its noun phrase ("longtime Democratic pollster Pat Caddell"). */
  public static final Set<String> NP_MODIFIERS = Set.copyOf(List.of("former", "longtime", "long-time", "top", "senior", "chief",
      "current", "fellow", "veteran", "outgoing", "incoming", "acting", "deputy", "assistant", "presidential",
      "campaign", "party", "state", "national", "local", "republican", "democratic", "independent", "then",
      "nominee", "candidate", "hopeful", "strategist", "pollster", "consultant", "activist", "host", "writer",
      "author", "columnist", "lawyer", "attorney", "businessman", "businesswoman", "billionaire", "mogul",
      "operative", "donor", "supporter", "chairman", "chairwoman", "co-founder", "founder", "economist", "professor",
      "member", "members", "leader", "leaders", "rival", "opponent", "contender", "frontrunner", "front-runner",
      "gop", "u.s.", "us", "new", "york", "governor", "gov.", "sen.", "rep.", "mr.", "mrs.", "ms.", "dr.",
      "federal", "special", "retired", "conservative", "liberal", "prominent", "leading", "influential",
      "outspoken", "progressive", "moderate", "democrat", "republican", "foreign", "policy", "white", "house"));

  /** The cue lemmas whose object may open with "for" (cues-taking-for.txt); after any other, "for" marks a noun. */
  public static final Set<String> CUES_TAKING_FOR = WordLists.read("cues-taking-for.txt");
  /** Words that end a noun phrase scanned leftwards from a cue verb. */
  public static final Set<String> NP_STOPS = Set.copyOf(List.of("that", "which", "who", "whom", "whose", "and", "but", "or",
      "because", "if", "when", "while", "as", "than", "where", "although", "though", "since", "after", "before",
      "so", "not", "n't", "did", "does", "do", "to", "is", "was", "were", "are", "be", "been", "being", "have",
      "had", "has", "will", "would", "can", "could", "should", "may", "might", "must", "said", "says", "also",
      "then", "now", "yet", "still", "even", "just", "only", "however", "in", "on", "at", "for", "with", "by",
      "from", "about", "into", "over", "after", "under", "of", "what", "how", "why", "this", "these", "those"));

  public static final Set<String> OBJECT_PRONOUNS = Set.copyOf(List.of("him", "her", "them", "it", "us", "me",
      "himself", "herself", "themselves", "itself"));

  public static final Set<String> OTHER_PRONOUNS = Set.copyOf(List.of("they", "it", "we", "i", "you"));

  public static final Set<String> MODALS = Set.copyOf(List.of("would", "will", "could", "can", "might", "may", "should"));

  /** Cues whose passive makes the subject the one spoken to: "the manager has been asked to explain …". */
  public static final Set<String> ADDRESSEE_CUES = Set.copyOf(List.of("asked", "told", "urged", "warned", "ordered",
      "advised", "instructed", "informed", "invited", "encouraged", "pressed", "reminded", "called"));

  /** Passives that say what unnamed others say or think of the subject: "he is expected to", "she is said to". */
  public static final Set<String> IMPERSONAL_PASSIVES = Set.copyOf(List.of("expected", "thought", "believed", "said",
      "understood", "reported", "rumoured", "rumored", "alleged", "known", "considered", "estimated", "predicted",
      "tipped", "quoted", "accused", "criticised", "criticized", "praised", "described"));

  /** Words after which a cue word is a noun: "the claim that", "a warning". */
  public static final Set<String> DETERMINERS_BEFORE_NOUN = Set.copyOf(List.of("the", "a", "an", "this", "these",
      "those", "his", "her", "their", "its", "our", "my", "your"));

  /** Words after which a cue form ending in "s" is a plural noun. */
  public static final Set<String> NOUN_BEFORE = Set.copyOf(List.of("with", "the", "of", "these", "those", "such",
      "his", "her", "their", "its", "our", "denied", "rejected", "dismissed", "about", "over", "amid", "despite"));

  /** Nouns for what carries a statement: "In a new poll, …", "In an interview with CNN, …". */
  public static final Set<String> SOURCE_DOCUMENTS = Set.copyOf(List.of("poll", "polls", "survey", "surveys",
      "report", "reports", "study", "studies", "interview", "interviews", "statement", "statements", "letter",
      "memo", "speech", "op-ed", "editorial", "post", "tweet", "tweets", "email", "e-mail", "filing", "analysis",
      "column", "article", "book", "video", "ad", "advertisement", "release", "remarks", "testimony", "ruling",
      "opinion", "lawsuit", "complaint", "briefing", "conference", "address", "message", "essay", "blog"));

  /** Words that put a name inside a phrase headed by something else: "a spokeswoman for Fiorina". */
  public static final Set<String> PHRASE_PREPOSITIONS = Set.copyOf(List.of("of", "for", "from", "at", "with",
      "to", "on", "in", "by", "near", "close"));

  /** "that" verbs that news also writes with a bare clause after them. */
  public static final Set<String> BARE_CLAUSE_LEMMAS = Set.copyOf(List.of("note", "warn", "add", "confirm",
      "explain", "insist", "argue", "acknowledge", "admit", "recall", "stress", "emphasize", "declare", "mention",
      "complain", "report", "observe", "predict", "deny", "boast"));

  public static final Set<String> SUBJECT_PRONOUNS = Set.copyOf(List.of("he", "she", "they", "we", "i", "it",
      "there", "you"));

  /** Cue verbs whose content may be a to-infinitive: what someone commits to is their stated position. */
  public static final Set<String> COMMITMENT_LEMMAS = Set.copyOf(List.of("pledge", "vow", "promise", "agree",
      "threaten", "offer", "refuse", "decline", "intend", "plan", "swear", "hope", "seek", "aim"));

  public static final Set<String> FINITE_AUXILIARIES = Set.copyOf(List.of("is", "are", "was", "were", "has", "have",
      "had", "will", "would", "could", "can", "should", "may", "might", "must", "do", "does", "did"));

  /** Irregular past tenses and negated auxiliaries common in news: the verb of a reported clause without "that". */
  public static final Set<String> FINITE_VERB_FORMS = Set.copyOf(List.of("kept", "made", "took", "gave", "went",
      "came", "got", "held", "left", "lost", "won", "ran", "saw", "knew", "thought", "told", "found", "felt",
      "brought", "bought", "meant", "paid", "sent", "spent", "stood", "understood", "began", "became", "broke",
      "chose", "drove", "fell", "grew", "met", "rose", "sold", "spoke", "struck", "taught", "threw", "wrote",
      "built", "caught", "fought", "heard", "led", "sought", "won't", "can't", "didn't", "doesn't", "don't",
      "wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't", "wouldn't", "couldn't", "shouldn't"));

  /** Words a bare noun phrase may hold after its first word: "residents near the river", "46 percent of drivers". */
  public static final Set<String> NP_INNER = Set.copyOf(List.of("of", "in", "from", "at", "the", "a", "an",
      "his", "her", "their", "its", "-", "'s", "’s"));

  /** Words that open a quantified noun phrase: "three-quarters said …", "more than 6 in 10 said …". */
  public static final Set<String> QUANTIFIERS = Set.copyOf(List.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "half", "most", "more", "fewer", "less", "nearly", "almost", "about", "over", "only", "just"));

  /** Words that open a clause subordinate to the sentence's main one: "While he has said X, he …". */
  public static final Set<String> SUBORDINATORS = Set.copyOf(List.of("while", "although", "though", "whereas",
      "because", "if", "when", "as", "after", "before", "since", "once", "unless"));

  /** Words after a comma that open the writer's own clause: ", however …", ", while …". */
  public static final Set<String> CONTRASTS = Set.copyOf(List.of("however", "while", "whereas", "although",
      "though", "meanwhile"));
}
