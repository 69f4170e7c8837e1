package dev.newsfacet.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsfacet.index.TermLookup;
import java.io.IOException;
import java.util.Map;

/**
 * The terms of a keyword field in the cluster's index, with document counts, read through aggregations:
 * a terms aggregation restricted to the prefix for name lookups, a composite aggregation paged through
 * for loading every term.
 */
final class ClusterTerms implements TermLookup {
  private static final int PAGE = 1000;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Cluster cluster;
  private final String index;

  ClusterTerms(Cluster cluster, String index) {
    this.cluster = cluster;
    this.index = index;
  }

  @Override
  public void terms(String field, String prefix, int max, Visitor visitor) throws IOException {
    if (prefix.isEmpty()) {
      all(field, max, visitor);
      return;
    }
    ObjectNode body = F.objectNode();
    body.put("size", 0);
    body.putObject("query").putObject("prefix").putObject(field).put("value", prefix);
    ObjectNode terms = body.putObject("aggs").putObject("t").putObject("terms");
    terms.put("field", field).put("size", max).put("include", literalPrefix(prefix));
    terms.putObject("order").put("_key", "asc");
    JsonNode reply = cluster.call("POST", "/" + index + "/_search", Map.of(), body);
    for (JsonNode bucket : reply.path("aggregations").path("t").path("buckets")) {
      if (!visitor.visit(bucket.path("key").asText(), bucket.path("doc_count").asLong())) {
        return;
      }
    }
  }

  private void all(String field, int max, Visitor visitor) throws IOException {
    JsonNode after = null;
    int n = 0;
    while (true) {
      ObjectNode body = F.objectNode();
      body.put("size", 0);
      ObjectNode composite = body.putObject("aggs").putObject("c").putObject("composite");
      composite.put("size", PAGE);
      composite.putArray("sources").addObject().putObject("t").putObject("terms").put("field", field);
      if (after != null) {
        composite.set("after", after);
      }
      JsonNode agg = cluster.call("POST", "/" + index + "/_search", Map.of(), body).path("aggregations").path("c");
      JsonNode buckets = agg.path("buckets");
      for (JsonNode bucket : buckets) {
        if (n++ >= max || !visitor.visit(bucket.path("key").path("t").asText(), bucket.path("doc_count").asLong())) {
          return;
        }
      }
      after = agg.get("after_key");
      if (buckets.size() < PAGE || after == null) {
        return;
      }
    }
  }

  /** A Lucene regular expression matching {@code prefix} literally, then anything. */
  static String literalPrefix(String prefix) {
    StringBuilder sb = new StringBuilder();
    prefix.codePoints().forEach(cp -> {
      if (!Character.isLetterOrDigit(cp)) {
        sb.append('\\');
      }
      sb.appendCodePoint(cp);
    });
    return sb.append(".*").toString();
  }
}
