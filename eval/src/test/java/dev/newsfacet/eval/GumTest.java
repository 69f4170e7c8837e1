package dev.newsfacet.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GumTest {
  static final List<String> TSV = List.of(
      "#FORMAT=WebAnno TSV 3.2",
      "#Text=Barack Obama visited Kenya .",
      "1-1\t0-6\tBarack\tperson[1]\tnew[1]\t_\tBarack_Obama[1]\t_\t_\t_\t",
      "1-2\t7-12\tObama\tperson[1]\tnew[1]\t_\tBarack_Obama[1]\t_\t_\t_\t",
      "1-3\t13-20\tvisited\t_\t_\t_\t_\t_\t_\t_\t",
      "1-4\t21-26\tKenya\tplace\tnew\t_\tKenya\t_\t_\t_\t",
      "1-5\t27-28\t.\t_\t_\t_\t_\t_\t_\t_\t",
      "#Text=The United Nations met .",
      "2-1\t29-32\tThe\torganization[2]\tnew[2]\t_\tUnited_Nations[2]\t_\t_\t_\t",
      "2-2\t33-39\tUnited\torganization[2]\tnew[2]\t_\tUnited_Nations[2]\t_\t_\t_\t",
      "2-3\t40-47\tNations\torganization[2]\tnew[2]\t_\tUnited_Nations[2]\t_\t_\t_\t",
      "2-4\t48-51\tmet\t_\t_\t_\t_\t_\t_\t_\t",
      "2-5\t52-53\t.\t_\t_\t_\t_\t_\t_\t_\t");

  @Test
  void rebuildsTextAndMentions() {
    Gum.Document d = Gum.parse("GUM_news_x.tsv", "news", TSV);
    assertEquals("Barack Obama visited Kenya .\nThe United Nations met .", d.text());
    assertTrue(d.mentions().contains(new Gum.Mention(0, 12, "person", true)));
    assertTrue(d.mentions().contains(new Gum.Mention(21, 26, "place", true)));
    assertTrue(d.mentions().contains(new Gum.Mention(29, 47, "organization", true)));
  }

  @Test
  void candidatesAreLabelledByTheMentionTheyCoincideWithAndTheTrainerLearnsThem() {
    Gum.Document d = Gum.parse("GUM_news_x.tsv", "news", TSV);
    List<EntityTyperTrainer.Example> ex = EntityTyperTrainer.examples(List.of(d));
    // "Barack Obama" → PERSON, "Kenya" → PLACE, "United Nations" (the leading "The" aside) → ORG
    assertEquals(List.of(1, 2, 3), ex.stream().map(EntityTyperTrainer.Example::label).sorted().toList());
    Map<String, float[]> w = EntityTyperTrainer.train(ex, 5, 1);
    assertEquals(1.0, EntityTyperTrainer.accuracy(w, ex), 1e-9);
  }
}
