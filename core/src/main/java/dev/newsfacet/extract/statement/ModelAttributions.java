package dev.newsfacet.extract.statement;

import static dev.newsfacet.extract.statement.StatementWords.ADDRESSEE_CUES;
import static dev.newsfacet.extract.statement.StatementWords.ADVERBS;
import static dev.newsfacet.extract.statement.StatementWords.FINITE_AUXILIARIES;
import static dev.newsfacet.extract.statement.StatementWords.IMPERSONAL_PASSIVES;
import static dev.newsfacet.extract.statement.StatementWords.SUBJECT_PRONOUNS;

import dev.newsfacet.extract.attribution.AttributionInput;
import dev.newsfacet.extract.attribution.AttributionTagger;
import dev.newsfacet.extract.attribution.ChunkFeatures;
import java.util.Set;

/**
 * Which of the attribution model's finds become statements. The model learnt what PolNeAR annotates,
 * which is more than a reader takes for someone's statement ("Mr Howard appointed …", "Tony Blair seems
 * certain to …"), so a find is kept only when: its cue ends in a word of the lexicon's cues that the rules
 * did not take (the model's cues outside the lexicon were mostly wrong on PolNeAR dev), outside
 * quotations, neither passive nor negated; its source is a named person or organisation (with at most
 * its title) or a personal pronoun; its content has three words or more and a subject of its own.
 * Stateless; thread-safe.
 */
public final class ModelAttributions implements AttributionTagger.Wanted {
  private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being", "get", "got",
      "'s");

  private final Sources.Words words;

  public ModelAttributions(Sources.Words words) {
    this.words = words;
  }

  @Override
  public boolean cueWord(AttributionInput in, int t) {
    if (!LEFT_BY_RULES.cueWord(in, t)) {
      return false;
    }
    // a source the pass would keep stands before the cue in its sentence (the rules take "…, said Ann Reyes")
    for (int k = t - 1; k >= in.sentenceFrom()[in.sentenceOf(t)]; k--) {
      String type = in.entityTypes()[k];
      if (type.equals("PERSON") || type.equals("ORG") || SUBJECT_PRONOUNS.contains(in.lower()[k])) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean cue(AttributionInput in, int from, int to) {
    for (int t = from; t < to; t++) {
      if ((in.rules()[t] & AttributionInput.RULE_CUE) != 0 || in.quoted()[t]) {
        return false;
      }
    }
    return !notTheSubjectsWords(in, from, to);
  }

  /** Whether a find of a wanted cue becomes a statement: a grounded source, and content that stands. */
  public boolean keeps(AttributionInput in, AttributionTagger.Found f) {
    return f.hasContent() && f.hasSource() && !in.quoted()[f.sourceFrom()] && groundedSource(in, f.sourceFrom(), f.sourceTo())
        && contentStands(in, f.contentFrom(), f.contentTo()) && isClause(in, f);
  }

  /**
   * Content that is a clause or a quotation, as the rules' statements are: a verb phrase inside it, its
   * first word in a noun phrase or a "that"/"whether" clause ("Ann Reyes noted the rise in prices", "said
   * goodbye in Berlin", "laughed off the claim that …" are not statements of their content).
   */
  static boolean isClause(AttributionInput in, AttributionTagger.Found f) {
    if (Sources.isQuoteChar(in.words()[f.contentFrom()])) {
      return true;
    }
    return f.contentHasVerb() && (f.contentFirstChunk() == ChunkFeatures.NP || f.contentFirstChunk() == ChunkFeatures.SBAR);
  }

  /**
   * A cue that does not give the subject's own words, which PolNeAR counts and "statements by X" must not:
   * a passive ("are said to have", "is being urged to", "is thought to"), a negation ("did not say"), or an
   * infinitive whose subject is someone else's object ("urging the minister to announce").
   */
  static boolean notTheSubjectsWords(AttributionInput in, int cueFrom, int cueTo) {
    if (in.lower()[cueFrom].equals("to")) {
      return true;
    }
    boolean be = false;
    for (int k = Math.max(cueFrom - 3, 0); k < cueTo; k++) {
      String w = in.lower()[k].replace('’', '\'');
      if (w.equals("not") || w.equals("never") || w.endsWith("n't")) {
        return true;
      }
      if (BE_FORMS.contains(w)) {
        be = true;
      } else if (be && (ADDRESSEE_CUES.contains(w) || IMPERSONAL_PASSIVES.contains(w))) {
        return true; // "is said to", "are being urged to", "is expected to say"
      } else if (!ADVERBS.contains(w) && !w.equals("to")) {
        be = false;
      }
    }
    return false;
  }

  /**
   * A source a reader can check: a personal pronoun, or a person or organisation mention with nothing
   * before it but its title ("Tory leader Ann Reyes", not "and Ann Reyes" or "The memory Ann Reyes").
   */
  boolean groundedSource(AttributionInput in, int from, int to) {
    if (to - from == 1 && SUBJECT_PRONOUNS.contains(in.lower()[from])) {
      return true;
    }
    String last = in.entityTypes()[to - 1];
    if (!last.equals("PERSON") && !last.equals("ORG")) {
      return false;
    }
    for (int k = from; k < to && !in.entityTypes()[k].equals(last); k++) {
      String w = in.words()[k];
      boolean title = words.isTitle(in.lower()[k]) || words.isHonorific(w);
      boolean capitalised = Character.isUpperCase(w.charAt(0)) && !in.lower()[k].equals("the");
      if (!title && !capitalised && !(k == from && in.lower()[k].equals("the"))) {
        return false;
      }
    }
    return true;
  }

  /** Content of three words or more that opens with a word or a quotation mark and has its own subject. */
  static boolean contentStands(AttributionInput in, int from, int to) {
    String first = in.words()[from];
    // "which she said was far too slow": content with no subject of its own
    return to - from >= 3 && !FINITE_AUXILIARIES.contains(in.lower()[from])
        && (Character.isLetter(first.charAt(0)) || Sources.isQuoteChar(first));
  }
}
