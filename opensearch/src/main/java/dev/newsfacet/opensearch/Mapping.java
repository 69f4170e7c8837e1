package dev.newsfacet.opensearch;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsfacet.index.FieldSpec;
import dev.newsfacet.index.Fields;

/**
 * The OpenSearch index settings and mapping, derived from {@link Fields#FIELDS}: the embedded index's
 * field catalog is the one source of field names and types. Text is analysed as the embedded index
 * analyses it (standard tokens, possessives dropped, lower case, accents folded, English stop words,
 * KStem), so words, phrases and BM25 scores agree.
 */
final class Mapping {
  /** The analyzer's name in the index settings. */
  static final String ANALYZER = "newsfacet";
  /** Where the mapping records the schema version it was made for. */
  static final String VERSION_META = "newsfacet_schema";

  private Mapping() {}

  /** The field holding a facet dimension's labels ("published.year" → "facet_published_year"). */
  static String facetField(String dimension) {
    return "facet_" + dimension.replace('.', '_');
  }

  /** The OpenSearch field of a catalog entry. */
  static String fieldName(FieldSpec spec) {
    return spec.kind() == FieldSpec.Kind.FACET ? facetField(spec.name()) : spec.name();
  }

  /** The body of the create-index request. */
  static ObjectNode createIndexBody(OpenSearchConfig config) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode body = f.objectNode();
    ObjectNode index = body.putObject("settings").putObject("index");
    index.put("number_of_shards", config.shards());
    index.put("number_of_replicas", config.replicas());
    index.put("max_result_window", 10_000);
    ObjectNode analysis = index.putObject("analysis");
    ObjectNode filters = analysis.putObject("filter");
    filters.putObject("newsfacet_possessive").put("type", "stemmer").put("language", "possessive_english");
    filters.putObject("newsfacet_stop").put("type", "stop").put("stopwords", "_english_");
    ObjectNode analyzer = analysis.putObject("analyzer").putObject(ANALYZER);
    analyzer.put("type", "custom").put("tokenizer", "standard");
    analyzer.putArray("filter").add("newsfacet_possessive").add("lowercase").add("asciifolding")
        .add("newsfacet_stop").add("kstem");

    ObjectNode mappings = body.putObject("mappings");
    mappings.put("dynamic", "strict");
    mappings.putObject("_meta").put(VERSION_META, Fields.VERSION);
    ObjectNode properties = mappings.putObject("properties");
    for (FieldSpec spec : Fields.FIELDS) {
      ObjectNode p = properties.putObject(fieldName(spec));
      switch (spec.kind()) {
        case KEYWORD, FACET -> p.put("type", "keyword");
        case TEXT -> p.put("type", "text").put("analyzer", ANALYZER);
        case DAY, LONG, LONGS, KEYS -> p.put("type", "long");
        case INT -> p.put("type", "integer");
        case STORED -> p.put("type", "keyword").put("index", false).put("doc_values", false);
        case BYTES -> p.put("type", "binary"); // Base64 in the source; neither indexed nor a column
      }
    }
    return body;
  }
}
