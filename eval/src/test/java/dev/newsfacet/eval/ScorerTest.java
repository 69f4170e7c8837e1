package dev.newsfacet.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.model.Cue;
import dev.newsfacet.model.DateMention;
import dev.newsfacet.model.DateType;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import dev.newsfacet.model.Span;
import dev.newsfacet.model.Statement;
import dev.newsfacet.model.StatementKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scorers on small hand-made files, with figures worked out by hand. */
class ScorerTest {
  static final String T = "\"We won,\" Smith said. Jones said taxes will rise. Brown thinks it is late.";

  static final String ANN = String.join("\n",
      "T1\tContent 0 9\t\"We won,\"",
      "T2\tSource 10 15\tSmith",
      "T3\tCue 16 20\tsaid",
      "E1\tAttribution:T3 Content:T1 Source:T2 Cue:T3",
      "T4\tSource 22 27\tJones",
      "T5\tCue 28 32\tsaid",
      "T6\tContent 33 49\ttaxes will rise",
      "E2\tAttribution:T5 Content:T6 Source:T4 Cue:T5",
      "T7\tSource 50 55\tBrown",
      "T8\tCue 56 62\tthinks",
      "T9\tContent 63 74\tit is late.",
      "E3\tAttribution:T8 Content:T9 Source:T7 Cue:T8");

  static Statement st(int s, int e, StatementKind kind, int cs, int ce, int ss, int se) {
    return new Statement(s, e, T.substring(s, e), kind, new Cue(cs, ce, T.substring(cs, ce)),
        new EntityMention(ss, se, T.substring(ss, se), EntityType.PERSON, T.substring(ss, se), null),
        kind == StatementKind.DIRECT ? List.of(new Span(s, e)) : List.of());
  }

  @Test
  void bratParsing() {
    List<Polnear.Attribution> gold = Polnear.parseBrat(ANN);
    assertEquals(3, gold.size());
    assertEquals(10, gold.get(0).source().start());
    List<Polnear.Attribution> multi = Polnear.parseBrat("T1\tContent 0 5;10 20\tx\nE1\tAttribution:T1 Content:T1");
    assertEquals(4, multi.get(0).content().offsets().length);
  }

  @Test
  void quoteScoringExactOverlapSourceCueAndClasses() {
    Polnear.Document doc = new Polnear.Document("d", T, null, Polnear.parseBrat(ANN));
    // 1: exact (quote marks and comma trimmed); 2: overlap only (one extra word), wrong source; 3: missed;
    // plus one spurious prediction
    List<Statement> predicted = List.of(
        st(1, 8, StatementKind.DIRECT, 16, 20, 10, 15),
        st(28, 48, StatementKind.INDIRECT, 28, 32, 50, 55),
        st(63, 65, StatementKind.INDIRECT, 56, 62, 50, 55));
    QuoteEvaluation eval = new QuoteEvaluation(null);
    eval.score(doc, QuoteEvaluation.toPredicted(predicted));
    Map<String, Prf> f = eval.figures();
    assertEquals(new Prf(1, 3, 3), f.get("content exact"));
    // overlap: "said taxes will rise" vs "taxes will rise" share 3 of 4 → match; "it" vs "it is late" share 1 of 3 → no
    assertEquals(new Prf(2, 3, 3), f.get("content overlap"));
    assertEquals(new Prf(1, 1, 1), f.get("end-to-end source exact [direct]"));
    assertEquals(new Prf(0, 1, 1), f.get("end-to-end source exact [indirect]"));
    // sources alone: Smith exact; Brown predicted twice but matches once
    assertEquals(new Prf(2, 3, 3), f.get("source exact"));
    assertEquals(new Prf(3, 3, 3), f.get("cue exact")); // every cue is right, even where the source is not
    Map<String, double[]> cls = eval.classFigures();
    assertEquals(1.0, cls.get("content exact [direct]")[0], 1e-9);
    assertEquals(1.0, cls.get("content exact [direct]")[1], 1e-9);
    assertEquals(0.0, cls.get("content exact [indirect]")[1], 1e-9);
  }

