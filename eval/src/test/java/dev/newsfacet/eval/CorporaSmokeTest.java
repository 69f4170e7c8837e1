package dev.newsfacet.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsfacet.extract.Extractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs each evaluation on a few documents of the real corpora when ../shared/corpora is present (it is
 * not shipped); skipped, with the reason, when it is absent. Checks that the whole path works, not figures.
 */
class CorporaSmokeTest {
  static Path corpora() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path c = p.resolve("shared").resolve("corpora");
      if (Files.isDirectory(c)) {
        return c;
      }
    }
    return null;
  }

  @Test
  void polnearDevRuns() throws Exception {
    Path c = corpora();
    assumeTrue(c != null && Files.isDirectory(c.resolve("polnear")), "../shared/corpora/polnear is absent: skipped");
    List<Polnear.Document> docs = Polnear.read(c.resolve("polnear"), "dev").subList(0, 5);
    QuoteEvaluation.Report r = QuoteEvaluation.run(docs, Extractor.createDefault(), null);
    assertTrue(r.figures().get("content overlap").gold() > 0);
  }

  @Test
  void conllRuns() throws Exception {
    Path c = corpora();
    assumeTrue(c != null && Files.isRegularFile(c.resolve("conll2003/eng.testa")), "../shared/corpora/conll2003 is absent: skipped");
    List<Conll.Document> docs = Conll.read(c.resolve("conll2003/eng.testa"));
    EntityEvaluation.Report r = EntityEvaluation.run(docs.subList(0, 10), Extractor.createDefault(), null);
    assertTrue(r.figures().get("micro").gold() > 0);
  }

  @Test
  void timemlRuns() throws Exception {
    Path c = corpora();
    assumeTrue(c != null && Files.isDirectory(c.resolve("tempeval3/TimeBank")), "../shared/corpora/tempeval3 is absent: skipped");
    List<TimeMl.Document> docs = TimeMl.read(List.of(c.resolve("tempeval3/TimeBank"))).subList(0, 10);
    DateEvaluation.Report r = DateEvaluation.run(docs, Extractor.createDefault(), null);
    assertTrue(r.figures().get("DATE+TIME relaxed span").gold() > 0);
  }
}
