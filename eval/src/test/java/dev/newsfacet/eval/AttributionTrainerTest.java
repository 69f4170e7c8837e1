package dev.newsfacet.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacet.extract.Extractor;
import dev.newsfacet.extract.attribution.AttributionInput;
import dev.newsfacet.extract.attribution.AttributionModel;
import dev.newsfacet.eval.AttributionTrainer.Settings;
import dev.newsfacet.extract.attribution.AttributionTagger;
import dev.newsfacet.extract.attribution.Chunker;
import dev.newsfacet.extract.entity.TaggerModel;
import dev.newsfacet.extract.entity.WordClusters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attribution model learns from PolNeAR-shaped documents: here small made-up articles (written for
 * this test) whose attributions follow a few shapes, with sentences that attribute nothing between them.
 */
class AttributionTrainerTest {
  private static final String[] NAMES = {"Jordan Pike", "Ada Brennan", "Omar Velde", "Lena Marsh", "Tomas Quill",
      "Rita Osei", "Felix Adair", "Nina Corrow"};
  private static final String[] CLAUSES = {"the bridge would reopen in May", "the budget was too small",
      "prices had risen sharply", "the team needed a new coach", "the vote was unfair", "the river was rising",
      "the deal could still collapse", "the school must close"};
  private static final String[] FILLERS = {"The weather was cold on Tuesday.", "Traffic moved slowly through the town.",
      "The museum opens at nine.", "Several shops closed early."};
  private static final String[] CUES = {"said", "believes", "warned", "argued"};

  /** One made-up article of six sentences, every other one attributing a clause to a name. */
  private static Polnear.Document article(int k, Random random) {
    StringBuilder text = new StringBuilder("Local news " + k + "\n\n");
    List<Polnear.Attribution> gold = new ArrayList<>();
    for (int s = 0; s < 6; s++) {
      if (s % 2 == 1) {
        text.append(FILLERS[random.nextInt(FILLERS.length)]).append(' ');
        continue;
      }
      String name = NAMES[random.nextInt(NAMES.length)];
      String cue = CUES[random.nextInt(CUES.length)];
      String clause = CLAUSES[random.nextInt(CLAUSES.length)];
      if (s == 2) {
        // a quotation the sentence goes on after, which the rules leave alone
        cue = "said";
        clause = "“" + clause + "” whenever the council met";
      }
      int source = text.length();
      text.append(name).append(' ');
      int cueAt = text.length();
      text.append(cue).append(' ');
      int content = text.length();
      text.append(clause).append(". ");
      gold.add(new Polnear.Attribution(new Polnear.Fragments(new int[] {content, content + clause.length()}),
          new Polnear.Fragments(new int[] {source, source + name.length()}),
          new Polnear.Fragments(new int[] {cueAt, cueAt + cue.length()})));
    }
    return new Polnear.Document("made-up-" + k, text.toString(), LocalDate.of(2026, 1, 1), gold);
  }

