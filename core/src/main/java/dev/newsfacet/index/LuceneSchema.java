package dev.newsfacet.index;

import static dev.newsfacet.index.Fields.DATE_LEVELS;
import static dev.newsfacet.index.Fields.DIMENSIONS;
import static dev.newsfacet.index.Fields.MENTIONED;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene side of the schema: text analysis, the codec, the facets configuration, and how an
 * engine-neutral {@link IndexDoc} becomes a Lucene {@link Document}. Field names come from {@link Fields};
 * the OpenSearch backend builds its mapping from the same {@link FieldSpec}s instead of this class.
 */
public final class LuceneSchema {
  private final FacetsConfig facetsConfig;
  private final Analyzer analyzer;

  /** The schema of every newsfacet Lucene index (its version is {@link Fields#VERSION}). */
  public LuceneSchema() {
    facetsConfig = new FacetsConfig();
    for (String dim : Fields.ENTITY_DIMENSIONS) {
      facetsConfig.setMultiValued(dim, true);
    }
    for (String level : DATE_LEVELS) {
      // flat levels rather than one hierarchy: the top values of each come from one counting pass,
      // where walking a hierarchy asks for the children of every year and month
      facetsConfig.setMultiValued(MENTIONED + "." + level, true);
    }
    for (String dim : DIMENSIONS) {
      // filters use our own fields (DrillDownQuery.add(dim, query)), so the facet module's drill-down
      // terms would only cost indexing time and space
      facetsConfig.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    analyzer = new NewsAnalyzer();
  }

  /**
   * Stored fields compressed with DEFLATE rather than LZ4: article text is most of the index, and reading
   * back the few documents a search shows stays cheap.
   */
  public Codec codec() {
    return new Lucene104Codec(Lucene104Codec.Mode.BEST_COMPRESSION);
  }

  /** Which facet dimensions are multi-valued; drill-down terms are not indexed (filters use our fields). */
  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** The analyzer for text fields: standard tokens, possessives dropped, lower case, accents folded, stemmed. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** A document as Lucene fields, facets built. */
  public Document luceneDocument(IndexDoc doc) throws IOException {
    Document d = new Document();
    for (IndexDoc.Value v : doc.values()) {
      String name = v.field().name();
      Field.Store store = v.stored() ? Field.Store.YES : Field.Store.NO;
      switch (v.field().kind()) {
        case KEYWORD -> d.add(new StringField(name, (String) v.value(), store));
        case TEXT -> d.add(new TextField(name, (String) v.value(), store));
        case DAY -> d.add(new LongField(name, (Long) v.value(), store));
        // a column per field: a search reads a statement's offsets without inflating stored blocks
        case INT -> d.add(new SortedNumericDocValuesField(name, (Integer) v.value()));
        case STORED -> d.add(new StoredField(name, (String) v.value()));
        case FACET -> d.add(new SortedSetDocValuesFacetField(name, (String) v.value()));
        case LONG -> d.add(new NumericDocValuesField(name, (Long) v.value()));
        case LONGS -> d.add(new SortedNumericDocValuesField(name, (Long) v.value()));
        case KEYS -> d.add(new LongField(name, (Long) v.value(), Field.Store.NO));
        case BYTES -> d.add(new BinaryDocValuesField(name, new BytesRef((byte[]) v.value())));
      }
    }
    return facetsConfig.build(d);
  }

  /** Text analysis shared by indexing, querying and highlighting. */
  static final class NewsAnalyzer extends Analyzer {
    private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream ts = new EnglishPossessiveFilter(source);
      ts = new LowerCaseFilter(ts);
      ts = new ASCIIFoldingFilter(ts);
      ts = new StopFilter(ts, STOP);
      ts = new KStemFilter(ts);
      return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
