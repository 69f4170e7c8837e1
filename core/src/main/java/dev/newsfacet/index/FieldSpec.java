package dev.newsfacet.index;

/**
 * A field of the index and how it is indexed: the description both backends derive their schema from
 * (Lucene fields for the embedded index, the mapping of an OpenSearch index).
 */
public record FieldSpec(String name, Kind kind) {
  /** How a field is indexed. */
  public enum Kind {
    /** An exact value, matched whole. */
    KEYWORD,
    /** Words, analysed with {@link LuceneSchema#analyzer()}. */
    TEXT,
    /** A date as days since 1970-01-01: range filters and sorting. */
    DAY,
    /**
     * Whole numbers read back with results, one or a {start, end} pair per document: a column per field
     * in the embedded index, so a hit reads them without touching stored fields.
     */
    INT,
    /** A string read back with results, not searchable. */
    STORED,
    /** A facet value (a label counted per dimension); the name is the dimension. */
    FACET,
    /** A 64-bit number per document, read for many hits at once: sorting and grouping. */
    LONG,
    /**
     * Several 32-bit keys per document (given as longs), read for many hits at once: the candidate keys of
     * statement grouping. A column in the embedded index (values under 2^32 take four bytes there).
     */
    LONGS,
    /** Like {@link #LONGS}, and searchable by value: the candidate keys of stories, looked up for story:ID. */
    KEYS,
    /**
     * Bytes read back for a few of a search's hits, not searchable, given as a {@code byte[]}: a column of
     * the embedded index (no stored-field block to inflate), an OpenSearch {@code binary} field (Base64 in
     * the source).
     */
    BYTES
  }
}
