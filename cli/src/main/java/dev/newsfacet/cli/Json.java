package dev.newsfacet.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.newsfacet.Hit;
import dev.newsfacet.SearchResult;
import dev.newsfacet.StatementHit;
import dev.newsfacet.model.AnalyzedArticle;
import dev.newsfacet.model.DateMention;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.Statement;
import dev.newsfacet.model.StatementKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** JSON for the command line: the extraction contract and search results. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .registerModule(new SimpleModule()
          .addSerializer(LocalDate.class, ToStringSerializer.instance)
          .addSerializer(Path.class, ToStringSerializer.instance)
          .addSerializer(StatementKind.class, new JsonSerializer<>() {
            @Override
            public void serialize(StatementKind k, JsonGenerator g, SerializerProvider p) throws IOException {
              g.writeString(k.name().toLowerCase(Locale.ROOT));
            }
          }));

  private Json() {}

  /** One article in the stable extraction contract (see README, "Extraction output"). */
  static ObjectNode extraction(AnalyzedArticle a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.article().id());
    o.put("title", a.article().title());
    o.put("source", a.article().source());
    o.put("url", a.article().url());
    o.put("author", a.article().author());
    o.put("published", a.article().published() == null ? null : a.article().published().toString());
    if (a.article().origin() != null) {
      o.put("origin", a.article().origin());
    }
    o.put("text", a.article().text());
    ArrayNode entities = o.putArray("entities");
    for (EntityMention m : a.entities()) {
      ObjectNode e = entities.addObject();
      mention(e, m);
      if (m.role() != null) {
        e.put("role", m.role());
      }
      e.put("by", m.by());
    }
    // "statements" in Java, "quotes" in the published JSON of extract and show: the contract keeps its name
    ArrayNode quotes = o.putArray("quotes");
    for (Statement s : a.statements()) {
      ObjectNode q = quotes.addObject();
      q.put("start", s.start());
      q.put("end", s.end());
      q.put("text", s.text());
      q.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
      if (s.cue() == null) {
        q.putNull("cue");
      } else {
        ObjectNode c = q.putObject("cue");
        c.put("start", s.cue().start());
        c.put("end", s.cue().end());
        c.put("text", s.cue().text());
      }
      if (s.speaker() == null) {
        q.putNull("speaker");
      } else {
        mention(q.putObject("speaker"), s.speaker());
      }
      ArrayNode quoted = q.putArray("quoted");
      s.quoted().forEach(span -> quoted.addObject().put("start", span.start()).put("end", span.end()));
      q.put("by", s.by());
    }
    ArrayNode dates = o.putArray("dates");
    for (DateMention d : a.dates()) {
      dates.addObject().put("start", d.start()).put("end", d.end()).put("text", d.text())
          .put("type", d.type().name()).put("value", d.value());
    }
    return o;
  }

  private static void mention(ObjectNode e, EntityMention m) {
    e.put("start", m.start());
    e.put("end", m.end());
    e.put("text", m.text());
    e.put("type", m.type().name());
    e.put("canonical", m.canonical());
  }

  /** A search result; each hit carries a "type" of "article" or "statement". */
  static ObjectNode result(SearchResult r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.set("query", MAPPER.valueToTree(r.query()));
    o.put("total", r.total());
    o.put("matches", r.matches());
    ArrayNode hits = o.putArray("hits");
    for (Hit h : r.hits()) {
      ObjectNode node = hits.addObject();
      node.put("type", h instanceof StatementHit ? "statement" : "article");
      node.setAll((ObjectNode) MAPPER.valueToTree(h));
      if (node.path("score").isTextual() || node.path("score").isNumber() && Double.isNaN(node.path("score").asDouble())) {
        node.putNull("score"); // an unscored hit (a pure filter, newest first) has no score: null, not "NaN"
      }
    }
    o.set("facets", MAPPER.valueToTree(r.facets()));
    o.put("facetCountsEstimated", r.facetCountsEstimated());
    o.set("didYouMean", MAPPER.valueToTree(r.didYouMean()));
    return o;
  }

  static String write(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

}
