package dev.newsfacet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.extract.Extractor;
import dev.newsfacet.fixtures.Seeds;
import dev.newsfacet.model.AnalyzedArticle;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.DateMention;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.Span;
import dev.newsfacet.model.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** On every seed: each extracted item's offsets point at exactly the text it claims. */
class ExtractionContractTest {
  static Stream<Path> seeds() throws Exception {
    return Files.list(Seeds.dir()).filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void offsetsPointAtTheTextTheyClaim(Path seed) throws Exception {
    String text = Files.readString(seed);
    AnalyzedArticle a = Extractor.createDefault().analyze(
        Article.builder().text(text).published(LocalDate.of(2025, 10, 16)).build());
    assertFalse(a.entities().isEmpty());
    assertFalse(a.statements().isEmpty());
    assertFalse(a.dates().isEmpty());
    for (EntityMention m : a.entities()) {
      assertEquals(m.text(), text.substring(m.start(), m.end()), m.toString());
      assertNotNull(m.canonical(), m.toString());
    }
    for (Statement s : a.statements()) {
      assertEquals(s.text(), text.substring(s.start(), s.end()), s.toString());
      assertFalse(s.text().startsWith("“") || s.text().startsWith("\"") && s.quoted().size() == 1
          && s.quoted().get(0).start() == s.start(), "direct quote content excludes its marks: " + s);
      if (s.cue() != null) {
        assertEquals(s.cue().text(), text.substring(s.cue().start(), s.cue().end()));
      }
      if (s.speaker() != null) {
        assertEquals(s.speaker().text(), text.substring(s.speaker().start(), s.speaker().end()));
      }
      for (Span q : s.quoted()) {
        assertTrue(q.start() >= s.start() && q.end() <= s.end(), s.toString());
      }
    }
    for (DateMention d : a.dates()) {
      assertEquals(d.text(), text.substring(d.start(), d.end()), d.toString());
      assertNotNull(d.value());
    }
    List<Statement> sorted = a.statements().stream().sorted((x, y) -> Integer.compare(x.start(), y.start())).toList();
    assertEquals(sorted, a.statements(), "statements are in text order");
  }

  /** Ingest and the CLI's extract command report a failing article the same way: the error and where it was thrown. */
  @Test
  void aFailureNamesTheErrorAndWhereItWasThrown() {
    RuntimeException e = new IllegalStateException("no cue");
    String m = Extractor.failureMessage(e);
    assertTrue(m.startsWith("extraction failed (java.lang.IllegalStateException: no cue at ExtractionContractTest."
        + "aFailureNamesTheErrorAndWhereItWasThrown:"), m);
    assertTrue(m.endsWith("); article left out (please report it)"), m);
  }
}
