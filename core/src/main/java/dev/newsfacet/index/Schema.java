package dev.newsfacet.index;

import dev.newsfacet.extract.NameKeys;
import dev.newsfacet.model.AnalyzedArticle;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.DateMention;
import dev.newsfacet.model.DateType;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import dev.newsfacet.model.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * The Lucene schema, in one place: field names, analysis, facet dimensions, and how an
 * {@link AnalyzedArticle} becomes documents. No other class names a Lucene field.
 *
 * <p>One index holds two kinds of document, told apart by {@link #DOC_TYPE}: an article, and one
 * document per statement carrying its article's id, title, source and published date. An article
 * and its statements are written as one block under the article id, so updating an article
 * replaces its statements atomically.
 */
public final class Schema {
  /** Stored in the commit data; an index written with another value must be rebuilt. */
  public static final String VERSION = "12";
  public static final String VERSION_KEY = "newsfacet.schema";

  public static final String DOC_TYPE = "doc_type";
  public static final String TYPE_ARTICLE = "article";
  public static final String TYPE_STATEMENT = "statement";

  /** The article id: stored on the article, indexed on the article and its statements (updates delete the block). */
  public static final String ARTICLE_ID = "article_id";
  /**
   * A 64-bit hash of the article id on the article and its statements: orders articles published the
   * same day, the same way in every backend, at the cost of a number rather than a string per hit.
   */
  public static final String ARTICLE_ORDER = "article_order";
  /**
   * A statement's place among its article's statements (0, 1, ...): its article is the document
   * {@code ordinal + 1} places before it, since a block keeps its order in every segment.
   */
  public static final String STATEMENT_ORDINAL = "statement_ordinal";
  public static final String TITLE = "title";
  /**
   * Article text, stored, with positions; the highlighter finds offsets by analysing the few texts it
   * shows, which costs less than offsets in the postings of every article (a sixth of the index).
   */
  public static final String BODY = "body";
  /**
   * Statement text, indexed only: the words are read back from the article's stored text by the
   * statement's offsets, so the index holds them once.
   */
  public static final String STATEMENT_TEXT = "statement_text";
  public static final String SOURCE = "source";
  public static final String SOURCE_KEY = "source_key";
  public static final String URL = "url";
  public static final String AUTHOR = "author";
  /** Where ingest read the article: a file, with ":line" for a record (stored only). */
  public static final String ORIGIN = "origin";
  public static final String PUBLISHED = "published";
  public static final String MENTIONED = "mentioned";
  /** {@code aliasKey SEP TYPE SEP canonicalKey}: resolves a name in a query to entities. */
  public static final String ALIAS = "alias";
  /** {@code canonicalKey SEP surface}: the spellings of an entity, for highlighting. */
  public static final String CANON_ALIAS = "canon_alias";
  /** {@code TYPE SEP key SEP display}: the display name of each entity key. */
  public static final String ENTITY_DISPLAY = "entity_display";
  /** On article documents: "folded role" SEP "person key" for each role the article gives with a name. */
  public static final String ROLE_HOLDER = "role_holder";

  public static final String KIND = "kind";
  public static final String SPEAKER = "speaker";
  public static final String SPEAKER_NAME = "speaker_name";
  public static final String SPEAKER_TEXT = "speaker_text";
  /** What kind of speaker a statement has (named, role, group, anonymous, body, pronoun, none): field and facet. */
  public static final String SPEAKER_KIND = "speaker_kind";
  /** A named speaker exactly as the speaker facet lists it, for a click on that value. */
  public static final String SPEAKER_LABEL = "speaker_label";
  /** Cue and speaker mention offsets, stored as {start, end} pairs; their words are read from the article. */
  public static final String CUE_SPAN = "cue_span";
  public static final String SPEAKER_SPAN = "speaker_span";
  public static final String GROUP = "group";
  /**
   * On statements with quoted words and a named speaker: the candidate keys of near-identical grouping
   * ({@link Wording#keys}), and the wording itself ({@link Wording#bytes}) to decide a candidate pair.
   */
  public static final String WORDING_KEYS = "wording_keys";
  public static final String WORDING = "wording";
  /**
   * On articles: the candidate keys of story grouping (the hashes of the heaviest words, {@link StoryTerms#keys})
   * and the weighted words themselves ({@link StoryTerms#bytes}).
   */
  public static final String STORY_KEYS = "story_keys";
  public static final String STORY_TERMS = "story_terms";
  /** On statements: a 64-bit hash of the outlet's key, so that a grouped hit counts outlets from doc values. */
  public static final String SOURCE_HASH = "source_hash";
  public static final String START = "start";
  public static final String END = "end";

  public static final char SEP = '\u001f';

  /** The date facets come at three levels, each a flat dimension ("published.month": "2025-10"). */
  public static final List<String> DATE_LEVELS = List.of("year", "month", "day");
  /** Facet dimensions, in the order results list them. */
  public static final List<String> DIMENSIONS = List.of("type", "kind", "speaker", SPEAKER_KIND, "person", "place", "org",
      "event", "source", PUBLISHED + ".year", PUBLISHED + ".month", PUBLISHED + ".day",
      MENTIONED + ".year", MENTIONED + ".month", MENTIONED + ".day");
  /** Dimensions whose values are entity keys in a field of the same name. */
  public static final List<String> ENTITY_DIMENSIONS = List.of("person", "place", "org", "event");
  /**
   * Fields only article documents have ({@link #documents} adds them to the article alone): a query that
   * needs one of them cannot match a statement.
   */
  public static final Set<String> ARTICLE_ONLY_FIELDS;

  static {
    // the entity dimensions are on statements too (the entities each statement mentions), since schema 10
    Set<String> fields = new java.util.HashSet<>(List.of(TITLE, BODY, MENTIONED, ALIAS, CANON_ALIAS, ENTITY_DISPLAY, STORY_KEYS));
    ARTICLE_ONLY_FIELDS = Set.copyOf(fields);
  }

  private static final FieldSpec F_DOC_TYPE = new FieldSpec(DOC_TYPE, FieldSpec.Kind.KEYWORD);
  private static final FieldSpec F_ARTICLE_ID = new FieldSpec(ARTICLE_ID, FieldSpec.Kind.KEYWORD);
  private static final FieldSpec F_ARTICLE_ORDER = new FieldSpec(ARTICLE_ORDER, FieldSpec.Kind.LONG);
  private static final FieldSpec F_ORDINAL = new FieldSpec(STATEMENT_ORDINAL, FieldSpec.Kind.INT);
  private static final FieldSpec F_TITLE = new FieldSpec(TITLE, FieldSpec.Kind.TEXT);
  private static final FieldSpec F_BODY = new FieldSpec(BODY, FieldSpec.Kind.TEXT);
  private static final FieldSpec F_STATEMENT_TEXT = new FieldSpec(STATEMENT_TEXT, FieldSpec.Kind.TEXT);
  private static final FieldSpec F_SOURCE = new FieldSpec(SOURCE, FieldSpec.Kind.STORED);
  private static final FieldSpec F_SOURCE_KEY = new FieldSpec(SOURCE_KEY, FieldSpec.Kind.KEYWORD);
  private static final FieldSpec F_URL = new FieldSpec(URL, FieldSpec.Kind.STORED);
  private static final FieldSpec F_AUTHOR = new FieldSpec(AUTHOR, FieldSpec.Kind.STORED);
  private static final FieldSpec F_ORIGIN = new FieldSpec(ORIGIN, FieldSpec.Kind.STORED);
  private static final FieldSpec F_PUBLISHED = new FieldSpec(PUBLISHED, FieldSpec.Kind.DAY);
  private static final FieldSpec F_MENTIONED = new FieldSpec(MENTIONED, FieldSpec.Kind.KEYWORD);
  private static final FieldSpec F_ALIAS = new FieldSpec(ALIAS, FieldSpec.Kind.KEYWORD);
  private static final FieldSpec F_CANON_ALIAS = new FieldSpec(CANON_ALIAS, FieldSpec.Kind.KEYWORD);
  private static final FieldSpec F_ENTITY_DISPLAY = new FieldSpec(ENTITY_DISPLAY, FieldSpec.Kind.KEYWORD);
  private static final FieldSpec F_ROLE_HOLDER = new FieldSpec(ROLE_HOLDER, FieldSpec.Kind.KEYWORD);
  private static final FieldSpec F_KIND = new FieldSpec(KIND, FieldSpec.Kind.KEYWORD);
  private static final FieldSpec F_SPEAKER_KIND = new FieldSpec(SPEAKER_KIND, FieldSpec.Kind.KEYWORD);
  private static final FieldSpec F_SPEAKER_LABEL = new FieldSpec(SPEAKER_LABEL, FieldSpec.Kind.KEYWORD);
  private static final FieldSpec F_SPEAKER = new FieldSpec(SPEAKER, FieldSpec.Kind.KEYWORD);
  private static final FieldSpec F_SPEAKER_NAME = new FieldSpec(SPEAKER_NAME, FieldSpec.Kind.STORED);
  private static final FieldSpec F_SPEAKER_TEXT = new FieldSpec(SPEAKER_TEXT, FieldSpec.Kind.TEXT);
  private static final FieldSpec F_CUE_SPAN = new FieldSpec(CUE_SPAN, FieldSpec.Kind.INT);
  private static final FieldSpec F_SPEAKER_SPAN = new FieldSpec(SPEAKER_SPAN, FieldSpec.Kind.INT);
  private static final FieldSpec F_GROUP = new FieldSpec(GROUP, FieldSpec.Kind.LONG);
  private static final FieldSpec F_WORDING_KEYS = new FieldSpec(WORDING_KEYS, FieldSpec.Kind.LONGS);
  private static final FieldSpec F_WORDING = new FieldSpec(WORDING, FieldSpec.Kind.BYTES);
  private static final FieldSpec F_SOURCE_HASH = new FieldSpec(SOURCE_HASH, FieldSpec.Kind.LONG);
  private static final FieldSpec F_STORY_KEYS = new FieldSpec(STORY_KEYS, FieldSpec.Kind.KEYS);
  private static final FieldSpec F_STORY_TERMS = new FieldSpec(STORY_TERMS, FieldSpec.Kind.BYTES);
  private static final FieldSpec F_START = new FieldSpec(START, FieldSpec.Kind.INT);
  private static final FieldSpec F_END = new FieldSpec(END, FieldSpec.Kind.INT);
  private static final Map<String, FieldSpec> ENTITY_FIELDS = new LinkedHashMap<>();
  private static final Map<String, FieldSpec> FACET_FIELDS = new LinkedHashMap<>();

  static {
    for (String dim : ENTITY_DIMENSIONS) {
      ENTITY_FIELDS.put(dim, new FieldSpec(dim, FieldSpec.Kind.KEYWORD));
    }
    for (String dim : DIMENSIONS) {
      FACET_FIELDS.put(dim, new FieldSpec(dim, FieldSpec.Kind.FACET));
    }
  }

  /** Every field of the index, facet dimensions included: what a backend builds its schema from. */
  public static final List<FieldSpec> FIELDS;

  static {
    List<FieldSpec> all = new ArrayList<>(List.of(F_DOC_TYPE, F_ARTICLE_ID, F_ARTICLE_ORDER, F_ORDINAL, F_TITLE, F_BODY,
        F_STATEMENT_TEXT, F_SOURCE, F_SOURCE_KEY, F_URL, F_AUTHOR, F_ORIGIN, F_PUBLISHED, F_MENTIONED, F_ALIAS, F_CANON_ALIAS,
        F_ENTITY_DISPLAY, F_ROLE_HOLDER, F_KIND, F_SPEAKER_KIND, F_SPEAKER_LABEL, F_SPEAKER, F_SPEAKER_NAME, F_SPEAKER_TEXT, F_CUE_SPAN, F_SPEAKER_SPAN, F_GROUP,
        F_WORDING_KEYS, F_WORDING, F_SOURCE_HASH, F_STORY_KEYS, F_STORY_TERMS, F_START, F_END));
    all.addAll(ENTITY_FIELDS.values());
    all.addAll(FACET_FIELDS.values());
    FIELDS = List.copyOf(all);
  }

  /** How many values a search lists for a facet dimension: a month of days for dates, else ten. */
  public static int facetValues(String dim) {
    return dim.startsWith(PUBLISHED + ".") || dim.startsWith(MENTIONED + ".") ? 31 : 10;
  }

  private static final Pattern ROLE_WORDS = Pattern.compile("[\\s-]+");
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH_DATE = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR_DATE = Pattern.compile("\\d{4}");


  private final FacetsConfig facetsConfig;
  private final WordRarity rarity;
  private final Analyzer analyzer;

  /** A schema whose story terms weigh words by the shipped vocabulary ({@link WordRarity#shipped()}). */
  public Schema() {
    this(WordRarity.shipped());
  }

  /** A schema whose story terms weigh words by this vocabulary. */
  public Schema(WordRarity rarity) {
    this.rarity = rarity;
    facetsConfig = new FacetsConfig();
    for (String dim : List.of("person", "place", "org", "event")) {
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
  public org.apache.lucene.codecs.Codec codec() {
    return new org.apache.lucene.codecs.lucene104.Lucene104Codec(
        org.apache.lucene.codecs.lucene104.Lucene104Codec.Mode.BEST_COMPRESSION);
  }

  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** The analyzer for text fields: standard tokens, possessives dropped, lower case, accents folded, stemmed. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** Lucene field holding entity keys of a type. */
  public static String entityField(EntityType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  /** Prefix of the speaker key of a speaker who is no entity ("officials", "the company"). */
  public static final String UNNAMED_SPEAKER_PREFIX = "other:";

  /**
   * The speaker key of a speaker who is no entity ("officials", "a spokesman"): the words folded, an
   * article dropped ("the company" and "company" are one), under {@link #UNNAMED_SPEAKER_PREFIX}.
   */
  public static String unnamedSpeakerKey(String words) {
    return UNNAMED_SPEAKER_PREFIX + NameKeys.fold(LEADING_ARTICLE.matcher(words.strip()).replaceFirst(""));
  }

  private static final java.util.regex.Pattern LEADING_ARTICLE = java.util.regex.Pattern.compile("(?i)^(the|a|an) ");

  /** Key for a source name. */
  public static String sourceKey(String source) {
    return NameKeys.fold(source);
  }

  /**
   * The group key for a statement: its speaker and its quoted words, or its words when it quotes none or
   * fewer than {@value Wording#MIN_WORDS} (a mixed statement quoting "significant" or "systemic risk" is
   * not every other statement of its speaker that quotes the same word; its near-identical versions are
   * found by its whole wording instead).
   */
  static String groupKey(String speakerKey, Statement s, String text) {
    String quoted = Wording.quotedText(s, text);
    String words = Wording.words(quoted).size() < Wording.MIN_WORDS ? s.text() : quoted;
    return (speakerKey == null ? "" : speakerKey) + SEP + NameKeys.foldText(words);
  }

  /**
   * The documents for one article: the article first, then its statements.
   *
   * @param names maps each mention to its index-wide canonical name
   */
  public List<IndexDoc> documents(AnalyzedArticle analyzed, CanonicalNames names) {
    Article a = analyzed.article();
    List<IndexDoc> docs = new ArrayList<>();
    long order = hash64(a.id()); // the same for the article and each of its statements
    IndexDoc.Builder doc = common(a, TYPE_ARTICLE, order);
    doc.add(F_BODY, a.text(), true);
    Map<String, String> displayByKey = new LinkedHashMap<>();
    Set<String> aliases = new LinkedHashSet<>();
    Set<String> canonAliases = new LinkedHashSet<>();
    for (EntityMention m : analyzed.entities()) {
      if (m.type() == EntityType.OTHER || m.canonical() == null) {
        continue;
      }
      String display = names.display(m.type(), m.canonical());
      String key = NameKeys.key(display);
      if (key.isEmpty()) {
        continue;
      }
      displayByKey.putIfAbsent(m.type() + "" + SEP + key, display);
      String typeName = m.type().name();
      aliases.add(aliasKey(m.text()) + SEP + typeName + SEP + key);
      aliases.add(key + SEP + typeName + SEP + key);
      if (m.type() == EntityType.PERSON) {
        aliases.add(key.substring(key.lastIndexOf(' ') + 1) + SEP + typeName + SEP + key);
      }
      if (m.role() != null) {
        aliases.add(aliasKey(m.role()) + SEP + typeName + SEP + key);
      }
      canonAliases.add(key + SEP + withoutPossessive(m.text()));
    }
    for (String country : roleCountries(analyzed)) {
      String display = names.display(EntityType.PLACE, country);
      displayByKey.putIfAbsent(EntityType.PLACE + "" + SEP + NameKeys.key(display), display);
    }
    for (Map.Entry<String, String> e : displayByKey.entrySet()) {
      int sep = e.getKey().indexOf(SEP);
      EntityType type = EntityType.valueOf(e.getKey().substring(0, sep));
      String key = e.getKey().substring(sep + 1);
      String dim = entityField(type);
      doc.add(ENTITY_FIELDS.get(dim), key);
      doc.add(FACET_FIELDS.get(dim), facetLabel(e.getValue()));
      doc.add(F_ENTITY_DISPLAY, type.name() + SEP + key + SEP + e.getValue());
    }
    for (String alias : aliases) {
      doc.add(F_ALIAS, alias);
    }
    for (String pair : roleHolders(analyzed)) {
      doc.add(F_ROLE_HOLDER, pair);
    }
    for (String alias : canonAliases) {
      doc.add(F_CANON_ALIAS, alias);
    }
    Set<String> mentioned = new LinkedHashSet<>();
    for (DateMention d : analyzed.dates()) {
      if ((d.type() == DateType.DATE || d.type() == DateType.TIME) && d.value() != null) {
        String v = d.value().length() > 10 ? d.value().substring(0, 10) : d.value();
        if (FULL_DATE.matcher(v).matches() || MONTH_DATE.matcher(v).matches() || YEAR_DATE.matcher(v).matches()) {
          mentioned.add(v);
        }
      }
    }
    for (String v : mentioned) {
      doc.add(F_MENTIONED, v);
      addDateFacets(doc, MENTIONED, v);
    }
    // what the article is about, for grouping articles into stories (StoryTerms; keys indexed for candidates)
    StoryTerms story = StoryTerms.of(a.title(), a.text(), rarity);
    if (story.size() > 0) {
      for (long key : story.keys()) {
        doc.add(F_STORY_KEYS, key);
      }
      doc.add(F_STORY_TERMS, story.bytes());
    }
    docs.add(doc.build());

    int n = 0;
    for (Statement s : analyzed.statements()) {
      IndexDoc.Builder sd = common(a, TYPE_STATEMENT, order);
      sd.add(F_ORDINAL, n++);
      sd.add(F_STATEMENT_TEXT, s.text());
      String kind = s.kind().name().toLowerCase(Locale.ROOT);
      sd.add(F_KIND, kind, true);
      sd.add(FACET_FIELDS.get("kind"), kind);
      sd.add(F_START, s.start());
      sd.add(F_END, s.end());
      if (s.cue() != null) {
        sd.add(F_CUE_SPAN, s.cue().start());
        sd.add(F_CUE_SPAN, s.cue().end());
      }
      String speakerKey = null;
      EntityMention sp = s.speaker();
      if (sp != null && sp.canonical() != null) {
        String display = sp.type() == EntityType.OTHER ? sp.canonical() : names.display(sp.type(), sp.canonical());
        speakerKey = sp.type() == EntityType.OTHER ? unnamedSpeakerKey(display) : NameKeys.key(display);
        sd.add(F_SPEAKER, speakerKey);
        sd.add(F_SPEAKER_NAME, display, true);
        if (sp.type() != EntityType.OTHER) {
          sd.add(FACET_FIELDS.get("speaker"), facetLabel(display)); // named speakers only: the rest by kind
          sd.add(F_SPEAKER_LABEL, facetLabel(display));
        }
        sd.add(F_SPEAKER_TEXT, display + " " + sp.text());
      }
      String speakerKind = dev.newsfacet.extract.statement.SpeakerKind.of(sp).label();
      sd.add(F_SPEAKER_KIND, speakerKind, true);
      sd.add(FACET_FIELDS.get(SPEAKER_KIND), speakerKind);
      if (sp != null) {
        sd.add(F_SPEAKER_SPAN, sp.start());
        sd.add(F_SPEAKER_SPAN, sp.end());
      }
      sd.add(F_GROUP, hash64(groupKey(speakerKey, s, a.text())));
      if (speakerKey != null && sp.type() != EntityType.OTHER && !s.quoted().isEmpty()) {
        // near-identical versions are grouped for quotations of a named speaker only: a paraphrase is
        // the writer's words, and "the company" of one article is not that of another
        // a word or two in quotation marks ("ready"): the statement around them tells versions apart, as
        // its group key does ("Hungary is 'ready' to host the talks" / "… to host the presidents")
        Wording wording = Wording.ofStatement(s, a.text());
        long[] keys = wording.keys(speakerKey);
        if (keys.length > 0) {
          for (long key : keys) {
            sd.add(F_WORDING_KEYS, key);
          }
          sd.add(F_WORDING, wording.bytes());
        }
      }
      if (a.source() != null) {
        sd.add(F_SOURCE_HASH, hash64(sourceKey(a.source())));
      }
      // the entities the statement itself mentions, so that place:, person:, org: and event: filter
      // statements and their facets count statements ("statements by Blair place:iraq")
      Set<String> inStatement = new LinkedHashSet<>();
      for (EntityMention m : analyzed.entities()) {
        if (m.start() >= s.start() && m.end() <= s.end() && m.type() != EntityType.OTHER && m.canonical() != null) {
          String display = names.display(m.type(), m.canonical());
          String key = NameKeys.key(display);
          if (!key.isEmpty() && inStatement.add(m.type() + "" + SEP + key)) {
            sd.add(ENTITY_FIELDS.get(entityField(m.type())), key);
            sd.add(FACET_FIELDS.get(entityField(m.type())), facetLabel(display));
          }
        }
      }
      docs.add(sd.build());
    }
    return docs;
  }

  /** A document as Lucene fields (facets still to be built with {@link #facetsConfig()}). */
  public Document luceneDocument(IndexDoc doc) {
    Document d = new Document();
    for (IndexDoc.Value v : doc.values()) {
      String name = v.field().name();
      Field.Store store = v.stored() ? Field.Store.YES : Field.Store.NO;
      switch (v.field().kind()) {
        case KEYWORD -> d.add(new StringField(name, (String) v.value(), store));
        case TEXT -> d.add(new TextField(name, (String) v.value(), store));
        case DAY -> d.add(new LongField(name, (Long) v.value(), store));
        // a column per field: a search reads a statement's offsets without inflating stored blocks
        case INT -> d.add(new org.apache.lucene.document.SortedNumericDocValuesField(name, (Integer) v.value()));
        case STORED -> d.add(new StoredField(name, (String) v.value()));
        case FACET -> d.add(new SortedSetDocValuesFacetField(name, (String) v.value()));
        case LONG -> d.add(new NumericDocValuesField(name, (Long) v.value()));
        case LONGS -> d.add(new org.apache.lucene.document.SortedNumericDocValuesField(name, (Long) v.value()));
        case KEYS -> d.add(new LongField(name, (Long) v.value(), Field.Store.NO));
        case BYTES -> d.add(new org.apache.lucene.document.BinaryDocValuesField(name,
            new org.apache.lucene.util.BytesRef((byte[]) v.value())));
      }
    }
    return d;
  }

  /**
   * The documented demonym rule: a nationality in a person's role ("Hungarian Prime Minister") links the
   * article to that country in the place facet; nationality words elsewhere do not make places.
   */
  /** Words of a role that say nothing about an office ("Mr", "Sir"): a role of only these is no role. */
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord",
      "lady", "prof", "professor", "rev");

  /**
   * The roles the article gives with names, as "folded role" SEP "person key" (once each): what the name
   * registry learns which roles belong to whom from. Honorifics alone ("Mr") are no role.
   */
  public static Set<String> roleHolders(AnalyzedArticle analyzed) {
    Set<String> out = new LinkedHashSet<>();
    for (EntityMention m : analyzed.entities()) {
      if (m.type() == EntityType.PERSON && m.role() != null && m.canonical() != null) {
        String role = NameKeys.fold(m.role());
        boolean office = false;
        for (String w : role.split("\\s+")) {
          String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
          office |= !bare.isEmpty() && !HONORIFICS.contains(bare);
        }
        if (office) {
          out.add(role + SEP + NameKeys.key(m.canonical()));
        }
      }
    }
    return out;
  }

  private static List<String> roleCountries(AnalyzedArticle analyzed) {
    List<String> out = new ArrayList<>();
    for (EntityMention m : analyzed.entities()) {
      if (m.type() == EntityType.PERSON && m.role() != null) {
        for (String word : ROLE_WORDS.split(m.role())) {
          String country = dev.newsfacet.extract.Lexicon.defaultLexicon().countryOfDemonym(word);
          if (country != null) {
            out.add(country);
          }
        }
      }
    }
    return out;
  }

  /**
   * Asks {@code names} now, in a fixed order, for every name {@link #documents} will need, so that the
   * documents can then be built on any thread without changing which spelling the index shows.
   */
  public static CanonicalNames resolveNow(AnalyzedArticle analyzed, CanonicalNames names) {
    Map<String, String> resolved = new java.util.HashMap<>();
    java.util.function.BiConsumer<EntityType, String> ask = (type, canonical) ->
        resolved.computeIfAbsent(type.name() + SEP + canonical, k -> names.display(type, canonical));
    for (EntityMention m : analyzed.entities()) {
      if (m.type() != EntityType.OTHER && m.canonical() != null) {
        ask.accept(m.type(), m.canonical());
      }
    }
    for (String country : roleCountries(analyzed)) {
      ask.accept(EntityType.PLACE, country);
    }
    for (Statement s : analyzed.statements()) {
      EntityMention sp = s.speaker();
      if (sp != null && sp.canonical() != null && sp.type() != EntityType.OTHER) {
        ask.accept(sp.type(), sp.canonical());
      }
    }
    return (type, canonical) -> {
      String known = resolved.get(type.name() + SEP + canonical);
      return known != null ? known : names.display(type, canonical);
    };
  }

  /**
   * What article and statement documents share for filtering and faceting; the article's own fields
   * (id, title, source, URL, author, date) are stored on the article only, and a statement's hit reads
   * them from there.
   */
  private static IndexDoc.Builder common(Article a, String type, long order) {
    boolean article = type.equals(TYPE_ARTICLE);
    IndexDoc.Builder doc = new IndexDoc.Builder(type);
    doc.add(F_DOC_TYPE, type, true);
    doc.add(FACET_FIELDS.get("type"), type);
    doc.add(F_ARTICLE_ID, a.id(), article);
    doc.add(F_ARTICLE_ORDER, order);
    if (article) {
      doc.add(F_TITLE, a.title(), true);
    }
    if (a.source() != null) {
      if (article) {
        doc.add(F_SOURCE, a.source(), true);
      }
      doc.add(F_SOURCE_KEY, sourceKey(a.source()));
      doc.add(FACET_FIELDS.get("source"), facetLabel(a.source()));
    }
    if (article && a.url() != null) {
      doc.add(F_URL, a.url(), true);
    }
    if (article && a.author() != null) {
      doc.add(F_AUTHOR, a.author(), true);
    }
    if (article && a.origin() != null) {
      doc.add(F_ORIGIN, a.origin(), true);
    }
    if (a.published() != null) {
      doc.add(F_PUBLISHED, a.published().toEpochDay(), article);
      addDateFacets(doc, PUBLISHED, a.published().toString());
    }
    return doc;
  }

  /** "2025-10-16" as published.year 2025, published.month 2025-10, published.day 2025-10-16 (as far as given). */
  private static void addDateFacets(IndexDoc.Builder doc, String field, String isoDate) {
    doc.add(FACET_FIELDS.get(field + ".year"), isoDate.substring(0, 4));
    if (isoDate.length() >= 7) {
      doc.add(FACET_FIELDS.get(field + ".month"), isoDate.substring(0, 7));
    }
    if (isoDate.length() >= 10) {
      doc.add(FACET_FIELDS.get(field + ".day"), isoDate.substring(0, 10));
    }
  }

  /**
   * The first 64 bits of the SHA-256 of a text: a statement's group, an article's order, an outlet's hash.
   * Two different texts share one with odds about n²/2⁶⁵ among n texts (one in a few million at a million
   * statements): rare, not impossible.
   */
  static long hash64(String text) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.nio.ByteBuffer.wrap(digest).getLong();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** A mention as written, without a trailing possessive "'s" (a regular expression here cost a compile per mention). */
  static String withoutPossessive(String text) {
    int n = text.length();
    if (n >= 2 && (text.charAt(n - 1) == 's' && (text.charAt(n - 2) == '\'' || text.charAt(n - 2) == '’'))) {
      return text.substring(0, n - 2);
    }
    return text;
  }

  /** Lucene facet labels cannot be empty. */
  private static String facetLabel(String s) {
    String v = s.strip();
    return v.isEmpty() ? "(blank)" : v;
  }

  /** The alias form of a name as written: its key without a leading article. */
  public static String aliasKey(String name) {
    String k = NameKeys.key(name);
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  /** Maps a mention's canonical name to the display name shared across the index. */
  public interface CanonicalNames {
    String display(EntityType type, String canonical);
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
