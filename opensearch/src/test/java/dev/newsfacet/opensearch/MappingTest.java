package dev.newsfacet.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacet.index.FieldSpec;
import dev.newsfacet.index.Fields;
import dev.newsfacet.search.Clause;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the backend derives without a cluster: mapping from the schema, DSL from clauses, safe configuration. */
class MappingTest {
  @Test
  void everySchemaFieldIsMappedOnceWithItsKind() {
    JsonNode properties = Mapping.createIndexBody(OpenSearchConfig.of("http://localhost:9200")).path("mappings").path("properties");
    assertEquals(Fields.FIELDS.size(), properties.size(), "one property per field, no name clashes");
    for (FieldSpec f : Fields.FIELDS) {
      JsonNode p = properties.path(Mapping.fieldName(f));
      String type = p.path("type").asText();
      switch (f.kind()) {
        case TEXT -> assertEquals(Mapping.ANALYZER, p.path("analyzer").asText(), f.name());
        case DAY, LONG, LONGS, KEYS -> assertEquals("long", type, f.name());
        case STORED -> assertFalse(p.path("index").asBoolean(true), f.name());
        case BYTES -> assertEquals("binary", type, f.name());
        default -> assertTrue(type.equals("keyword") || type.equals("integer"), f.name() + " " + type);
      }
    }
    assertEquals("facet_published_year", Mapping.facetField("published.year"));
  }

  @Test
  void prefixesMatchLiterallyAsLuceneRegularExpressions() {
    String regex = ClusterTerms.literalPrefix("o'brien" + Fields.SEP + "PERSON.*");
    // the same language for these characters as java.util.regex: escaped characters stand for themselves
    Pattern p = Pattern.compile(regex);
    assertTrue(p.matcher("o'brien" + Fields.SEP + "PERSON.*" + Fields.SEP + "x").matches());
    assertFalse(p.matcher("o'brien" + Fields.SEP + "PERSONS").matches());
  }

  @Test
  void clausesCompileToTheirDslCounterparts() {
    JsonNode q = DslQueries.compile(new Clause.AnyOf(List.of(new Clause.Term("person", "viktor orban", 2f),
        new Clause.Phrase("body", "Alaska summit"), new Clause.KeywordRange("mentioned", "2025-08", null))));
    JsonNode should = q.path("bool").path("should");
    assertEquals(1, q.path("bool").path("minimum_should_match").asInt());
    assertEquals(2.0, should.get(0).path("constant_score").path("boost").asDouble());
    assertEquals("Alaska summit", should.get(1).path("match_phrase").path("body").path("query").asText());
    assertEquals("2025-08", should.get(2).path("range").path("mentioned").path("gte").asText());
    assertTrue(DslQueries.compile(new Clause.AnyOf(List.of())).has("match_none"));
  }

  @Test
  void configurationNeverShowsThePasswordAndRejectsBadValues() {
    OpenSearchConfig c = OpenSearchConfig.of("https://search.example:9200").withCredentials("reader", "s3cret");
    assertFalse(c.toString().contains("s3cret"));
    assertThrows(IllegalArgumentException.class, () -> OpenSearchConfig.of("ftp://x"));
    assertThrows(IllegalArgumentException.class, () -> c.withIndex("News"));
    assertThrows(IllegalArgumentException.class,
        () -> new OpenSearchConfig(List.of(URI.create("http://x:9200")), "n", null, null, false, 0, 1));
  }

  @Test
  void longIdsAreBoundedAndDistinct() {
    String a = OpenSearchNewsIndex.articleDocId("x".repeat(600));
    String b = OpenSearchNewsIndex.articleDocId("x".repeat(601));
    assertTrue(a.length() < 512 && b.length() < 512);
    assertFalse(a.equals(b));
    assertEquals("s|id|3", OpenSearchNewsIndex.statementDocId("id", 3));
  }
}
