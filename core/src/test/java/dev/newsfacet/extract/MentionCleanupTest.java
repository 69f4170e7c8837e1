package dev.newsfacet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.model.Article;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The resolution steps every mention goes through, with the tagger or without it. */
class MentionCleanupTest {
  private static final String WIRE = "NEW YORK (Reuters) - Microsoft Corp said on Monday it would cut jobs. "
      + "Microsoft shares rose, as did those of General Motors Corp. and Citigroup Inc.\n"
      + "(Reporting by Jane Smith; Additional reporting by Tom Brown; Editing by Gerald E. McCormick)";

  private static Set<String> canonicals(Extractor x, String text, EntityType type) {
    return x.entities(text).stream().filter(m -> m.type() == type).map(EntityMention::canonical).collect(Collectors.toSet());
  }

  @Test
  void companiesLoseTheirLegalFormSoTheFirmIsOneOrganisation() {
    for (Extractor x : List.of(Extractor.createDefault(), Extractor.rulesOnly())) {
      Set<String> orgs = canonicals(x, WIRE, EntityType.ORG);
      assertTrue(orgs.contains("Microsoft") && !orgs.contains("Microsoft Corp"), orgs.toString());
      assertTrue(orgs.stream().noneMatch(o -> o.endsWith(" Corp") || o.endsWith(" Inc")), orgs.toString());
    }
    MentionCleanup c = new MentionCleanup(Lexicon.defaultLexicon(), dev.newsfacet.extract.entity.CreditLines.shipped());
    assertEquals("General Motors", c.withoutLegalForm("General Motors Corp."));
    assertEquals("Siemens", c.withoutLegalForm("Siemens AG"));
    assertEquals("Corp", c.withoutLegalForm("Corp"));
    assertEquals("Goldman Sachs Group", c.withoutLegalForm("Goldman Sachs Group Inc"));
  }

  @Test
  void anAcronymTheArticleTiesToItsExpansionIsOneEntityAndOutletsFoldIntoTheirOrganisation() {
    Extractor x = Extractor.createDefault();
    String text = "Strike called\nThe leaders of the Northern Rail Workers Union (NRWU) met on Monday. Later the NRWU "
        + "said it was ready. He told BBC Radio 4 and BBC News that the BBC was fair.";
    Set<String> orgs = canonicals(x, text, EntityType.ORG);
    assertTrue(orgs.contains("Northern Rail Workers Union") && !orgs.contains("NRWU"), orgs.toString());
    assertTrue(orgs.contains("BBC") && !orgs.contains("BBC News") && !orgs.contains("BBC Radio"), orgs.toString());
    MentionCleanup c = new MentionCleanup(Lexicon.defaultLexicon(), dev.newsfacet.extract.entity.CreditLines.shipped());
    assertEquals("Fox News", c.parentOf("Fox News"));
    assertEquals("CNN", c.parentOf("CNN International"));
    assertTrue(x.entities("He bought a PC and watched TV.").isEmpty());
    assertEquals(Set.of("Academy Awards"), canonicals(x, "She won an Oscar last night.", EntityType.EVENT));
  }

  @Test
  void aWordCapitalisedOnlyByOpeningASentenceIsNoNameWhenTheArticleWritesItInLowerCase() {
    Extractor x = Extractor.createDefault();
    String text = "Prices slip\n\nHouse prices fell in October. Economists expect house prices to rise again.";
    assertTrue(x.entities(text).stream().noneMatch(m -> m.text().equals("House")), x.entities(text).toString());
    // capitalised inside a sentence too, the word is a name wherever it stands
    Set<String> people = canonicals(x, "Vote due\n\nBrown said so. Mr Brown wore a brown suit.", EntityType.PERSON);
    assertTrue(people.contains("Brown"), people.toString());
  }

  @Test
  void aHyphenatedSurnameOfAPersonNamedInFullIsThatPersonWhereverItStands() {
    Extractor x = Extractor.createDefault();
    String text = "Row over schools\n\nBishop Anna Kerr-Davies said the plan was wrong. Later Kerr-Davies added that "
        + "she would not resign. Tony Blair and Gordon Brown ended the Blair-Brown feud.";
    List<EntityMention> people = x.entities(text).stream().filter(m -> m.type() == EntityType.PERSON).toList();
    assertTrue(people.stream().anyMatch(m -> m.text().equals("Kerr-Davies") && m.canonical().equals("Anna Kerr-Davies")),
        people.toString());
    assertTrue(people.stream().noneMatch(m -> m.text().startsWith("Blair-")), people.toString());
  }