  @Test
  void aQuoteContinuedAfterItsAttributionIsOnePrediction() {
    String text = "\"A b,\" X said. \"C d.\"";
    EntityMention x = new EntityMention(7, 8, "X", EntityType.PERSON, "X", null);
    List<QuoteEvaluation.Predicted> p = QuoteEvaluation.toPredicted(List.of(
        new Statement(1, 5, "A b,", StatementKind.DIRECT, new Cue(9, 13, "said"), x, List.of()),
        new Statement(16, 20, "C d.", StatementKind.DIRECT, null, x, List.of())));
    assertEquals(1, p.size());
    assertEquals(4, p.get(0).content().offsets().length);
    assertTrue(p.get(0).content().tokens(text).sameAs(TokenSet.of(text, 0, 6, 15, 21)));
  }

  @Test
  void conllParsingAndEntityScoring() {
    List<Conll.Document> docs = Conll.parse(List.of(
        "-DOCSTART- -X- O O", "",
        "John NNP I-NP I-PER", "Smith NNP I-NP I-PER", "visited VBD I-VP O", "Paris NNP I-NP I-LOC", ". . O O", "",
        "The DT I-NP O", "Dutch JJ I-NP I-MISC", "side NN I-NP O", "Ajax NNP I-NP I-ORG", "won VBD I-VP O", "",
        "-DOCSTART- -X- O O", "", "Mary NNP I-NP I-PER", "left VBD I-VP O"));
    assertEquals(2, docs.size());
    Conll.Document d = docs.get(0);
    assertEquals("John Smith visited Paris .\nThe Dutch side Ajax won", d.text());
    assertEquals(4, d.entities().size());
    Map<String, Prf> f = new LinkedHashMap<>();
    EntityEvaluation.score(d, List.of(
        new EntityMention(0, 10, "John Smith", EntityType.PERSON, "John Smith", null),
        new EntityMention(19, 24, "Paris", EntityType.ORG, "Paris", null),           // wrong type
        new EntityMention(31, 36, "Dutch", EntityType.PLACE, "Dutch", null),          // on MISC: ignored
        new EntityMention(42, 46, "Ajax", EntityType.ORG, "Ajax", null),
        new EntityMention(0, 4, "John", EntityType.EVENT, "John", null)), f, null);  // EVENT: not scored
    assertEquals(new Prf(2, 3, 3), f.get("micro"));
    assertEquals(new Prf(1, 1, 1), f.get("PER"));
    assertEquals(new Prf(0, 0, 1), f.get("LOC"));
    assertEquals(new Prf(1, 2, 1), f.get("ORG"));
  }

  @Test
  void timemlParsingAndDateScoring() throws Exception {
    String tml = "<?xml version=\"1.0\" ?><TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">19980108</TIMEX3></DCT>"
        + "<TEXT>It fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3> after "
        + "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2Y\">two years</TIMEX3> of gains &amp; more "
        + "<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"1998-W02\">this week</TIMEX3>.</TEXT></TimeML>";
    TimeMl.Document d = TimeMl.parse("x.tml", new ByteArrayInputStream(tml.getBytes(StandardCharsets.UTF_8)));
    assertEquals("It fell yesterday after two years of gains & more this week.", d.text());
    assertEquals(java.time.LocalDate.of(1998, 1, 8), d.created());
    assertEquals(3, d.timexes().size());
    assertEquals("two years", d.text().substring(d.timexes().get(1).start(), d.timexes().get(1).end()));
    Map<String, Prf> f = new LinkedHashMap<>();
    DateEvaluation.score(d, List.of(
        new DateMention(8, 17, "yesterday", DateType.DATE, "1998-01-07"),          // right
        new DateMention(50, 59, "this week", DateType.DATE, "1998-W01"),           // span right, value wrong
        new DateMention(24, 27, "two", DateType.DURATION, "P2Y"),                  // relaxed only, value right
        new DateMention(0, 2, "It", DateType.DATE, "1998")), f, null);             // spurious
    assertEquals(new Prf(2, 3, 2), f.get("DATE+TIME relaxed span"));
    assertEquals(new Prf(2, 3, 2), f.get("DATE+TIME strict span"));
    assertEquals(new Prf(1, 3, 2), f.get("DATE+TIME value"));
    assertEquals(new Prf(1, 1, 1), f.get("DURATION relaxed span"));
    assertEquals(new Prf(0, 1, 1), f.get("DURATION strict span"));
    assertEquals(new Prf(1, 1, 1), f.get("DURATION value"));
  }
}
