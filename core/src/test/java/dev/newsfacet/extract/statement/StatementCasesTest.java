package dev.newsfacet.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacet.extract.Extractor;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.Statement;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The statement rules as a table of cases ({@code statement-cases.tsv}): for each sentence, every statement
 * the extractor finds — kind, speaker, cue, text and the step that made it — or that it finds none.
 */
class StatementCasesTest {
  private static final Extractor EXTRACTOR = Extractor.createDefault();

  /** One expected statement, or none for a sentence that has none. */
  record Expected(String kind, String speaker, String cue, String text, String by) {
    static Expected of(String[] columns) {
      return columns.length == 2 ? null : new Expected(columns[1], columns[2], columns[3], columns[4], columns[5]);
    }
  }

  static Stream<Arguments> cases() throws IOException {
    Map<String, List<Expected>> bySentence = new LinkedHashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        StatementCasesTest.class.getResourceAsStream("statement-cases.tsv"), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        List<Expected> expected = bySentence.computeIfAbsent(columns[0], k -> new ArrayList<>());
        Expected e = Expected.of(columns);
        if (e != null) {
          expected.add(e);
        }
      }
    }
    return bySentence.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachSentenceGivesItsStatements(String sentence, List<Expected> expected) {
    Article a = Article.builder().id("case").text(sentence).published(LocalDate.of(2025, 10, 16)).build();
    List<Expected> found = new ArrayList<>();
    for (Statement s : EXTRACTOR.analyze(a).statements()) {
      found.add(new Expected(s.kind().name().toLowerCase(Locale.ROOT),
          s.speaker() == null || s.speaker().canonical() == null ? "" : s.speaker().canonical(), s.cue() == null ? "" : s.cue().text(), s.text(), s.by()));
    }
    assertEquals(expected, found);
  }
}
