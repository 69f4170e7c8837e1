package dev.newsfacet.extract;

import dev.newsfacet.extract.date.RuleBasedDateExtractor;
import dev.newsfacet.model.AnalyzedArticle;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.DateMention;
import dev.newsfacet.text.NameKeys;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The extraction hot loops this project optimised, each beside what it replaced where that still exists
 * (the token regex). The text is written for the benchmark: news-style sentences with names, quotes,
 * dates and numbers, about the length of a wire story.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExtractionBenchmarks {
  static final String TEXT = String.join("\n", List.of(
      "Leaders meet in Geneva as talks on the ceasefire resume",
      "GENEVA, Oct. 16 (Newswire) - Foreign ministers from 12 countries met in Geneva on Thursday to resume "
          + "talks on a ceasefire, officials said, a week after the last round ended without agreement.",
      "\"We are ready to work through the night if we have to,\" German Foreign Minister Annalena Baerbock "
          + "told reporters before the meeting. She said the U.S. and the EU had agreed to draft a plan by March.",
      "Hungarian Prime Minister Viktor Orbán, who hosted a summit in Budapest last year, said on Wednesday "
          + "that Hungary would not block the proposal. Orban's spokesman later added that the government "
          + "expected a vote next week.",
      "According to a United Nations report published in August 2025, more than 1.2 million people have "
          + "fled the region since 2022. Prices rose 4.5% in the third quarter from a year earlier.",
      "The talks, which began at 10 a.m. local time, are expected to last two days. Zelenskyy is due to "
          + "speak on Friday evening, his office said."));
  static final Article ARTICLE = Article.builder().title("Leaders meet in Geneva").text(TEXT)
      .published(LocalDate.of(2025, 10, 16)).build();
  static final List<String> NAMES = List.of("Viktor Orbán", "Volodymyr Zelenskyy", "Annalena Baerbock",
      "U.S.", "European Union", "Orban's", "Zelenskiy", "Budapest", "the Kremlin", "JOHN O'NEILL");

  private final Extractor extractor = Extractor.createDefault();
  private final RuleBasedDateExtractor dates = new RuleBasedDateExtractor();

  /** The hand-written tokenizer. */
  @Benchmark
  public List<Token> tokenize() {
    return TextAnalysis.tokenize(TEXT);
  }

  /** The regular expression it replaced (same tokens; a unit test holds them together). */
  @Benchmark
  public List<Token> tokenizeByRegex() {
    List<Token> out = new ArrayList<>();
    Matcher m = TextAnalysis.TOKEN.matcher(TEXT);
    while (m.find()) {
      out.add(new Token(m.start(), m.end(), m.group()));
    }
    return out;
  }

  /** Tokens, sentences and paragraphs. */
  @Benchmark
  public TextAnalysis analyseText() {
    return TextAnalysis.of(TEXT);
  }

  /** Date rules, tried only at words they can begin with. */
  @Benchmark
  public List<DateMention> dates() {
    return dates.extract(TEXT, ARTICLE.published());
  }

  /** Name keys for a mix of spellings. */
  @Benchmark
  public int nameKeys() {
    int n = 0;
    for (String name : NAMES) {
      n += NameKeys.key(name).length();
    }
    return n;
  }

  /** The whole extraction of one article. */
  @Benchmark
  public AnalyzedArticle wholeArticle() {
    return extractor.analyze(ARTICLE);
  }
}
