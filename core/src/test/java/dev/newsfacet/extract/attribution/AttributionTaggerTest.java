package dev.newsfacet.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsfacet.extract.entity.Bilou;
import dev.newsfacet.extract.entity.WordClusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Label sequences to spans, and what the features see of a token's place around its cue. */
class AttributionTaggerTest {
  private final Bilou spans = AttributionModel.SPAN_LABELS;

  @Test
  void labelsBecomeSpansOfOneType() {
    int[] labels = new int[6];
    spans.fill(labels, 0, 1, AttributionModel.SOURCE);
    spans.fill(labels, 2, 5, AttributionModel.CONTENT);
    List<int[]> content = AttributionTagger.spans(labels, 10, spans, AttributionModel.CONTENT);
    assertEquals(1, content.size());
    assertArrayEquals(new int[] {12, 15}, content.get(0));
    assertArrayEquals(new int[] {10, 11}, AttributionTagger.spans(labels, 10, spans, AttributionModel.SOURCE).get(0));
  }

  /** "Morgan said , he said" as a one-sentence input, with "said" a cue of the lexicon. */
  private static AttributionInput input() {
    String[] words = {"he", "said", ",", "he", "said"};
    int n = words.length;
    String[] none = new String[n];
    java.util.Arrays.fill(none, "");
    String[] classes = {"", "CLAUSE", "", "", "CLAUSE"};
    int[] starts = new int[n];
    int[] ends = new int[n];
    return new AttributionInput(words, words.clone(), none, classes, new boolean[n], new byte[n], new int[] {0},
        new int[] {n}, starts, ends);
  }

  private static Set<Integer> features(AttributionInput in, SpanFeatures.CueContext c, int i) {
    FeatureList f = new FeatureList();
    new SpanFeatures(WordClusters.none()).of(in, WordForms.of(in.words(), WordClusters.none()), c, i, Bilou.OUTSIDE,
        Bilou.OUTSIDE, f);
    Set<Integer> out = new HashSet<>();
    for (int k = 0; k < f.size(); k++) {
      out.add(f.get(k));
    }
    return out;
  }

  @Test
  void theSameWordBeforeAndAfterTheCueReadsDifferently() {
    AttributionInput in = input();
    SentenceCounts counts = SpanFeatures.counts(in, 0, 5);
    SpanFeatures.CueContext cue = SpanFeatures.context(in, 0, 5, 1, 2, counts);
    assertEquals("said", cue.cueWords());
    assertEquals(features(in, cue, 0), features(in, cue, 0), "features are a function of the input");
    assertNotEquals(features(in, cue, 0), features(in, cue, 3), "\"he\" before the cue is not \"he\" after it");
  }

  @Test
  void countsBetweenTwoTokensAreSubtractions() {
    SentenceCounts counts = SpanFeatures.counts(input(), 0, 5);
    assertEquals(1, counts.commasBetween(0, 5));
    assertEquals(0, counts.commasBetween(3, 5));
    assertEquals(2, counts.cuesBetween(0, 5));
    assertEquals(1, counts.cuesBetween(2, 5));
    assertEquals(0, counts.marksBetween(0, 5));
  }
}
