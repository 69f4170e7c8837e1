package dev.newsfacet.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.extract.entity.Bilou;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The left-to-right decoder of the attribution taggers. */
class SequenceDecoderTest {
  private final Bilou cues = AttributionModel.CUE_LABELS;

  /** Weights that favour one fixed label at each token, whatever came before. */
  private static SequenceDecoder.Weights favouring(int[] wanted) {
    return (feature, scores) -> scores[wanted[feature]] += 1;
  }

  @Test
  void followsTheScoresWhereTheyAreWellFormed() {
    int[] wanted = {Bilou.OUTSIDE, cues.label(0, Bilou.BEGIN), cues.label(0, Bilou.LAST), Bilou.OUTSIDE};
    int[] labels = new SequenceDecoder(cues).decode(0, 4, (i, p1, p2, f) -> f.add(i), favouring(wanted), null);
    assertArrayEquals(wanted, labels);
  }

  @Test
  void neverLeavesASpanOpenOrEndsOneNeverBegun() {
    // the scores want B at the last token and L after O: neither may happen
    int[] wanted = {cues.label(0, Bilou.LAST), Bilou.OUTSIDE, cues.label(0, Bilou.BEGIN)};
    int[] labels = new SequenceDecoder(cues).decode(0, 3, (i, p1, p2, f) -> f.add(i), favouring(wanted), null);
    for (int k = 0; k < labels.length; k++) {
      assertTrue(cues.allowed(k == 0 ? Bilou.OUTSIDE : labels[k - 1], labels[k], k == labels.length - 1),
          "label " + k + " is " + cues.name(labels[k]));
    }
  }

  @Test
  void theObserverHearsEveryDecisionWithTheLabelsBeforeIt() {
    List<String> heard = new ArrayList<>();
    int[] wanted = {cues.label(0, Bilou.UNIT), Bilou.OUTSIDE};
    new SequenceDecoder(cues).decode(5, 7, (i, p1, p2, f) -> {
      f.add(i - 5);
      heard.add("features " + i + " after " + p1);
    }, favouring(wanted), (i, label, f) -> heard.add("decided " + i + " " + cues.name(label) + " on " + f.size()));
    assertEquals(List.of("features 5 after 0", "decided 5 U-CUE on 1", "features 6 after " + cues.label(0, Bilou.UNIT),
        "decided 6 O on 1"), heard);
  }
}
