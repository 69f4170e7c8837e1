package dev.newsfacet.extract.statement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.extract.attribution.AttributionInput;
import dev.newsfacet.extract.attribution.AttributionTagger;
import dev.newsfacet.extract.attribution.ChunkFeatures;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which finds of the attribution model become statements (sentences written for this test). */
class ModelAttributionsTest {
  /** Titles "leader", honorific "Mr"; nothing else of the lexicon is read here. */
  private static final Sources.Words WORDS = new Sources.Words() {
    @Override
    public boolean isCue(String lower) {
      return false;
    }

    @Override
    public boolean isTitle(String lowerPhrase) {
      return lowerPhrase.equals("leader");
    }

    @Override
    public boolean isCommon(String word) {
      return false;
    }

    @Override
    public boolean isHonorific(String word) {
      return word.equals("Mr");
    }

    @Override
    public boolean isCountry(String folded) {
      return false;
    }

    @Override
    public String demonymCountry(String folded) {
      return null;
    }

    @Override
    public String place(String folded) {
      return null;
    }

    @Override
    public String countryOf(String folded) {
      return folded;
    }
  };

  private final ModelAttributions kept = new ModelAttributions(WORDS);

  /** One sentence; words in {@code persons} are a PERSON mention, {@code cues} the lexicon's cue words. */
  private static AttributionInput sentence(String text, Set<String> persons, Set<String> cues) {
    String[] words = text.split(" ");
    int n = words.length;
    String[] lower = new String[n];
    String[] types = new String[n];
    String[] classes = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = words[i].toLowerCase(Locale.ROOT);
      types[i] = persons.contains(words[i]) ? "PERSON" : "";
      classes[i] = cues.contains(lower[i]) ? "CLAUSE" : "";
    }
    return new AttributionInput(words, lower, types, classes, new boolean[n], new byte[n], new int[] {0}, new int[] {n},
        new int[n], new int[n]);
  }

  private static int at(AttributionInput in, String word) {
    return Arrays.asList(in.words()).indexOf(word);
  }

  @Test
  void passivesNegationsAndInfinitivesAreNotTheSubjectsWords() {
    AttributionInput passive = sentence("Ann Reyes is said to back the plan", Set.of("Ann", "Reyes"), Set.of("said"));
    assertFalse(kept.cue(passive, at(passive, "said"), at(passive, "said") + 1));
    AttributionInput negated = sentence("Ann Reyes did not say when", Set.of("Ann", "Reyes"), Set.of("say"));
    assertFalse(kept.cue(negated, at(negated, "say"), at(negated, "say") + 1));
    AttributionInput infinitive = sentence("urging Ann Reyes to announce a date", Set.of("Ann", "Reyes"), Set.of("announce"));
    assertFalse(kept.cue(infinitive, at(infinitive, "to"), at(infinitive, "announce") + 1));
    AttributionInput expected = sentence("Ann Reyes is expected to say the plan works", Set.of("Ann", "Reyes"), Set.of("say"));
    assertFalse(kept.cue(expected, at(expected, "say"), at(expected, "say") + 1));
    AttributionInput active = sentence("Ann Reyes said the plan would work", Set.of("Ann", "Reyes"), Set.of("said"));
    assertTrue(kept.cue(active, at(active, "said"), at(active, "said") + 1));
    AttributionInput past = sentence("Ann Reyes was there and said the plan works", Set.of("Ann", "Reyes"), Set.of("said"));
    assertTrue(kept.cue(past, at(past, "said"), at(past, "said") + 1), "a verb of being earlier in the clause is no passive");
  }

  @Test
  void aSourceIsAPronounOrANameWithAtMostItsTitle() {
    AttributionInput in = sentence("Party leader Ann Reyes and Mr Reyes said he and the memory Ann", Set.of("Ann", "Reyes"),
        Set.of("said"));
    assertTrue(kept.groundedSource(in, 0, 4), "Party leader Ann Reyes");
    assertTrue(kept.groundedSource(in, 5, 7), "Mr Reyes");
    assertTrue(kept.groundedSource(in, 8, 9), "he");
    assertFalse(kept.groundedSource(in, 4, 7), "and Mr Reyes");
    assertFalse(kept.groundedSource(in, 10, 13), "the memory Ann");
    assertFalse(kept.groundedSource(in, 9, 10), "and");
  }

  @Test
  void contentNeedsThreeWordsAndASubjectOfItsOwn() {
    AttributionInput in = sentence("she said was far too slow , the plan works", Set.of(), Set.of("said"));
    assertFalse(ModelAttributions.contentStands(in, 2, 6), "was far too slow");
    assertFalse(ModelAttributions.contentStands(in, 6, 9), ", the plan");
    assertFalse(ModelAttributions.contentStands(in, 7, 9), "the plan");
    assertTrue(ModelAttributions.contentStands(in, 7, 10), "the plan works");
  }

  @Test
  void aFindWithoutSourceOrClauseIsNotKept() {
    AttributionInput in = sentence("Ann Reyes said the plan works", Set.of("Ann", "Reyes"), Set.of("said"));
    assertTrue(kept.keeps(in, new AttributionTagger.Found(2, 3, 0, 2, 3, 6, ChunkFeatures.NP, true)));
    assertFalse(kept.keeps(in, new AttributionTagger.Found(2, 3, -1, -1, 3, 6, ChunkFeatures.NP, true)), "no source");
    assertFalse(kept.keeps(in, new AttributionTagger.Found(2, 3, 0, 2, -1, -1)), "no content");
    assertFalse(kept.keeps(in, new AttributionTagger.Found(2, 3, 0, 2, 3, 6, ChunkFeatures.NP, false)), "no verb");
    assertFalse(kept.keeps(in, new AttributionTagger.Found(2, 3, 0, 2, 3, 6, ChunkFeatures.VP, true)), "opens with a verb");
    AttributionInput quoted = sentence("Ann Reyes said “ it works ”", Set.of("Ann", "Reyes"), Set.of("said"));
    assertTrue(kept.keeps(quoted, new AttributionTagger.Found(2, 3, 0, 2, 3, 7)), "a quotation needs no chunks");
  }
}
