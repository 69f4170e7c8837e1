package dev.newsfacet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.fixtures.Seeds;
import dev.newsfacet.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance queries of the foundation issue, on the five seed articles. */
class SeedAcceptanceTest {
  @TempDir
  static Path dir;
  static NewsIndex index;
  static Map<String, String> texts;

  @BeforeAll
  static void indexSeeds() throws Exception {
    index = NewsIndex.open(dir.resolve("index"));
    IngestReport report = index.ingest(List.of(Seeds.dir()), null, null);
    assertEquals(5, report.added());
    assertEquals(0, report.skipped());
    try (var files = Files.list(Seeds.dir())) {
      texts = files.filter(f -> f.toString().endsWith(".txt")).collect(Collectors.toMap(
          f -> f.getFileName().toString().substring(0, 3), f -> read(f)));
    }
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<StatementHit> statements(SearchResult r) {
    return r.hits().stream().map(h -> (StatementHit) h).toList();
  }

  static boolean anyContains(List<StatementHit> hits, String words) {
    return hits.stream().anyMatch(h -> h.text().contains(words));
  }

  @Test
  void trumpsBudapestPostIsOneHitListingTheThreeOutletsThatQuoteItEachInItsOwnWording() throws Exception {
    List<StatementHit> hits = statements(index.search("statements by Trump limit:1000"));
    List<StatementHit> post = hits.stream().filter(h -> h.occurrences().stream()
        .anyMatch(o -> o.text().contains("President Putin and I will then meet in"))).toList();
    assertEquals(1, post.size(), "one hit for the three versions: " + post);
    StatementHit hit = post.get(0);
    assertEquals(Set.of("000", "001", "002"), hit.occurrences().stream().map(SeedAcceptanceTest::seedOf).collect(Collectors.toSet()));
    assertEquals(3, hit.articleCount());
    assertEquals(2, hit.outletCount(), "Novinite and The Kyiv Independent; the third article names no outlet");
    for (Occurrence o : hit.occurrences()) {
      assertEquals(o.text(), index.article(o.articleId()).orElseThrow().article().text().substring(o.start(), o.end()),
          "each occurrence in its own article's words");
      assertTrue(o.first(), "all three were published on 2025-10-16: each is first");
    }
    // the longest version stands for the group: the one that opens with "A meeting location is to be determined."
    assertTrue(hit.text().startsWith("A meeting location is to be determined."), hit.text());
    assertEquals(3, hit.occurrences().stream().map(Occurrence::text).distinct().count(), "three wordings");
  }

  @Test
  void aHeadlineSpeakerWithATitleIsThePersonTheArticleNames() throws Exception {
    // seed 004's headline "US President Donald Trump plans to meet …": no tagged name inside, but the
    // article names Donald Trump; the speaker is he, not a speaker called "us president donald trump"
    List<StatementHit> hits = statements(index.search("statements by Trump limit:1000"));
    assertTrue(anyContains(hits, "to meet with Kremlin leader Vladimir Putin in the Hungarian capital"), hits.toString());
    assertTrue(index.search("speaker_kind:none limit:1000").hits().stream().map(h -> ((StatementHit) h).speaker())
        .noneMatch(s -> s != null && s.toLowerCase(java.util.Locale.ROOT).contains("donald trump")));
    assertTrue(index.search("limit:1000 type:statement").hits().stream().map(h -> ((StatementHit) h).speaker())
        .noneMatch("us president donald trump"::equals));
  }

  @Test
  void theFiveSeedsAreOneStoryAndEachOfThemFindsTheWholeStory() throws Exception {
    SearchResult r = index.search("type:article group:stories");
    assertEquals(1, r.total(), "five outlets, one story: " + r.hits());
    ArticleHit story = (ArticleHit) r.hits().get(0);
    assertEquals(5, story.storyArticleCount());
    assertEquals(4, story.story().size());
    assertEquals(5, r.matches());
    List<String> ids = index.search("type:article limit:10").hits().stream().map(h -> ((ArticleHit) h).id()).toList();
    assertEquals(5, ids.size());
    for (String id : ids) {
      assertEquals(5, index.search("type:article story:" + id).total(), "the story of " + id);
    }
    // a story's statements: Putin's in the coverage of the story of one article
    assertEquals(index.search("statements by Putin").total(),
        index.search("statements by Putin story:" + ids.get(0)).total());
    assertEquals(0, index.search("type:article story:sha256:0000000000000000").total(), "no such article: nothing");
  }

  /** The seed file number ("000") whose text holds an occurrence's words (each wording is in one seed only). */
  static String seedOf(Occurrence o) {
    List<String> holding = texts.entrySet().stream().filter(e -> e.getValue().contains(o.text())).map(Map.Entry::getKey).toList();
    assertEquals(1, holding.size(), o.text());
    return holding.get(0);
  }

  @Test
  void statementsByOrbanAreHisThreeStatementsWithTheSharedOneListedOnce() throws Exception {
    List<StatementHit> hits = statements(index.search("statements by Orban"));
    assertEquals(3, hits.size(), () -> hits.toString());
    hits.forEach(h -> assertEquals("Viktor Orban", h.speaker()));
    StatementHit greatNews = hits.stream().filter(h -> h.text().contains("great news for the peace-loving people"))
        .findFirst().orElseThrow();
    assertEquals(Set.of("Novinite", "The Kyiv Independent"),
        greatNews.occurrences().stream().map(Occurrence::source).collect(Collectors.toSet()));
    assertTrue(anyContains(hits, "Hungary is “ready” to host the talks")
        || anyContains(hits, "Hungary is \"ready\" to host"), () -> hits.toString());
    assertTrue(anyContains(hits, "We are ready!"));
  }

  @Test
  void spellingsAndCaseOfTheSpeakerDoNotMatter() throws Exception {
    for (String q : List.of("statements by Orbán", "statements by viktor orban", "quotes by ORBAN", "speaker:orban")) {
      assertEquals(3, index.search(q).total(), q);
    }
  }

  @Test
  void mentionsOfAlaskaSummitFindsAllFiveArticlesWithAHighlightedPassageEach() throws Exception {
    SearchResult r = index.search("mentions of Alaska summit");
    assertEquals(5, r.total());
    for (Hit h : r.hits()) {
      ArticleHit a = (ArticleHit) h;
      assertFalse(a.passages().isEmpty(), a.title());
      String text = texts.values().stream().filter(t -> t.contains(a.passages().get(0).text())).findFirst().orElseThrow();
      boolean highlightsAlaska = a.passages().stream().flatMap(p -> p.highlights().stream())
          .anyMatch(s -> text.substring(s.start(), s.end()).contains("Alaska"));
      assertTrue(highlightsAlaska, a.title());
    }
  }

  @Test
  void highlightOffsetsPointAtTheArticleText() throws Exception {
    SearchResult r = index.search("mentions of Alaska summit");
    for (Hit h : r.hits()) {
      for (Passage p : ((ArticleHit) h).passages()) {
        String text = texts.values().stream().filter(t -> t.length() >= p.end()
            && t.substring(p.start(), p.end()).equals(p.text())).findFirst().orElse(null);
        assertTrue(text != null, "passage offsets do not match any article: " + p);
        for (Span s : p.highlights()) {
          assertTrue(s.start() >= p.start() && s.end() <= p.end(), p.toString());
        }
      }
    }
  }

  @Test
  void statementsByPutinIncludeTheEscalationWarningFromTwoOutlets() throws Exception {
    List<StatementHit> hits = statements(index.search("statements by Putin"));
    hits.forEach(h -> assertEquals("Vladimir Putin", h.speaker()));
    StatementHit escalation = hits.stream().filter(h -> h.text().contains("a new stage of escalation")).findFirst().orElseThrow();
    assertEquals(2, escalation.occurrences().size());
    assertTrue(anyContains(hits, "dreamed of for centuries"));
  }

  @Test
  void statementsByTheKremlinAreTheKremlinsOnly() throws Exception {
    List<StatementHit> hits = statements(index.search("statements by the Kremlin"));
    assertEquals(1, hits.size());
    assertTrue(hits.get(0).text().contains("frank and trusting"));
    assertEquals("Kremlin", hits.get(0).speaker());
  }

  @Test
  void whatDidTrumpSayAboutTomahawksIsTrumpsWordsOnTomahawks() throws Exception {
    SearchResult r = index.search("what did Trump say about Tomahawks");
    List<StatementHit> hits = statements(r);
    assertTrue(hits.size() >= 3, () -> hits.toString());
    hits.forEach(h -> assertEquals("Donald Trump", h.speaker()));
    hits.forEach(h -> assertTrue(h.text().contains("Tomahawk"), h.text()));
    assertTrue(anyContains(hits, "He'd like to have Tomahawks"));
    assertTrue(anyContains(hits, "We have a lot of Tomahawks"));
    assertFalse(anyContains(hits, "To provide Tomahawks"), "that was Mark Montgomery");
    assertEquals(List.of(new FacetValue("Donald Trump", hits.stream().mapToInt(StatementHit::articleCount).sum())),
        r.facet("speaker").values());
    assertEquals("NDTV", r.facet("source").values().get(0).value());
  }

  @Test
  void facetCountsBySourceAndSpeakerCountStatementDocuments() throws Exception {
    SearchResult r = index.search("statements by Orban");
    assertEquals(List.of(new FacetValue("Novinite", 2), new FacetValue("The Kyiv Independent", 2)),
        r.facet("source").values());
    assertEquals(List.of(new FacetValue("Viktor Orban", 5)), r.facet("speaker").values());
  }

  @Test
  void aSelectedFacetStillShowsItsAlternatives() throws Exception {
    SearchResult r = index.search("type:article source:ndtv");
    assertEquals(1, r.total());
    assertEquals(3, r.facet("source").values().size(), "drill-sideways keeps the other sources");
  }

  @Test
  void thePersonFacetListsEachPersonOnce() throws Exception {
    SearchResult r = index.search(NewsQuery.builder().target(NewsQuery.Target.ARTICLES).limit(1).build());
    List<String> people = r.facet("person").values().stream().map(FacetValue::value).toList();
    assertEquals(people.size(), Set.copyOf(people).size());
    assertTrue(people.contains("Volodymyr Zelensky"));
    assertFalse(people.contains("Volodymyr Zelenskyy"), "Zelenskyy is a spelling of Zelensky");
    assertFalse(people.contains("Trump"));
    assertEquals(5, r.facet("person").values().stream().filter(v -> v.value().equals("Donald Trump"))
        .findFirst().orElseThrow().count());
  }

  @Test
  void publishedRangeFiltersAndFacetsByDate() throws Exception {
    assertEquals(5, index.search("type:article published:[2025-10-01 TO 2025-10-31]").total());
    assertEquals(0, index.search("type:article published:2024").total());
    assertEquals(List.of(new FacetValue("2025-10-16", 5)), index.search("type:article").facet("published.day").values());
  }

  @Test
  void timePhrasesInQueriesFilterByPublishedDate() throws Exception {
    assertEquals(3, index.search("statements by Orban in October 2025").total());
    assertEquals(0, index.search("statements by Orban in September 2025").total());
    assertEquals(5, index.search("mentions of Alaska summit between 2025-10-01 and 2025-10-31").total());
  }

  @Test
  void mentionedDatesAreFilters() throws Exception {
    // "Aug. 15" / "August 15" are mentioned by 000 and 001; "next week" by four articles
    assertEquals(2, index.search("type:article mentioned:2025-08-15").total());
    assertTrue(index.search("type:article mentioned:[2025-08-01 TO 2025-08-31]").total() >= 2);
  }

  @Test
  void indexingTheSameArticlesAgainUpdatesThem() throws Exception {
    IngestReport again = index.ingest(List.of(Seeds.dir()), null, null);
    assertEquals(0, again.added());
    assertEquals(5, again.updated());
    assertEquals(5, index.stats().articles());
    assertEquals(3, index.search("statements by Orban").total());
  }

  @Test
  void operatorsAndSeveralSpeakersMeanWhatASearchUserMeans() throws Exception {
    SearchResult all = index.search("statements by Trump limit:1000");
    SearchResult without = index.search("statements by Trump -Tomahawks limit:1000");
    assertTrue(without.total() > 0 && without.total() < all.total(), without.total() + " of " + all.total());
    for (Hit h : without.hits()) {
      assertFalse(((StatementHit) h).text().toLowerCase(java.util.Locale.ROOT).contains("tomahawk"), ((StatementHit) h).text());
    }
    long orban = index.search("statements by Orban limit:1000").total();
    long putin = index.search("statements by Putin limit:1000").total();
    assertEquals(orban + putin, index.search("statements by Orban or Putin limit:1000").total());
    assertEquals(index.search("statements by Orban").total(), index.search("Orban's statements").total());
  }

  @Test
  void theKyivIndependentSeedIsTitledByItsHeadlineNotItsSectionLabel() throws Exception {
    List<String> titles = index.search("type:article limit:10").hits().stream().map(h -> ((ArticleHit) h).title()).toList();
    assertTrue(titles.contains("Trump, Putin to meet in Budapest for new Ukraine peace push"), titles.toString());
    assertFalse(titles.contains("War"), titles.toString());
  }

  @Test
  void aMonthWithoutAYearMeansTheLatestOneUpToTheNewestArticle() throws Exception {
    // the seeds are of 2025-10-16: "since January" is January 2025 however late it is today
    assertEquals(index.search("statements by Orban").total(), index.search("statements by Orban since January").total());
    assertEquals(index.search("statements by Orban").total(), index.search("statements by Orban in October").total());
    assertEquals(java.time.LocalDate.of(2025, 10, 16), index.newestPublished());
  }

  @Test
  void pagesFollowEachOtherAndOrdersCanBeChosen() throws Exception {
    NewsQuery all = NewsQuery.builder().target(NewsQuery.Target.ARTICLES).limit(5).build();
    List<String> ids = index.search(all).hits().stream().map(h -> ((ArticleHit) h).id()).toList();
    List<String> page2 = index.search(all.withLimit(2).withOffset(2)).hits().stream().map(h -> ((ArticleHit) h).id()).toList();
    assertEquals(ids.subList(2, 4), page2);
    NewsQuery trump = index.parse("statements by Trump limit:3");
    List<String> first = index.search(trump).hits().stream().map(h -> ((StatementHit) h).text()).toList();
    List<String> next = index.search(trump.withOffset(3)).hits().stream().map(h -> ((StatementHit) h).text()).toList();
    assertEquals(3, next.size());
    assertTrue(next.stream().noneMatch(first::contains), first + " / " + next);
    SearchResult relevance = index.search(index.parse("Tomahawks limit:5"));
    SearchResult newest = index.search(index.parse("Tomahawks limit:5").withSort(NewsQuery.Sort.NEWEST));
    assertEquals(relevance.total(), newest.total());
  }

  @Test
  void entityFiltersApplyToTheStatementsThatMentionTheEntity() throws Exception {
    SearchResult inBudapest = index.search("statements by Trump place:budapest limit:1000");
    assertTrue(inBudapest.total() > 0 && inBudapest.total() < index.search("statements by Trump").total());
    for (Hit h : inBudapest.hits()) {
      assertTrue(((StatementHit) h).text().contains("Budapest"), ((StatementHit) h).text());
    }
    assertTrue(inBudapest.facet("place").values().stream().anyMatch(v -> v.value().equals("Budapest")));
    // stats count articles for sources: five seeds, one article each
    assertTrue(index.stats().facets().stream().filter(f -> f.dimension().equals("source"))
        .flatMap(f -> f.values().stream()).allMatch(v -> v.count() == 1));
  }

  @Test
  void anArticleHitOfAPureFilterShowsTheArticlesOpening() throws Exception {
    ArticleHit hit = (ArticleHit) index.search("source:ndtv").hits().get(0);
    assertEquals(1, hit.passages().size());
    assertTrue(hit.passages().get(0).text().startsWith("President Donald Trump has announced"), hit.passages().toString());
    assertTrue(hit.passages().get(0).text().length() <= 240);
  }
}
