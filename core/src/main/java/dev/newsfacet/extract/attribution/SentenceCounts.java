package dev.newsfacet.extract.attribution;

import dev.newsfacet.extract.entity.Bilou;

/**
 * Running counts over one sentence, so that "how many commas, quotation marks or other cues stand between
 * this token and the cue" is a subtraction: {@code commas[k]} counts the commas among the sentence's first
 * {@code k} tokens.
 */
record SentenceCounts(int from, int[] commas, int[] marks, int[] cues, int[] nounPhrases, int[] verbPhrases) {
  static SentenceCounts of(AttributionInput in, int from, int to) {
    int n = to - from;
    int[] commas = new int[n + 1];
    int[] marks = new int[n + 1];
    int[] cues = new int[n + 1];
    int[] nps = new int[n + 1];
    int[] vps = new int[n + 1];
    for (int k = 0; k < n; k++) {
      String w = in.words()[from + k];
      commas[k + 1] = commas[k] + (w.equals(",") || w.equals(";") || w.equals("—") ? 1 : 0);
      marks[k + 1] = marks[k] + (isQuoteMark(w) ? 1 : 0);
      cues[k + 1] = cues[k] + (in.cueClasses()[from + k].isEmpty() ? 0 : 1);
      int chunk = in.chunkAt(from + k, from, to);
      int p = chunk < 0 ? -1 : ChunkFeatures.LABELS.positionOf(chunk);
      boolean starts = p == Bilou.BEGIN || p == Bilou.UNIT;
      int type = chunk < 0 ? -1 : ChunkFeatures.LABELS.typeOf(chunk);
      nps[k + 1] = nps[k] + (starts && type == ChunkFeatures.NP ? 1 : 0);
      vps[k + 1] = vps[k] + (starts && type == ChunkFeatures.VP ? 1 : 0);
    }
    return new SentenceCounts(from, commas, marks, cues, nps, vps);
  }

  /** Of tokens [a, b): how many noun and verb phrases start there. */
  int nounPhrasesBetween(int a, int b) {
    return nounPhrases[b - from] - nounPhrases[a - from];
  }

  int verbPhrasesBetween(int a, int b) {
    return verbPhrases[b - from] - verbPhrases[a - from];
  }

  /** Of tokens [a, b): how many are commas, quotation marks and cue words. */
  int commasBetween(int a, int b) {
    return commas[b - from] - commas[a - from];
  }

  int marksBetween(int a, int b) {
    return marks[b - from] - marks[a - from];
  }

  int cuesBetween(int a, int b) {
    return cues[b - from] - cues[a - from];
  }

  static boolean isQuoteMark(String w) {
    return w.length() == 1 && "\"“”‘’'«»".indexOf(w.charAt(0)) >= 0;
  }
}
