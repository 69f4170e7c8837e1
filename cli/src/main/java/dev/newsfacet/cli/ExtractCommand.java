package dev.newsfacet.cli;

import dev.newsfacet.extract.Extractor;
import dev.newsfacet.ingest.ArticleSource;
import dev.newsfacet.ingest.IngestListener;
import dev.newsfacet.model.AnalyzedArticle;
import dev.newsfacet.model.Article;
import dev.newsfacet.model.IngestProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Print what newsfacet extracts from articles, one JSON object per article (JSON Lines).", "",
        "Fields: id, title, source, url, author, published, text (the exact string all offsets index), "
            + "entities [{start,end,text,type,canonical,role?}], quotes [{start,end,text,kind,cue,speaker,quoted}], "
            + "dates [{start,end,text,type,value}].",
        "Offsets are Java String (UTF-16) indices, end exclusive. Reads the same formats as 'index'."})
final class ExtractCommand implements Callable<Integer> {
  @Mixin MetadataOptions metadata;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
  List<Path> paths;

  @Option(names = "--attribution-model", paramLabel = "DIR",
      description = "An attribution model (train attribution --out DIR; none ships with this release) to run after the rules; "
          + "the statements it adds where the rules found none say \"by\": \"model:attribution\".")
  Path attributionModel;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Extractor extractor = Extractors.withAttributionModel(attributionModel, false);
    int[] skipped = {0};
    new ArticleSource(metadata.defaults()).read(paths, new IngestListener() {
      @Override
      public void article(Article article) {
        AnalyzedArticle analyzed;
        try {
          analyzed = extractor.analyze(article);
        } catch (RuntimeException e) {
          // a bug in a rule must not read as a bad file, nor stop the other articles
          skipped[0]++;
          err.println(Output.safe(article.id() + ": " + Extractor.failureMessage(e)));
          return;
        }
        out.println(Json.write(Json.extraction(analyzed)));
      }

      @Override
      public void problem(IngestProblem problem) {
        if (problem.skipped()) {
          skipped[0]++;
        }
        err.println(Output.safe(String.valueOf(problem)));
      }
    });
    return skipped[0] > 0 ? Main.FAILED : Main.OK;
  }
}
