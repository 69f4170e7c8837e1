package dev.newsfacet.index;

import java.util.ArrayList;
import java.util.List;

/**
 * One document to index, independent of the engine: its values in the order {@link DocumentMapper} added them.
 * The embedded index turns it into a Lucene document, the OpenSearch backend into JSON.
 *
 * @param type {@link Fields#TYPE_ARTICLE} or {@link Fields#TYPE_STATEMENT}
 */
public record IndexDoc(String type, List<Value> values) {
  /** One value of a field; {@code stored} says whether search results read it back. */
  public record Value(FieldSpec field, Object value, boolean stored) {}

  /** Builds the values of one document. */
  static final class Builder {
    private final String type;
    private final List<Value> values = new ArrayList<>();

    Builder(String type) {
      this.type = type;
    }

    Builder add(FieldSpec field, Object value, boolean stored) {
      values.add(new Value(field, value, stored));
      return this;
    }

    Builder add(FieldSpec field, Object value) {
      return add(field, value, false);
    }

    IndexDoc build() {
      return new IndexDoc(type, List.copyOf(values));
    }
  }
}
