package dev.newsfacet.extract;

import dev.newsfacet.extract.attribution.AttributionInput;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.Statement;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Builds what the attribution model reads from an article: its tokens and sentences, the entity type
 * over each token, the lexicon's cue frame of each word, quotation state, and the statements the rules
 * found (their cues, speakers and contents marked token by token).
 */
final class AttributionInputs {
  private AttributionInputs() {}

  static AttributionInput of(TextAnalysis ta, List<EntityMention> entities, List<Statement> rules, BitSet quoted,
      Lexicon lexicon) {
    List<Token> tokens = ta.tokens;
    int n = tokens.size();
    String[] words = new String[n];
    String[] lower = new String[n];
    String[] types = new String[n];
    String[] cueClasses = new String[n];
    boolean[] inQuote = new boolean[n];
    byte[] ruleBits = new byte[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      words[i] = t.text();
      lower[i] = t.lower();
      starts[i] = t.start();
      ends[i] = t.end();
      types[i] = "";
      Lexicon.CueWord cue = lexicon.cues.get(t.lower());
      cueClasses[i] = cue == null ? "" : cue.frame().name();
      inQuote[i] = quoted.get(t.start());
    }
    for (EntityMention m : entities) {
      mark(ta, m.start(), m.end(), i -> types[i] = m.type().name());
    }
    for (Statement st : rules) {
      mark(ta, st.start(), st.end(), i -> ruleBits[i] |= AttributionInput.RULE_CONTENT);
      if (st.cue() != null) {
        mark(ta, st.cue().start(), st.cue().end(), i -> ruleBits[i] |= AttributionInput.RULE_CUE);
      }
      if (st.speaker() != null) {
        mark(ta, st.speaker().start(), st.speaker().end(), i -> ruleBits[i] |= AttributionInput.RULE_SOURCE);
      }
    }
    int[] from = new int[ta.sentences.size()];
    int[] to = new int[ta.sentences.size()];
    for (int s = 0; s < from.length; s++) {
      from[s] = ta.sentences.get(s).from();
      to[s] = ta.sentences.get(s).to();
    }
    return new AttributionInput(words, lower, types, cueClasses, inQuote, ruleBits, from, to, starts, ends);
  }

  /** Calls {@code each} for every token inside the characters [start, end). */
  private static void mark(TextAnalysis ta, int start, int end, IntConsumer each) {
    for (int t = ta.tokenAt(start); t < ta.tokens.size() && ta.tokens.get(t).start() < end; t++) {
      each.accept(t);
    }
  }
}
