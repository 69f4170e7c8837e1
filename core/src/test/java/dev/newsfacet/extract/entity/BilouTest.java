package dev.newsfacet.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels, spans, shapes and the model format of the tagger. */
class BilouTest {
  private final Bilou b = Bilou.CONLL;

  @Test
  void onlyWellFormedSequencesAreAllowed() {
    int bPer = b.label(0, Bilou.BEGIN);
    int lPer = b.label(0, Bilou.LAST);
    int lOrg = b.label(2, Bilou.LAST);
    assertTrue(b.allowed(bPer, lPer, false));
    assertFalse(b.allowed(bPer, lOrg, false));
    assertFalse(b.allowed(bPer, Bilou.OUTSIDE, false));
    assertFalse(b.allowed(Bilou.OUTSIDE, bPer, true)); // a sentence cannot end inside an entity
    assertEquals("U-LOC", b.name(b.label(1, Bilou.UNIT)));
  }

  @Test
  void labelsBecomeSpans() {
    int[] labels = new int[5];
    b.fill(labels, 0, 2, 0);
    b.fill(labels, 3, 4, 1);
    assertEquals(List.of(new EntityTagger.Span(0, 2, "PER"), new EntityTagger.Span(3, 4, "LOC")),
        EntityTagger.spans(labels, b));
  }

  @Test
  void shapes() {
    assertEquals("XxXx", WordShape.brief("McDonald"));
    assertEquals("X.X.", WordShape.brief("U.S."));
    assertEquals("d", WordShape.brief("1996"));
    assertEquals("XxXxxx", WordShape.full("McDonald"));
  }

  @Test
  void aModelSurvivesItsFileAndKeepsOnlyBucketWeights() throws IOException {
    int bits = 4;
    float[] dense = new float[(1 << bits) * b.size()];
    dense[3 * b.size() + 2] = 1.5f;
    dense[7 * b.size()] = -0.25f;
    dense[7 * b.size() + 5] = 0.001f; // under the smallest weight kept
    TaggerModel m = TaggerModel.fromDense(dense, b, bits, 0.01f, "test");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    TaggerModel back = TaggerModel.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(2, back.weights());
    float[] scores = new float[b.size()];
    back.add(3 | (5 << bits), scores); // a feature id keeps only its bucket bits
    assertEquals(1.5f, scores[2], 1e-3);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    back.write(again);
    assertEquals(out.size(), again.size());
  }

  @Test
  void theShippedTaggerFindsNamesInASentence() {
    dev.newsfacet.extract.Extractor x = dev.newsfacet.extract.Extractor.createDefault();
    assertTrue(x.usesEntityModel());
    var found = x.entities("Hungarian Prime Minister Viktor Orban met officials of Siemens AG in Budapest on Friday.");
    assertTrue(found.stream().anyMatch(m -> m.text().equals("Viktor Orban") && m.type() == dev.newsfacet.model.EntityType.PERSON), found.toString());
    assertTrue(found.stream().anyMatch(m -> m.text().equals("Budapest") && m.type() == dev.newsfacet.model.EntityType.PLACE), found.toString());
  }
}