  private static List<Polnear.Document> articles(int n, long seed) {
    Random random = new Random(seed);
    List<Polnear.Document> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      out.add(article(k, random));
    }
    return out;
  }

  /** Two sentences in CoNLL-2003's format, written for this test, to train a chunker on. */
  private static final List<String> CHUNKED = List.of(
      "Omar NNP I-NP O", "Velde NNP I-NP O", "said VBD I-VP O", "the DT I-NP O", "river NN I-NP O",
      "was VBD I-VP O", "rising VBG I-VP O", ". . O O", "",
      "The DT I-NP O", "museum NN I-NP O", "opens VBZ I-VP O", "at IN I-PP O", "nine CD I-NP O", ". . O O");

  private static final Settings SETTINGS = new Settings(16, 4, 7, 0.01f);

  private static TaggerModel chunker() {
    List<Conll.Document> docs = Conll.parse(CHUNKED, Conll.CHUNK_COLUMN);
    return AttributionTrainer.trainChunker(AttributionTrainer.chunkExamples(docs, Extractor.rulesOnly(), WordClusters.none()),
        WordClusters.none(), SETTINGS, "test chunker", null);
  }

  private static AttributionTrainer.Examples examples(List<Polnear.Document> docs, TaggerModel chunker) {
    return AttributionTrainer.examples(docs, Extractor.rulesOnly(), new Chunker(chunker, WordClusters.none()),
        WordClusters.none());
  }

  private static AttributionModel train(List<Polnear.Document> docs) {
    TaggerModel chunker = chunker();
    return AttributionTrainer.train(examples(docs, chunker), chunker, WordClusters.none(), SETTINGS, "test", null);
  }

  @Test
  void theChunkerLearnsItsSentences() {
    List<Conll.Document> docs = Conll.parse(CHUNKED, Conll.CHUNK_COLUMN);
    Prf f = AttributionTrainer.scoreChunker(chunker(), AttributionTrainer.chunkExamples(docs, Extractor.rulesOnly(),
        WordClusters.none()), WordClusters.none());
    assertEquals(8, f.gold(), "NP VP NP VP, then NP VP PP NP");
    assertTrue(f.f1() > 0.8, "F1 " + f.f1());
  }

  @Test
  void examplesHoldTheGoldCuesSourcesAndContents() {
    List<Polnear.Document> docs = articles(3, 1);
    AttributionTrainer.Examples ex = examples(docs, chunker());
    assertEquals(9, ex.spans().size(), "one span example per gold cue");
    int cueTokens = 0;
    for (AttributionTrainer.CueExample c : ex.cues()) {
      for (int g : c.gold()) {
        cueTokens += g == 0 ? 0 : 1;
      }
    }
    // cue windows open before the lexicon's cue words the rules left: here the quotation's "said"
    assertEquals(3, cueTokens, "the cues the rules did not take, one word each");
    assertTrue(ex.spans().get(1).gold().length > 0);
  }

  @Test
  void aTrainedModelFindsCueSourceAndContentInAnUnseenSentence() {
    AttributionModel model = train(articles(40, 2));
    String text = "Bridge news\n\nThe museum opens at nine. Rita Osei said “the deal could still collapse” whenever "
        + "the council met. Traffic moved slowly.";
    AttributionInput in = Extractor.rulesOnly().attributionInput(text);
    List<AttributionTagger.Found> found = new AttributionTagger(model).find(in, AttributionTagger.Wanted.LEFT_BY_RULES);
    assertEquals(1, found.size(), found.toString());
    AttributionTagger.Found f = found.get(0);
    assertEquals("said", words(in, f.cueFrom(), f.cueTo()));
    assertEquals("Rita Osei", words(in, f.sourceFrom(), f.sourceTo()));
    assertEquals("“ the deal could still collapse ” whenever the council met", words(in, f.contentFrom(), f.contentTo()));
  }

  @Test
  void theExtractorAddsTheModelsAttributionsWhereTheRulesFoundNone() {
    AttributionModel model = train(articles(40, 4));
    String text = "Council news\n\nOmar Velde said “the river was rising” whenever the council met. The museum opens at nine.";
    dev.newsfacet.model.Article article = dev.newsfacet.model.Article.builder().id("t").text(text)
        .published(LocalDate.of(2026, 1, 2)).build();
    assertEquals(List.of(), Extractor.rulesOnly().analyze(article).statements(), "the rules leave this shape alone");
    List<dev.newsfacet.model.Statement> found = Extractor.withModels(null, model).analyze(article).statements();
    assertEquals(1, found.size(), found.toString());
    dev.newsfacet.model.Statement st = found.get(0);
    assertEquals("model:attribution", st.by());
    assertEquals("Omar Velde", st.speaker().canonical());
    assertEquals("said", st.cue().text());
    assertTrue(st.text().startsWith("“the river was rising”"), st.text());
  }

  @Test
  void theSameDataGivesTheSameFiles(@TempDir Path dir) throws IOException {
    List<Polnear.Document> docs = articles(10, 3);
    train(docs).write(dir.resolve("a"));
    train(docs).write(dir.resolve("b"));
    for (String file : List.of(AttributionModel.CHUNK_FILE, AttributionModel.CUE_FILE, AttributionModel.SPAN_FILE)) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)), Files.readAllBytes(dir.resolve("b").resolve(file)), file);
    }
    AttributionModel back = AttributionModel.fromFolder(dir.resolve("a"), WordClusters.none());
    assertTrue(back.cues().weights() > 0 && back.spans().weights() > 0);
    assertEquals("test", back.provenance());
    assertEquals("test chunker", back.chunks().provenance());
  }

  private static String words(AttributionInput in, int from, int to) {
    return String.join(" ", java.util.Arrays.copyOfRange(in.words(), from, to));
  }
}
