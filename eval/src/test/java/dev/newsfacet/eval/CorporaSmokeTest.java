package dev.newsfacet.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsfacet.extract.Extractor;
import dev.newsfacet.fixtures.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs each evaluation on a few documents of the real corpora when ../shared/corpora is present (it is
 * not shipped); skipped, with the reason, when it is absent. Each checks that the extractor finds a good
 * share of the gold, well under the README's figures (a few documents vary), so that a pipeline that finds
 * nothing, or half of what it should, fails here.
 */
class CorporaSmokeTest {
  private static void atLeast(double floor, Prf p, String what) {
    assertTrue(p.gold() > 0, what + ": no gold items read");
    assertTrue(p.f1() >= floor, what + ": F1 " + p.f1() + " under " + floor);
  }

  @Test
  void polnearDevRuns() throws Exception {
    Path c = Seeds.corpora();
    assumeTrue(c != null && Files.isDirectory(c.resolve("polnear")), "../shared/corpora/polnear is absent: skipped");
    List<Polnear.Document> docs = Polnear.read(c.resolve("polnear"), "dev").subList(0, 10);
    Report r = QuoteEvaluation.run(docs, Extractor.createDefault(), null);
    atLeast(0.45, r.figures().get("content overlap"), "PolNeAR content overlap"); // README: 0.62 on all of dev
  }

  @Test
  void conllRuns() throws Exception {
    Path c = Seeds.corpora();
    assumeTrue(c != null && Files.isRegularFile(c.resolve("conll2003/eng.testa")), "../shared/corpora/conll2003 is absent: skipped");
    List<Conll.Document> docs = Conll.read(c.resolve("conll2003/eng.testa"));
    Report r = EntityEvaluation.run(docs.subList(0, 20), Extractor.createDefault(), null);
    atLeast(0.85, r.figures().get("micro"), "CoNLL micro"); // README: 0.93 on all of eng.testa
  }

  @Test
  void timemlRuns() throws Exception {
    Path c = Seeds.corpora();
    assumeTrue(c != null && Files.isDirectory(c.resolve("tempeval3/TimeBank")), "../shared/corpora/tempeval3 is absent: skipped");
    List<TimeMl.Document> docs = TimeMl.read(List.of(c.resolve("tempeval3/TimeBank"))).subList(0, 20);
    Report r = DateEvaluation.run(docs, Extractor.createDefault(), null);
    atLeast(0.80, r.figures().get("DATE+TIME relaxed span"), "TimeBank relaxed span"); // README: 0.92 on all
  }
}
