package dev.newsfacet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed query: what to find (articles, statements or both), by whom, mentioning what, with which
 * words and filters. Natural phrasings ("statements by Orban") and fielded syntax
 * ({@code speaker:orban}) both end up here; {@link #builder()} makes one in code.
 *
 * @param target which documents to return
 * @param speakers statements by any of these (names, resolved through aliases)
 * @param mentions articles (or statements' articles) that mention all of these entities or phrases
 * @param text free text that must match the article or statement text
 * @param filters facet filters: dimension (person, place, org, event, source, type, kind, speaker, speaker_kind) to
 *     values, a person or place resolved as a name is ("Blair" finds Tony Blair); a dimension written with a
 *     trailing {@code =} ("person=") takes each value as a facet's label exactly, so that its result has as
 *     many {@link SearchResult#matches()} as the facet counted
 * @param publishedFrom earliest published date, inclusive, or null
 * @param publishedTo latest published date, inclusive, or null
 * @param limit the most hits to return
 * @param exactCounts count facets over every match even when there are very many; by default, above
 *     {@value #EXACT_COUNTS_UP_TO} matches the counts are estimated from a sample (see
 *     {@link SearchResult#facetCountsEstimated()})
 * @param facetValues how many values each facet lists (0: the default, 10, and 31 for the date levels)
 * @param offset how many of the best results to pass over (paging: offset 10, limit 10 is the second page)
 * @param sort the order of the results, or null for the default: by relevance when the query has words
 *     to match, else newest first
 */
public record NewsQuery(Target target, List<String> speakers, List<String> mentions, String text,
                        Map<String, List<String>> filters, LocalDate publishedFrom, LocalDate publishedTo,
                        int limit, boolean exactCounts, int facetValues, int offset, Sort sort) {

  /** The orders results come in. */
  public enum Sort {
    /** Best match first (a query without words to match has no relevance: newest first then). */
    RELEVANCE,
    /** Newest published first; articles without a date last. */
    NEWEST,
    /** Oldest published first; articles without a date last. */
    OLDEST
  }

  /**
   * The filter key ({@code group:stories} in the syntax) that asks for one article hit per story
   * ({@link #withStories()}), and its value.
   */
  public static final String GROUP = "group";
  public static final String GROUP_STORIES = "stories";
  /** The filter key ({@code story:ID}) for the articles, and their statements, of the story of an article. */
  public static final String STORY = "story";

  /** The most results a query may pass over. */
  public static final int MAX_OFFSET = 10_000;

  /** Which kind of document a query returns. */
  public enum Target { ARTICLES, STATEMENTS, ALL }

  /** The default number of hits. */
  public static final int DEFAULT_LIMIT = 10;
  /** The largest number of hits one search returns. */
  public static final int MAX_LIMIT = 1000;
  /**
   * Up to this many matching documents, facets are counted exactly; above it, unless the query asks for
   * {@link #exactCounts()}, they are counted on a random sample of about this size and scaled up.
   */
  public static final int EXACT_COUNTS_UP_TO = 20_000;
  /** The most values one facet lists. */
  public static final int MAX_FACET_VALUES = 1000;

  public NewsQuery {
    speakers = List.copyOf(speakers);
    mentions = List.copyOf(mentions);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    filters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    filters = Collections.unmodifiableMap(copy);
    text = text == null || text.isBlank() ? null : text.strip();
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    if (facetValues < 0 || facetValues > MAX_FACET_VALUES) {
      throw new IllegalArgumentException("facet values must be between 1 and " + MAX_FACET_VALUES + ", not " + facetValues);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ", not " + offset);
    }
  }

  /** A query with the default order and no offset. */
  public NewsQuery(Target target, List<String> speakers, List<String> mentions, String text,
      Map<String, List<String>> filters, LocalDate publishedFrom, LocalDate publishedTo, int limit, boolean exactCounts,
      int facetValues) {
    this(target, speakers, mentions, text, filters, publishedFrom, publishedTo, limit, exactCounts, facetValues, 0, null);
  }

  /** Returns a copy that passes over the first {@code n} results. */
  public NewsQuery withOffset(int n) {
    return new NewsQuery(target, speakers, mentions, text, filters, publishedFrom, publishedTo, limit, exactCounts,
        facetValues, n, sort);
  }

  /** Returns a copy in another order (null: the default). */
  public NewsQuery withSort(Sort order) {
    return new NewsQuery(target, speakers, mentions, text, filters, publishedFrom, publishedTo, limit, exactCounts,
        facetValues, offset, order);
  }

  /** A query without a facet value count of its own. */
  public NewsQuery(Target target, List<String> speakers, List<String> mentions, String text,
      Map<String, List<String>> filters, LocalDate publishedFrom, LocalDate publishedTo, int limit, boolean exactCounts) {
    this(target, speakers, mentions, text, filters, publishedFrom, publishedTo, limit, exactCounts, 0);
  }

  /** How many values facet {@code dimension} lists for this query. */
  public int facetValuesOf(String dimension, int byDefault) {
    return facetValues > 0 ? facetValues : byDefault;
  }

  /** Returns a copy that lists {@code n} values per facet. */
  public NewsQuery withFacetValues(int n) {
    return new NewsQuery(target, speakers, mentions, text, filters, publishedFrom, publishedTo, limit, exactCounts, n,
        offset, sort);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Statements by a speaker. */
  public static NewsQuery statementsBy(String speaker) {
    return builder().target(Target.STATEMENTS).speaker(speaker).build();
  }

  /** Articles that mention an entity or phrase. */
  public static NewsQuery mentionsOf(String entity) {
    return builder().target(Target.ARTICLES).mention(entity).build();
  }

  /** Returns a copy with another limit. */
  public NewsQuery withLimit(int newLimit) {
    return new NewsQuery(target, speakers, mentions, text, filters, publishedFrom, publishedTo, newLimit, exactCounts,
        facetValues, offset, sort);
  }

  /**
   * Returns a copy that gives one article hit per story (other articles of the story listed with it); a
   * query for articles and statements becomes one for articles.
   */
  public NewsQuery withStories() {
    Map<String, List<String>> f = new LinkedHashMap<>(filters);
    f.put(GROUP, List.of(GROUP_STORIES));
    Target t = target == Target.ALL ? Target.ARTICLES : target;
    return new NewsQuery(t, speakers, mentions, text, f, publishedFrom, publishedTo, limit, exactCounts, facetValues,
        offset, sort);
  }

  /** Returns a copy that counts facets over every match, however many (slower on very broad queries). */
  public NewsQuery withExactCounts() {
    return new NewsQuery(target, speakers, mentions, text, filters, publishedFrom, publishedTo, limit, true, facetValues,
        offset, sort);
  }

  /** Builds a {@link NewsQuery}. */
  public static final class Builder {
    private Target target = Target.ALL;
    private final List<String> speakers = new ArrayList<>();
    private final List<String> mentions = new ArrayList<>();
    private String text;
    private final Map<String, List<String>> filters = new LinkedHashMap<>();
    private LocalDate from;
    private LocalDate to;
    private int limit = DEFAULT_LIMIT;
    private boolean exactCounts;
    private int facetValues;
    private int offset;
    private Sort sort;

    private Builder() {}

    public Builder target(Target value) { this.target = value; return this; }
    public Builder speaker(String name) { speakers.add(name); return this; }
    public Builder mention(String entity) { mentions.add(entity); return this; }
    /** Free text; appended to any text already given. */
    public Builder text(String value) {
      this.text = this.text == null ? value : this.text + " " + value;
      return this;
    }
    public Builder filter(String dimension, String value) {
      filters.computeIfAbsent(dimension, k -> new ArrayList<>()).add(value);
      return this;
    }
    public Builder publishedFrom(LocalDate value) { this.from = value; return this; }
    public Builder publishedTo(LocalDate value) { this.to = value; return this; }
    public Builder limit(int value) { this.limit = value; return this; }
    /** Count facets over every match, however many (see {@link NewsQuery#EXACT_COUNTS_UP_TO}). */
    public Builder exactCounts(boolean value) { this.exactCounts = value; return this; }
    /** How many values each facet lists (0: the default). */
    public Builder facetValues(int value) { this.facetValues = value; return this; }
    /** Results to pass over (paging). */
    public Builder offset(int value) { this.offset = value; return this; }
    /** The order of the results (null: the default). */
    public Builder sort(Sort value) { this.sort = value; return this; }

    public NewsQuery build() {
      return new NewsQuery(target, speakers, mentions, text, filters, from, to, limit, exactCounts, facetValues, offset, sort);
    }
  }
}
