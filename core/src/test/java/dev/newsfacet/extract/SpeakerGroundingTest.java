package dev.newsfacet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.model.Article;
import dev.newsfacet.model.EntityType;
import dev.newsfacet.model.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers are people only where the article itself says who they are; otherwise they stay what the text says. */
class SpeakerGroundingTest {
  private final Extractor extractor = Extractor.createDefault();

  private List<Statement> statements(String text) {
    return extractor.analyze(Article.builder().text(text).build()).statements();
  }

  private Statement saying(List<Statement> all, String words) {
    return all.stream().filter(s -> s.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement with '" + words + "' in " + all));
  }

  @Test
  void aRoleTheArticleGivesNoOneStaysARole() {
    List<Statement> all = statements("Chancellor Mark Dunmore presented the budget on Tuesday. "
        + "Opposition leader Clara Vance attacked it. \"This budget is a fraud,\" the party leader said.");
    Statement s = saying(all, "fraud");
    assertEquals(EntityType.OTHER, s.speaker().type(), s::toString); // "party leader" is not "Opposition leader"
  }

  @Test
  void aShadowOfficeIsNotTheOffice() {
    List<Statement> all = statements("Shadow chancellor Peter Orrin criticised the plan. "
        + "\"We will keep taxes low,\" the chancellor said.");
    Statement s = saying(all, "taxes low");
    assertEquals(EntityType.OTHER, s.speaker().type(), s::toString);
    assertEquals("chancellor", s.speaker().canonical());
  }

  @Test
  void aRoleTheArticleTiesToOnePersonIsThatPerson() {
    List<Statement> all = statements("Tory leader Nora Blakely visited the port. "
        + "\"Trade must grow,\" the Tory leader said.");
    assertEquals("Nora Blakely", saying(all, "Trade must grow").speaker().canonical());
  }

  @Test
  void aPronounWithTwoCandidatesStaysUnresolved() {
    List<Statement> all = statements("Paul Ardent met Simon Kettle after the match.\n\n"
        + "\"It was a fair result,\" he said.");
    Statement s = saying(all, "fair result");
    assertEquals("he", s.speaker().text());
    assertNull(s.speaker().canonical(), s::toString);
  }

  @Test
  void aPronounContinuesTheSpeakerWhenNoOneElseComesBetween() {
    List<Statement> all = statements("Paul Ardent said the team had played well against Simon Kettle's side. "
        + "\"We deserved it,\" he added.");
    assertEquals("Paul Ardent", saying(all, "deserved it").speaker().canonical());
  }

  @Test
  void aDescribedPersonBetweenSpeakerAndPronounLeavesThePronounOpen() {
    List<Statement> all = statements("Paul Ardent said the deal was done. The defender was less sure.\n\n"
        + "\"I want to stay,\" he said.");
    assertNull(saying(all, "want to stay").speaker().canonical());
    List<Statement> atTheEnd = statements("Transfer row\n\nBut Paul Ardent insisted he sold the defender for a fair price. "
        + "The row still troubles the Dutchman.\n\n\"I was settled here,\" he said.");
    assertNull(saying(atTheEnd, "settled here").speaker().canonical(), "'the Dutchman' may be whom 'he' means");
  }

  @Test
  void whatAStatementReportsDoesNotNameItsOwnSpeaker() {
    List<Statement> all = statements("The rally was loud.\n\n"
        + "Mr Dunmore has failed to fix the railways, he claimed.");
    Statement s = saying(all, "failed to fix");
    assertEquals("he", s.speaker().text());
    assertTrue(s.speaker().canonical() == null || !s.speaker().canonical().contains("Dunmore"), s::toString);
  }

  @Test
  void sirGoesWithTheGivenName() {
    List<Statement> all = statements("Inquiry reports\n\nThe inquiry was led by Sir Howard Fenwick.\n\n"
        + "Sir Howard said the findings were clear.");
    assertEquals("Howard Fenwick", saying(all, "findings were clear").speaker().canonical());
  }

  @Test
  void refusalsAndNegatedCuesAreNoStatements() {
    List<Statement> all = statements("Mr Dunmore declined to comment on the report. "
        + "Clara Vance refused to answer questions about the vote. "
        + "Peter Orrin did not say whether he would stand. "
        + "Nora Blakely has been asked to explain her remarks.");
    assertTrue(all.isEmpty(), all::toString);
  }

  @Test
  void aCueBeforeAColonBelongsToTheQuoteAfterIt() {
    List<Statement> all = statements("Paul Ardent was angry. \"They went for our players.\" "
        + "Simon Kettle added: \"It was a tough game.\"");
    assertEquals("Simon Kettle", saying(all, "tough game").speaker().canonical());
    assertTrue(all.stream().noneMatch(s -> s.text().contains("went for our players")
        && s.speaker() != null && "Simon Kettle".equals(s.speaker().canonical())), all::toString);
  }

  @Test
  void aClaimAfterADeterminerIsANounNotTheSubjectsWords() {
    List<Statement> all = statements("Clara Vance laughed off the claim that she had dined with the donor.");
    assertTrue(all.stream().noneMatch(s -> s.text().contains("dined with the donor")), all::toString);
  }

  @Test
  void aWordBeforeTheNameIsNoPartOfTheSpeaker() {
    List<Statement> all = statements("After the vote, Peter Orrin spoke. But Orrin said the result was fair.");
    Statement s = saying(all, "result was fair");
    assertEquals("Orrin", s.speaker().text());
  }

  @Test
  void aRoleNamedInAppositionIsThatPerson() {
    List<Statement> all = statements("Prisons\n\nThe chief inspector of prisons, Susan Bell, also said recently that "
        + "cells were crowded. \"We will miss a great chance,\" she said. \"It is a tragedy,\" said the chairman of the "
        + "committee, Labour MP Tom Harvey.");
    assertEquals("Susan Bell", saying(all, "cells were crowded").speaker().canonical());
    assertEquals("Susan Bell", saying(all, "great chance").speaker().canonical());
    assertEquals("Tom Harvey", saying(all, "tragedy").speaker().canonical());
  }

  @Test
  void aTitleBeforeANameTiesTheRoleToThePersonForLater() {
    List<Statement> all = statements("Church speaks\n\nWars waste money, Bishop David Jenkins has said.\n\n"
        + "The bishop said the year should be one of hope. \"Peace is possible,\" the bishop will say.");
    assertEquals("David Jenkins", saying(all, "year should be").speaker().canonical());
    assertEquals("David Jenkins", saying(all, "Peace is possible").speaker().canonical());
  }

  @Test
  void aPersonOfAnOrganisationIsThePersonButASpokeswomanForSomeoneIsNot() {
    List<Statement> all = statements("Care bill\n\nPeter Lang of the Nurses Forum said the plan was flawed. "
        + "A spokeswoman for Clara Vance said the vote was close.");
    assertEquals("Peter Lang", saying(all, "plan was flawed").speaker().canonical());
    assertTrue(!"Clara Vance".equals(saying(all, "vote was close").speaker().canonical()));
  }

  @Test
  void aQuotationContinuesWhoeverSpokeLast() {
    List<Statement> all = statements("Vote row\n\n\"It will be close,\" Professor John Carvel said. "
        + "But Dr Amir Tahan said the group did not want to \"empower\" anyone. \"We will send a message.\"");
    assertEquals("Amir Tahan", saying(all, "send a message").speaker().canonical());
  }

  @Test
  void anAttributionWithAClauseOfItsOwnIsNotTheQuotationsBeforeIt() {
    List<Statement> all = statements("Mass\n\n\"Peace begins at home,\" the priest Tom Hale said. \"I wish you peace.\" "
        + "A spokesman said the diocese had nothing to add about the sermon.");
    Statement s = saying(all, "I wish you peace");
    assertTrue(s.speaker() == null || !"spokesman".equals(s.speaker().canonical()), s::toString);
  }
}
