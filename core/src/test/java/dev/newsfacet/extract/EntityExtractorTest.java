package dev.newsfacet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import dev.newsfacet.text.NameKeys;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {
  private final RuleBasedEntityExtractor extractor = new RuleBasedEntityExtractor();

  private List<EntityMention> of(String text, EntityType type) {
    return extractor.extract(text).stream().filter(m -> m.type() == type).toList();
  }

  private Set<String> canonicals(String text, EntityType type) {
    return of(text, type).stream().map(EntityMention::canonical).collect(Collectors.toSet());
  }

  @Test
  void titleIsARoleNotPartOfTheName() {
    List<EntityMention> people = of("Hungarian Prime Minister Viktor Orban welcomed the news.", EntityType.PERSON);
    assertEquals(1, people.size());
    assertEquals("Viktor Orban", people.get(0).text());
    assertEquals("Hungarian Prime Minister", people.get(0).role());
  }

  @Test
  void surnameAndAccentedSpellingResolveToTheFullName() {
    String text = "Viktor Orbán met reporters. Later Orban said little, and Orbán's aides said less.";
    assertEquals(Set.of("Viktor Orbán"), canonicals(text, EntityType.PERSON));
    assertEquals(3, of(text, EntityType.PERSON).size());
  }

  @Test
  void transliterationVariantsMerge() {
    String text = "Ukrainian President Volodymyr Zelenskyy arrived. Zelensky said he was ready.";
    assertEquals(Set.of("Volodymyr Zelenskyy"), canonicals(text, EntityType.PERSON));
    assertEquals(NameKeys.key("Zelensky"), NameKeys.key("Zelenskyy"));
    assertEquals(NameKeys.key("Orban"), NameKeys.key("Orbán"));
  }

  @Test
  void peopleWhoShareASurnameStayApart() {
    String text = "Donald Trump spoke first. U.S. First Lady Melania Trump spoke later. Trump then left.";
    List<EntityMention> people = of(text, EntityType.PERSON);
    assertEquals(Set.of("Donald Trump", "Melania Trump"), people.stream().map(EntityMention::canonical).collect(Collectors.toSet()));
    EntityMention last = people.get(people.size() - 1);
    assertEquals("Trump", last.text());
  }

  @Test
  void aSurnameUsedBeforeAnyFullNameIsNotLinkedToALaterRelative() {
    String text = "Trump said the talks went well. Trump added more. First Lady Melania Trump was there.";
    EntityMention first = of(text, EntityType.PERSON).get(0);
    assertEquals("Trump", first.canonical());
  }

  @Test
  void possessivesAreNotPartOfTheName() {
    List<EntityMention> people = of("Vladimir Putin met aides. Putin's visit was short.", EntityType.PERSON);
    assertEquals("Putin", people.get(1).text());
  }

  @Test
  void demonymsAreNotPlaces() {
    Set<String> places = canonicals("Russian and Ukrainian officials met in Hungary.", EntityType.PLACE);
    assertEquals(Set.of("Hungary"), places);
  }

  @Test
  void placesAndOrganisationsFromGazetteersAndHeadWords() {
    String text = "The Kremlin said the International Criminal Court in The Hague and NATO were wrong. "
        + "Officials at the Foundation for Defence of Democracies in Washington disagreed.";
    Set<String> orgs = canonicals(text, EntityType.ORG);
    assertTrue(orgs.containsAll(Set.of("Kremlin", "International Criminal Court", "NATO",
        "Foundation for Defence of Democracies")), orgs.toString());
    assertTrue(canonicals(text, EntityType.PLACE).contains("Washington"));
  }

  @Test
  void eventsFromAPlaceAndAnEventNoun() {
    String text = "Since the Alaska summit, little changed. The two met in Alaska on Aug. 15. "
        + "The summit in Alaska failed. The Gaza ceasefire held. Their previous encounter in Alaska in August was tense.";
    List<EntityMention> events = of(text, EntityType.EVENT);
    assertEquals(Set.of("Alaska summit", "Gaza ceasefire"), events.stream().map(EntityMention::canonical).collect(Collectors.toSet()));
    assertEquals(4, events.stream().filter(e -> e.canonical().equals("Alaska summit")).count());
  }

  @Test
  void headlineCaseDoesNotMakeEveryWordAName() {
    String text = "Trump And Putin To Meet For New Push To End War\nDonald Trump will meet Vladimir Putin.";
    Set<String> people = canonicals(text, EntityType.PERSON);
    assertEquals(Set.of("Donald Trump", "Vladimir Putin"), people);
  }

  @Test
  void sentenceInitialOrdinaryWordsAreNotNames() {
    assertTrue(of("However, the deal collapsed. Meanwhile markets rose.", EntityType.PERSON).isEmpty());
    assertFalse(canonicals("Interestingly, Joe Biden agreed.", EntityType.PERSON).contains("Interestingly"));
  }

  @Test
  void competitorsInAResultsTableArePeople() {
    String text = "ATHLETICS RESULTS\n4. Olabisi Afolabi ( Nigeria ) 51.98 5. Kelly Smart ( Canada ) 52.10";
    assertEquals(Set.of("Olabisi Afolabi", "Kelly Smart"), canonicals(text, EntityType.PERSON));
    assertTrue(canonicals(text, EntityType.PLACE).containsAll(Set.of("Nigeria", "Canada")));
  }

  @Test
  void initialsBeforeASurnameMakeAPersonButNotBeforeAPlace() {
    String text = "Bristol : Gloucestershire 183 ( T. Moody 6-82 ) . N. Korea urged restraint.";
    assertEquals(Set.of("T. Moody"), canonicals(text, EntityType.PERSON));
  }

  @Test
  void aCityThatCompetesIsItsTeamThroughoutButACountryStaysAPlace() {
    String text = "Boston beat Chicago 5-3 on Sunday. Chicago had won six in a row before that. "
        + "In Leeds, England beat Pakistan by 58 runs.";
    assertEquals(Set.of("Boston", "Chicago"), canonicals(text, EntityType.ORG));
    assertEquals(2, of(text, EntityType.ORG).stream().filter(m -> m.text().equals("Chicago")).count());
    assertTrue(canonicals(text, EntityType.PLACE).containsAll(Set.of("England", "Pakistan")));
  }

  @Test
  void oneUnknownWordInAStandingsRowIsATeam() {
    String text = "Standings after Saturday's games:\nMillbrook 5 3 1 1 8 4 Ashgrove 5 2 2 1 6 5";
    assertEquals(Set.of("Millbrook", "Ashgrove"), canonicals(text, EntityType.ORG));
  }

  @Test
  void aKnownNameThatBeginsWithAnOrdinaryWordIsKeptWhole() {
    assertEquals(Set.of("New York"), canonicals("Silver closed higher in New York on Thursday.", EntityType.PLACE));
  }

  @Test
  void aNationalityBeforeANameIsItsRole() {
    List<EntityMention> people = of("American Dennis Mitchell outclassed the champion.", EntityType.PERSON);
    assertEquals(1, people.size());
    assertEquals("Dennis Mitchell", people.get(0).text());
    assertEquals("American", people.get(0).role());
    assertEquals(Set.of("American Express"), canonicals("American Express said profits rose.", EntityType.ORG));
  }

  @Test
  void firmsWithAnAmpersandAndPeopleOfAPlace() {
    assertEquals(Set.of("Douglas & Lomason"), canonicals("Shares of Douglas & Lomason rose on Friday.", EntityType.ORG));
    String text = "\"The harvest is late,\" said Tom Fenwick of the California walnut board.";
    assertEquals(Set.of("Tom Fenwick"), canonicals(text, EntityType.PERSON));
    assertEquals(Set.of("California"), canonicals(text, EntityType.PLACE));
  }

  @Test
  void aSportNameInACapitalsLineIsNoAcronymAndTheLeadingTheIsNoPartOfAName() {
    assertEquals(Set.of(), canonicals("SOCCER - JAPAN BEAT SYRIA IN ASIAN CUP", EntityType.ORG));
    List<EntityMention> places = of("The United States says it will respond.", EntityType.PLACE);
    assertEquals("United States", places.get(0).text());
  }

  @Test
  void thePlaceQualifyingATitleIsMentionedToo() {
    String text = "U.S. President Bill Clinton said he would act.";
    assertEquals(Set.of("United States"), canonicals(text, EntityType.PLACE));
    assertEquals("U.S. President", of(text, EntityType.PERSON).get(0).role());
  }

  @Test
  void financialNewsTickersAndCompanyNames() {
    String text = "General Motors Corp. ( GM.N ) and Citigroup ( C.N ) reported results. Merrill Lynch analyst "
        + "Jane Roe said the Dow Jones industrial average .DJI rose. Economists said so.";
    assertEquals(Set.of("Jane Roe"), canonicals(text, EntityType.PERSON));
    assertTrue(canonicals(text, EntityType.ORG).containsAll(Set.of("General Motors Corp", "Citigroup", "Merrill Lynch")),
        () -> canonicals(text, EntityType.ORG).toString());
    assertTrue(canonicals(text, EntityType.ORG).stream().noneMatch(o -> o.contains(".") || o.equals("DJI")),
        () -> canonicals(text, EntityType.ORG).toString());
  }

  @Test
  void aRunOfPeopleInACommaListMakesTheUnknownItemsPeople() {
    String text = "Leaders: Mark Tilbury , Paul Moberly , Billy Ashdown , Jerry Pardoe , Olin Tarrant";
    assertTrue(canonicals(text, EntityType.PERSON).containsAll(Set.of("Paul Moberly", "Olin Tarrant")),
        () -> canonicals(text, EntityType.PERSON).toString());
  }

  @Test
  void namesWithParticlesAreOneNameAndTheirSurnameLinksToIt() {
    String text = "European Commission President Ursula von der Leyen spoke first. Von der Leyen told reporters "
        + "the plan was ready. Dutch goalkeeper Edwin van der Sar watched, and fans of Oscar de la Hoya queued.";
    assertEquals(Set.of("Ursula von der Leyen", "Edwin van der Sar", "Oscar de la Hoya"), canonicals(text, EntityType.PERSON));
    assertEquals(4, of(text, EntityType.PERSON).size(), of(text, EntityType.PERSON)::toString);
  }

  @Test
  void romanceParticlesInsideFirmAndPlaceNamesDoNotMakePeople() {
    String text = "The state mining company Compania Minera del Sur signed a new contract. "
        + "The pictures were taken near Cap de Formentor, about 20 km to the north.";
    assertTrue(of(text, EntityType.PERSON).isEmpty(), of(text, EntityType.PERSON)::toString);
  }

  @Test
  void aSpeechVerbCapitalisedByItsPlaceIsNoName() {
    // Reuters' editorial notes topped the person facet of a Reuters index as "Adds"
    assertTrue(of("(Adds analyst comment, closing stock activity)\n\nStocks rose on Monday.", EntityType.PERSON).isEmpty());
  }

  @Test
  void aHyphenInsideACapitalisedWordDoesNotSplitTheName() {
    String text = "Shares of Wal-Mart Stores Inc rose, and Coca-Cola fell, said Jean-Pierre Raffarin.";
    assertEquals(Set.of("Jean-Pierre Raffarin"), canonicals(text, EntityType.PERSON));
    assertTrue(canonicals(text, EntityType.ORG).contains("Wal-Mart Stores Inc"), () -> canonicals(text, EntityType.ORG).toString());
  }
}
