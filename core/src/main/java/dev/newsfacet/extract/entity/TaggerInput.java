package dev.newsfacet.extract.entity;

import java.util.Set;

/**
 * What the tagger reads of one document: its tokens, where sentences end, and two layers computed
 * before it — the rule extractor's own labels and the gazetteer matches.
 *
 * @param words each token as written
 * @param lowerWords each token in lower case (computed once: every feature set reads it)
 * @param starts each token's first character in the text
 * @param ends each token's end (exclusive) in the text
 * @param sentenceEnds for each sentence, the index after its last token (ascending; the last is words.length)
 * @param ruleLabels per token, the rules' decision as a {@link Bilou#CONLL} label (O where the rules found nothing)
 * @param gazetteer per token, a bit set of gazetteer matches: bit {@code 4 * list + position} (B, I, L, U)
 * @param lowerCaseWords lower-case forms the document writes in lower case somewhere (so a capitalised
 *     form may be an ordinary word capitalised by its place)
 * @param capitalisedWords lower-case forms of words the document capitalises inside a sentence of an
 *     ordinary line (so a word opening a sentence or in a headline may be a name)
 * @param ruleTypesElsewhere per token, a bit set of the types ({@code 1 << type}) the rules gave the same word
 *     at its other places in the document: "Kent" of a county side named in full once is a side throughout
 */
public record TaggerInput(String[] words, String[] lowerWords, int[] starts, int[] ends, int[] sentenceEnds, int[] ruleLabels, int[] gazetteer,
    Set<String> lowerCaseWords, Set<String> capitalisedWords, int[] ruleTypesElsewhere) {
  public int size() {
    return words.length;
  }
}
