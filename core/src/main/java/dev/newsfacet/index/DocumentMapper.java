package dev.newsfacet.index;

import static dev.newsfacet.index.Fields.*;

import dev.newsfacet.extract.statement.SpeakerKind;
import dev.newsfacet.model.AnalyzedArticle;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.DateMention;
import dev.newsfacet.model.DateType;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import dev.newsfacet.model.Statement;
import dev.newsfacet.text.NameKeys;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Maps an {@link AnalyzedArticle} to engine-neutral documents ({@link IndexDoc}): the article first, then
 * one per statement, each value under a field of {@link Fields}. Both backends index exactly these.
 * Stateless apart from the vocabulary story terms are weighed by, so one mapper serves every thread.
 */
public final class DocumentMapper {
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH_DATE = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR_DATE = Pattern.compile("\\d{4}");

  private final WordRarity rarity;

  /** A mapper whose story terms weigh words by the shipped vocabulary ({@link WordRarity#shipped()}). */
  public DocumentMapper() {
    this(WordRarity.shipped());
  }

  /** A mapper whose story terms weigh words by this vocabulary. */
  public DocumentMapper(WordRarity rarity) {
    this.rarity = rarity;
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
    for (String country : analyzed.roleCountries()) {
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
      sd.add(FACET_FIELDS.get(KIND), kind);
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
          sd.add(FACET_FIELDS.get(SPEAKER), facetLabel(display)); // named speakers only: the rest by kind
          sd.add(F_SPEAKER_LABEL, facetLabel(display));
        }
        sd.add(F_SPEAKER_TEXT, display + " " + sp.text());
      }
      String speakerKind = SpeakerKind.of(sp).label();
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

  /**
   * Asks {@code names} now, in a fixed order, for every name {@link #documents} will need, so that the
   * documents can then be built on any thread without changing which spelling the index shows.
   */
  public static CanonicalNames resolveNow(AnalyzedArticle analyzed, CanonicalNames names) {
    Map<String, String> resolved = new HashMap<>();
    BiConsumer<EntityType, String> ask = (type, canonical) ->
        resolved.computeIfAbsent(type.name() + SEP + canonical, k -> names.display(type, canonical));
    for (EntityMention m : analyzed.entities()) {
      if (m.type() != EntityType.OTHER && m.canonical() != null) {
        ask.accept(m.type(), m.canonical());
      }
    }
    for (String country : analyzed.roleCountries()) {
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
    doc.add(FACET_FIELDS.get(TYPE_DIMENSION), type);
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
      doc.add(FACET_FIELDS.get(SOURCE), facetLabel(a.source()));
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
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
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
}
