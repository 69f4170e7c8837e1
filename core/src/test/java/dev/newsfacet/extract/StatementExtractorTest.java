package dev.newsfacet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.model.Article;
import dev.newsfacet.model.Statement;
import dev.newsfacet.model.StatementKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementExtractorTest {
  private final Extractor extractor = Extractor.createDefault();

  private List<Statement> statements(String text) {
    return extractor.analyze(Article.builder().text(text).build()).statements();
  }

  private Statement only(String text) {
    List<Statement> all = statements(text);
    assertEquals(1, all.size(), all::toString);
    return all.get(0);
  }

  @Test
  void quoteThenSpeakerAndCue() {
    Statement s = only("Joe Biden spoke. \"We will win,\" Biden said.");
    assertEquals("We will win,", s.text());
    assertEquals(StatementKind.DIRECT, s.kind());
    assertEquals("said", s.cue().text());
    assertEquals("Joe Biden", s.speaker().canonical());
  }

  @Test
  void aSpeakerDescribedTwiceAfterAnInvertedCue() {
    List<Statement> all = statements("The race ended late. \"It is a tougher road than winning medals,\" points out "
        + "former sprinter and radio pundit Maria Osei. \"You must want it badly.\"");
    assertEquals(2, all.size(), all::toString);
    assertEquals("Maria Osei", all.get(0).speaker().canonical());
    assertEquals("points out", all.get(0).cue().text());
    assertEquals("Maria Osei", all.get(1).speaker().canonical(), "the follow-on quotation keeps its speaker");
  }

  @Test
  void adverbsAreNoPartOfTheSubject() {
    assertEquals("Ann Reyes", only("Ann Reyes allegedly said the deal was dead.").speaker().canonical());
    assertEquals("she", only("After the final whistle she emphatically denied the team had given up.").speaker().text());
    assertEquals(List.of(), statements("The young sprinter went on to narrowly claim the national title."));
    assertEquals(List.of(), statements("Even the most careful planners cannot predict what the weather will do."));
    assertEquals(List.of(), statements("The vote is widely expected to pass next week."));
  }

  @Test
  void wireCopySubjectsAreNamedAsAReaderWould() {
    assertEquals("Harbour Bank Inc", only("Harbour Bank Inc HBK.N said it would cut 200 jobs.").speaker().text());
    assertEquals("Analysts", only("Analysts on average expect the bank to earn $1.20 a share.").speaker().text());
    assertEquals("A source familiar with the matter",
        only("A source familiar with the matter said the sale could close in May.").speaker().text());
    assertEquals(List.of(), statements("Prices rose as strong demand for copper met thin supply."));
    assertEquals(List.of(), statements("The mill added shifts to meet rising demand for paper."));
    assertEquals("Harbour King", only("Harbour King plans to open ten shops next year.").speaker().text());
    assertEquals(List.of(), statements("Output grew and 3 percent expected more of the same."));
    assertEquals("Council leader Ann Reyes",
        only("It was Council leader Ann Reyes who said the town needed the jobs.").speaker().text());
    // a passive with its agent: the plan said nothing, the council leader did
    assertEquals("Ann Reyes", only("The plan was backed by Council leader Ann Reyes who said the town needed the jobs.")
        .speaker().canonical());
    assertEquals(List.of(), statements("Nobody expected the result."));
    assertEquals(List.of(), statements("The office stressed Ann Reyes's support for the new mayor."));
    List<Statement> told = statements("Ann Reyes told Radio Harbour's morning show: \"We will open the bridge in May.\"");
    assertEquals(1, told.size(), told::toString);
    assertEquals("We will open the bridge in May.", told.get(0).text());
  }

  @Test
  void aNameBeforeADashedAppositionIsTheSpeaker() {
    Statement s = only("Later, Harbour Bank - itself the target of a lawsuit - said the papers had been altered.");
    assertEquals("Harbour Bank", s.speaker().text());
  }

  @Test
  void cueThenSpeakerAfterTheQuote() {
    Statement s = only("“It is over,” said Angela Merkel.");
    assertEquals("Angela Merkel", s.speaker().canonical());
  }

  @Test
  void speakerAndColonBeforeTheQuote() {
    Statement s = only("Hungarian Prime Minister Viktor Orban responded, also writing on X: \"We are ready!\"");
    assertEquals("We are ready!", s.text());
    assertEquals(StatementKind.DIRECT, s.kind());
    assertEquals("Viktor Orban", s.speaker().canonical());
    assertEquals("writing", s.cue().text());
  }

  @Test
  void curlyQuotesWithNestedQuotes() {
    Statement s = only("“We can end this “inglorious” war,” Donald Trump wrote on Truth Social.");
    assertEquals("We can end this “inglorious” war,", s.text());
    assertEquals("Donald Trump", s.speaker().canonical());
  }

  @Test
  void mixedQuoteInAReportedClause() {
    Statement s = only("Viktor Orban posted on X that the meeting is \"great news for the world.\"");
    assertEquals(StatementKind.MIXED, s.kind());
    assertTrue(s.text().startsWith("the meeting is"), s.text());
    assertEquals(1, s.quoted().size());
    assertEquals("Viktor Orban", s.speaker().canonical());
  }

  @Test
  void indirectStatementWithAndWithoutThat() {
    Statement a = only("Marco Rubio said that the talks will start next week.");
    assertEquals(StatementKind.INDIRECT, a.kind());
    assertEquals("the talks will start next week", a.text());
    Statement b = only("Volodymyr Zelensky repeatedly said he is ready to meet.");
    assertEquals("he is ready to meet", b.text());
    assertEquals("Volodymyr Zelensky", b.speaker().canonical());
  }

  @Test
  void pronounSpeakerResolvesToTheLatestSubject() {
    List<Statement> all = statements("Donald Trump met aides on Monday. He said the deal was close.");
    assertEquals(1, all.size());
    assertEquals("He", all.get(0).speaker().text());
    assertEquals("Donald Trump", all.get(0).speaker().canonical());
  }

  @Test
  void pronounGenderSkipsTheWrongPerson() {
    List<Statement> all = statements("Melania Trump met Joe Biden. She said the visit went well.");
    assertEquals("Melania Trump", all.get(0).speaker().canonical());
  }

  @Test
  void organisationAsSpeaker() {
    Statement s = only("The Kremlin said that the call was “frank and trusting.”");
    assertEquals("Kremlin", s.speaker().canonical());
    assertEquals(StatementKind.MIXED, s.kind());
  }

  @Test
  void accordingTo() {
    Statement s = only("According to Joe Biden, the economy is strong.");
    assertEquals("the economy is strong", s.text());
    assertEquals("Joe Biden", s.speaker().canonical());
    assertEquals("According to", s.cue().text());
  }

  @Test
  void quoteContinuingAfterTheAttributionKeepsTheSpeaker() {
    List<Statement> all = statements("\"He'd like to have Tomahawks,\" Donald Trump said. \"We have a lot of Tomahawks.\"");
    assertEquals(2, all.size());
    assertEquals("Donald Trump", all.get(1).speaker().canonical());
    assertNull(all.get(1).cue());
  }

  @Test
  void roleSpeakerResolvesThroughTheRoleGivenWithTheName() {
    List<Statement> all = statements("U.S. President Donald Trump met Vladimir Putin. "
        + "\"We will meet again,\" the U.S. president added.");
    Statement s = all.get(all.size() - 1);
    assertEquals("the U.S. president", s.speaker().text());
    assertEquals("Donald Trump", s.speaker().canonical());
  }

  @Test
  void quoteRunningToTheParagraphEndHasContent() {
    List<Statement> all = statements("Joe Biden said: \"We will not stop\nuntil it is done.\"");
    assertNotNull(all.get(0).speaker());
    assertTrue(all.get(0).text().startsWith("We will not stop"));
  }

  @Test
  void scareQuotesAreNotStatements() {
    assertTrue(statements("The so-called \"peace plan\" was published on Monday.").isEmpty());
  }

  @Test
  void reportedClausesWithABareNounOrAContractedSubject() {
    Statement bare = only("Angela Merkel said leaders had agreed to draw up a plan by March.");
    assertEquals("leaders had agreed to draw up a plan by March", bare.text());
    assertEquals(StatementKind.INDIRECT, bare.kind());
    Statement contracted = only("Republicans said they're convinced the department mishandled the case.");
    assertEquals("they're convinced the department mishandled the case", contracted.text());
    assertEquals(List.of(), statements("Angela Merkel said goodbye in Berlin."));
  }

  @Test
  void aCommitmentIsItsToInfinitive() {
    Statement s = only("Hillary Clinton pledged to raise taxes on the wealthy.");
    assertEquals("to raise taxes on the wealthy", s.text());
    assertEquals("pledged", s.cue().text());
    assertEquals(List.of(), statements("Hillary Clinton pledged to Ohio voters."));
  }

  @Test
  void someThatVerbsTakeABareClauseWithAPronounSubject() {
    Statement s = only("Hillary Clinton noted she has pushed for tougher prosecution.");
    assertEquals("she has pushed for tougher prosecution", s.text());
    assertEquals(List.of(), statements("Hillary Clinton noted the rise in Ohio."));
  }

  @Test
  void anOrderGivenIsTheContentWithItsAddressee() {
    Statement s = only("Barack Obama told his advisers to find a way to cut emissions.");
    assertEquals("his advisers to find a way to cut emissions", s.text());
    assertEquals("told", s.cue().text());
  }

  @Test
  void aTitledSpeakerKeepsTheWholePhraseWhenAPlaceQualifiesTheTitle() {
    Statement s = only("U.S. President Bill Clinton said the talks would resume.");
    assertEquals("Bill Clinton", s.speaker().canonical());
    assertEquals("U.S. President Bill Clinton", s.speaker().text());
  }

  @Test
  void quotedPhraseInsideAFrontedClauseBelongsToTheClause() {
    Statement s = only("The mayor’s “stunts” are tiresome, Berg said Friday in Dover.");
    assertEquals("The mayor’s “stunts” are tiresome", s.text());
    assertEquals(StatementKind.MIXED, s.kind());
    assertEquals("Berg", s.speaker().text());
  }

  @Test
  void aNameInsideALargerNounPhraseIsNotTheSpeaker() {
    Statement supporters = only("Anna Moreno spoke in Dover. Several Moreno supporters said the former mayor "
        + "had made a strong case.");
    assertEquals("Several Moreno supporters", supporters.speaker().text());
    assertTrue(!"Anna Moreno".equals(supporters.speaker().canonical()), supporters::toString);
    Statement spokeswoman = only("Maria Delgado left early. A spokeswoman for Delgado said the former banker had no "
        + "further events planned.");
    assertEquals("A spokeswoman for Delgado", spokeswoman.speaker().text());
    assertTrue(!"Maria Delgado".equals(spokeswoman.speaker().canonical()), spokeswoman::toString);
  }

  @Test
  void theWritersOwnClauseEndsTheReportedOne() {
    assertEquals("Reyes closed the depot", only("Kerr said Reyes closed the depot, but Kerr did not say why.").text());
    assertEquals("they would use the ferry", only("At the time, 52 percent said they would use the ferry, however "
        + "since then that share has fallen.").text());
    assertEquals("she values his patience", only("She said she values his patience and praised "
        + "their common plans.").text());
  }

  @Test
  void aStrayUnclosedMarkIsNoQuotation() {
    Statement s = only("\"King said the account differed from a previous estimate.\n\nThe hearing went on.");
    assertEquals(StatementKind.INDIRECT, s.kind());
    assertEquals("King", s.speaker().text());
    assertEquals("the account differed from a previous estimate", s.text());
  }

  @Test
  void anUnattributedQuotationWithWordsOfItsOwnIsNotHandedToThePreviousSpeaker() {
    List<Statement> all = statements("“We will win,” Mark Smith said.\n\n“We’ve had better seasons,” Kent "
        + "fisherman Tom Hale, wearing a wool cap and oilskins, went on calmly.");
    Statement second = all.get(all.size() - 1);
    assertTrue(second.speaker() == null || !"Mark Smith".equals(second.speaker().canonical()), all::toString);
  }

  @Test
  void aViewOfSomethingAsSomethingIsAStatedPosition() {
    Statement s = only("Farmers in the three valleys see Moreno as the mayor most likely to fix the roads.");
    assertEquals("Moreno as the mayor most likely to fix the roads", s.text());
    assertEquals("see", s.cue().text());
    assertTrue(statements("We will see the results on Monday.").isEmpty());
  }

  @Test
  void aParticipleSpeaksForTheSourceBeforeIt() {
    List<Statement> all = statements("In a filing, Morrow's appointed trial lawyer sought a fine of "
        + "two thousand pounds, calling her late payments \"a lapse of memory.\"");
    Statement calling = all.get(all.size() - 1);
    assertEquals("calling", calling.cue().text());
    assertEquals("Morrow's appointed trial lawyer", calling.speaker().text());
  }

  @Test
  void aHyphenatedPhraseWithAndInsideAReportedClause() {
    // "brick-and-mortar": the word after "and" is a lone hyphen (this once threw and lost the article)
    Statement s = only("ShopperTrak said that brick-and-mortar retailers saw a 1.6 percent rise in sales.");
    assertEquals("ShopperTrak", s.speaker().text());
  }

  @Test
  void aCueWordEndingANameIsNoCue() {
    // "Post" of "the Coast Post", "States" of "the United States": names, not attribution verbs
    assertTrue(statements("If you object, the Coast Post will call you a liar.").isEmpty());
    assertTrue(statements("Moreno seemed sure that the United States would send more ships.").stream()
        .noneMatch(st -> st.speaker() != null && st.speaker().text().equals("the United")));
    // a title-case headline keeps its cue
    assertEquals("Trump", only("Trump Says Tariffs Will Stay").speaker().text());
  }

  @Test
  void requestsForCommentAndNoCommentAreNoStatements() {
    List<Statement> all = statements("Talks news\n\nThe company did not respond to calls seeking comment. "
        + "A spokeswoman said it had no immediate comment. Jane Morrow said rates would rise.");
    assertEquals(1, all.size(), all::toString);
    assertEquals("rates would rise", all.get(0).text());
  }

  @Test
  void aTickerSuffixDoesNotEndTheSentence() {
    Statement s = only("Shares news\n\nAnalysts said the stock fell after Microsoft ( MSFT.O ) cut its forecast.");
    assertTrue(s.text().endsWith("cut its forecast"), s::toString);
  }

  @Test
  void aHeadlineLabelIsNoSpeaker() {
    assertTrue(statements("FACTBOX: Why ferry fares are at a new high\n\nFares rose on Monday.").isEmpty());
  }

  @Test
  void eachStatementSaysWhichPassMadeIt() {
    List<Statement> all = statements("Joe Biden spoke. \"We will win,\" Biden said. \"We will not stop.\"\n\n"
        + "Biden said the vote was close.");
    assertEquals(List.of("rules:quote", "rules:continuation", "rules:reported"), all.stream().map(Statement::by).toList());
  }

  @Test
  void pointingOutIsACueWithItsParticle() {
    List<Statement> all = statements("Athletics\n\n\"She will run,\" Steve Cram pointed out. "
        + "Kelly Holmes pointed out that the season was long.");
    assertEquals(2, all.size(), all::toString);
    assertEquals("Steve Cram", all.get(0).speaker().canonical());
    assertEquals("the season was long", all.get(1).text());
  }
}