  @Test
  void aLonePluralOfAnOrdinaryWordIsNoPerson() {
    // the tagger labels "Estimates" here as a person (checked); no full name stands behind it
    assertTrue(canonicals(Extractor.createDefault(), "Acme Corp earned 40 cents a share, above forecasts, according to "
        + "Reuters Estimates.", EntityType.PERSON).isEmpty());
    // a surname of that shape with its full name in the article stays a person
    assertTrue(canonicals(Extractor.createDefault(), "Maria Banks spoke first. Later Banks said the plan would work.",
        EntityType.PERSON).contains("Maria Banks"));
  }

  @Test
  void creditLinesAndTheDatelineAgencyAreNoMentions() {
    for (Extractor x : List.of(Extractor.createDefault(), Extractor.rulesOnly())) {
      Set<String> people = canonicals(x, WIRE, EntityType.PERSON);
      assertTrue(people.stream().noneMatch(p -> p.contains("McCormick") || p.contains("Smith") || p.contains("Brown")),
          people.toString());
      assertTrue(!canonicals(x, WIRE, EntityType.ORG).contains("Reuters"));
    }
    // the reporters and writers become the article's authors when its source gave no byline; a byline wins
    Article wire = Article.of("Microsoft to cut jobs", WIRE);
    assertEquals("Jane Smith, Tom Brown", Extractor.createDefault().analyze(wire).article().author());
    Article signed = Article.builder().title("Microsoft to cut jobs").body(WIRE).author("By Ann Lee").build();
    assertEquals("By Ann Lee", Extractor.createDefault().analyze(signed).article().author());
    // "by" in running text credits nobody, and what follows it is news
    Set<String> news = canonicals(Extractor.createDefault(), "The tape was a video by rebel leader Karim Dost, aired on "
        + "Monday. Sales compiled by Autotrack Corp. fell.", EntityType.PERSON);
    assertTrue(news.contains("Karim Dost"), news.toString());
    // outside a dateline, the agency is an organisation like any other
    assertTrue(canonicals(Extractor.createDefault(), "The story was first reported by Reuters on Monday.", EntityType.ORG)
        .contains("Reuters"));
  }

  @Test
  void genderComesFromWholeTitleWords() {
    RuleBasedEntityExtractor rules = new RuleBasedEntityExtractor();
    assertEquals(Lexicon.Gender.FEMALE, rules.genderOf(new EntityMention(0, 6, "Merkel", EntityType.PERSON,
        "Angela Merkel", "German Chancellor")));
    assertEquals(Lexicon.Gender.FEMALE, rules.genderOf(new EntityMention(0, 6, "Thatcher", EntityType.PERSON,
        "Thatcher", "Mrs")));
    assertEquals(Lexicon.Gender.MALE, rules.genderOf(new EntityMention(0, 8, "Ferguson", EntityType.PERSON,
        "Alex Ferguson", "Sir")));
    assertEquals(Lexicon.Gender.UNKNOWN, rules.genderOf(new EntityMention(0, 5, "Smith", EntityType.PERSON,
        "Smith", "Romanian chairman")));
  }

  @Test
  void aPlaceAndAMeetingWordMakeAnEventOnlyWhenTheTextNamesOne() {
    Extractor x = Extractor.createDefault();
    assertTrue(canonicals(x, "Trump and Putin will hold a summit in Budapest.", EntityType.EVENT).contains("Budapest summit"));
    assertTrue(canonicals(x, "The minister spoke at a monthly news conference in London.", EntityType.EVENT).isEmpty());
    assertTrue(canonicals(x, "He spoke at the Reuters Finance Summit in New York.", EntityType.EVENT).stream()
        .noneMatch(e -> e.equals("New York summit")));
  }

  @Test
  void aShortNameAfterTheCompanysFullLegalNameIsThatCompanyButNotAfterAPartOfIt() {
    Extractor x = Extractor.createDefault();
    String text = "Harbor Freight Lines Inc said profits fell. Shares of Harbor rose 2 percent anyway. "
        + "Siemens Europe Ltd said costs rose. Siemens shares fell.";
    List<EntityMention> orgs = x.entities(text).stream().filter(m -> m.type() == EntityType.ORG).toList();
    List<EntityMention> harbor = orgs.stream().filter(m -> m.text().equals("Harbor")).toList();
    assertEquals(1, harbor.size(), orgs.toString());
    assertEquals("Harbor Freight Lines", harbor.get(0).canonical());
    assertTrue(harbor.get(0).by().endsWith("+short-form"), harbor.get(0).by());
    List<EntityMention> siemens = orgs.stream().filter(m -> m.text().equals("Siemens")).toList();
    assertEquals(1, siemens.size(), orgs.toString());
    assertEquals("Siemens", siemens.get(0).canonical(), "Siemens Europe is a part of Siemens, not its full name");
  }
}
