package dev.newsfacet.index;

import dev.newsfacet.model.EntityType;
import dev.newsfacet.text.NameKeys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of the index, named once for both backends: their names and kinds ({@link FieldSpec}), the
 * facet dimensions, and the form of the keys stored in them (speaker, source and alias keys). Which values
 * an article gives them is {@link DocumentMapper}'s job; how Lucene indexes them is {@link LuceneSchema}'s.
 *
 * <p>One index holds two kinds of document, told apart by {@link #DOC_TYPE}: an article, and one
 * document per statement carrying its article's id, title, source and published date. An article
 * and its statements are written as one block under the article id, so updating an article
 * replaces its statements atomically.
 */
public final class Fields {
  private Fields() {}

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
  /** The facet dimension of the document type (article or statement; the field itself is {@link #DOC_TYPE}). */
  public static final String TYPE_DIMENSION = "type";
  /** Dimensions whose values are entity keys in a field of the same name: the entity types' names. */
  public static final List<String> ENTITY_DIMENSIONS = List.of("person", "place", "org", "event");
  /**
   * Facet dimensions, in the order results list them. A dimension other than the type and the dates has
   * the name of the field it filters on ({@link #KIND}, {@link #SPEAKER}, {@link #SPEAKER_KIND}, the
   * entity fields, {@link #SOURCE}).
   */
  public static final List<String> DIMENSIONS = dimensions();

  private static List<String> dimensions() {
    List<String> d = new ArrayList<>(List.of(TYPE_DIMENSION, KIND, SPEAKER, SPEAKER_KIND));
    d.addAll(ENTITY_DIMENSIONS);
    d.add(SOURCE);
    for (String field : List.of(PUBLISHED, MENTIONED)) {
      for (String level : DATE_LEVELS) {
        d.add(field + "." + level);
      }
    }
    return List.copyOf(d);
  }
  /**
   * Fields only article documents have ({@link DocumentMapper#documents} adds them to the article alone): a query that
   * needs one of them cannot match a statement.
   */
  public static final Set<String> ARTICLE_ONLY_FIELDS;

  static {
    // the entity dimensions are on statements too (the entities each statement mentions), since schema 10
    Set<String> fields = new HashSet<>(List.of(TITLE, BODY, MENTIONED, ALIAS, CANON_ALIAS, ENTITY_DISPLAY, STORY_KEYS));
    ARTICLE_ONLY_FIELDS = Set.copyOf(fields);
  }

  static final FieldSpec F_DOC_TYPE = new FieldSpec(DOC_TYPE, FieldSpec.Kind.KEYWORD);
  static final FieldSpec F_ARTICLE_ID = new FieldSpec(ARTICLE_ID, FieldSpec.Kind.KEYWORD);
  static final FieldSpec F_ARTICLE_ORDER = new FieldSpec(ARTICLE_ORDER, FieldSpec.Kind.LONG);
  static final FieldSpec F_ORDINAL = new FieldSpec(STATEMENT_ORDINAL, FieldSpec.Kind.INT);
  static final FieldSpec F_TITLE = new FieldSpec(TITLE, FieldSpec.Kind.TEXT);
  static final FieldSpec F_BODY = new FieldSpec(BODY, FieldSpec.Kind.TEXT);
  static final FieldSpec F_STATEMENT_TEXT = new FieldSpec(STATEMENT_TEXT, FieldSpec.Kind.TEXT);
  static final FieldSpec F_SOURCE = new FieldSpec(SOURCE, FieldSpec.Kind.STORED);
  static final FieldSpec F_SOURCE_KEY = new FieldSpec(SOURCE_KEY, FieldSpec.Kind.KEYWORD);
  static final FieldSpec F_URL = new FieldSpec(URL, FieldSpec.Kind.STORED);
  static final FieldSpec F_AUTHOR = new FieldSpec(AUTHOR, FieldSpec.Kind.STORED);
  static final FieldSpec F_ORIGIN = new FieldSpec(ORIGIN, FieldSpec.Kind.STORED);
  static final FieldSpec F_PUBLISHED = new FieldSpec(PUBLISHED, FieldSpec.Kind.DAY);
  static final FieldSpec F_MENTIONED = new FieldSpec(MENTIONED, FieldSpec.Kind.KEYWORD);
  static final FieldSpec F_ALIAS = new FieldSpec(ALIAS, FieldSpec.Kind.KEYWORD);
  static final FieldSpec F_CANON_ALIAS = new FieldSpec(CANON_ALIAS, FieldSpec.Kind.KEYWORD);
  static final FieldSpec F_ENTITY_DISPLAY = new FieldSpec(ENTITY_DISPLAY, FieldSpec.Kind.KEYWORD);
  static final FieldSpec F_ROLE_HOLDER = new FieldSpec(ROLE_HOLDER, FieldSpec.Kind.KEYWORD);
  static final FieldSpec F_KIND = new FieldSpec(KIND, FieldSpec.Kind.KEYWORD);
  static final FieldSpec F_SPEAKER_KIND = new FieldSpec(SPEAKER_KIND, FieldSpec.Kind.KEYWORD);
  static final FieldSpec F_SPEAKER_LABEL = new FieldSpec(SPEAKER_LABEL, FieldSpec.Kind.KEYWORD);
  static final FieldSpec F_SPEAKER = new FieldSpec(SPEAKER, FieldSpec.Kind.KEYWORD);
  static final FieldSpec F_SPEAKER_NAME = new FieldSpec(SPEAKER_NAME, FieldSpec.Kind.STORED);
  static final FieldSpec F_SPEAKER_TEXT = new FieldSpec(SPEAKER_TEXT, FieldSpec.Kind.TEXT);
  static final FieldSpec F_CUE_SPAN = new FieldSpec(CUE_SPAN, FieldSpec.Kind.INT);
  static final FieldSpec F_SPEAKER_SPAN = new FieldSpec(SPEAKER_SPAN, FieldSpec.Kind.INT);
  static final FieldSpec F_GROUP = new FieldSpec(GROUP, FieldSpec.Kind.LONG);
  static final FieldSpec F_WORDING_KEYS = new FieldSpec(WORDING_KEYS, FieldSpec.Kind.LONGS);
  static final FieldSpec F_WORDING = new FieldSpec(WORDING, FieldSpec.Kind.BYTES);
  static final FieldSpec F_SOURCE_HASH = new FieldSpec(SOURCE_HASH, FieldSpec.Kind.LONG);
  static final FieldSpec F_STORY_KEYS = new FieldSpec(STORY_KEYS, FieldSpec.Kind.KEYS);
  static final FieldSpec F_STORY_TERMS = new FieldSpec(STORY_TERMS, FieldSpec.Kind.BYTES);
  static final FieldSpec F_START = new FieldSpec(START, FieldSpec.Kind.INT);
  static final FieldSpec F_END = new FieldSpec(END, FieldSpec.Kind.INT);
  static final Map<String, FieldSpec> ENTITY_FIELDS = new LinkedHashMap<>();
  static final Map<String, FieldSpec> FACET_FIELDS = new LinkedHashMap<>();

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

  private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(the|a|an) ");

  /** Key for a source name. */
  public static String sourceKey(String source) {
    return NameKeys.fold(source);
  }

  /** The alias form of a name as written: its key without a leading article. */
  public static String aliasKey(String name) {
    String k = NameKeys.key(name);
    return k.startsWith("the ") ? k.substring(4) : k;
  }
}
