package dev.newsfacet.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsfacet.cli.Main;
import dev.newsfacet.eval.ClusterTrainer;
import dev.newsfacet.extract.TextAnalysis;
import dev.newsfacet.extract.Token;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "clusters", mixinStandardHelpOptions = true,
    description = {"Induce hierarchical word clusters from unlabelled news (JSON Lines, .gz allowed: title and body "
        + "of each record) by divisive exchange clustering, and write the cluster file the entity tagger reads.",
        "Deterministic: the same input gives the same file. Ship it by writing to "
            + "models/src/main/resources/dev/newsfacet/models/clusters.tsv.gz, then retrain the tagger (train ner)."})
final class ClustersCommand implements Callable<Integer> {
  @Option(names = "--reuters", paramLabel = "DIR", description = "Folder of *.jsonl.gz files; default ../shared/corpora/reuters.")
  Path reuters;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the clusters (gzip).")
  Path out;

  @Option(names = "--depth", defaultValue = "11", description = "Levels of the tree: at most 2^depth clusters (default ${DEFAULT-VALUE}).")
  int depth;

  @Option(names = "--min-count", defaultValue = "5", description = "Words seen fewer times are left out (default ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--max-words", defaultValue = "100000", description = "Vocabulary cap, most frequent first (default ${DEFAULT-VALUE}).")
  int maxWords;

  @Option(names = "--passes", defaultValue = "6", description = "Exchange passes per level at most (default ${DEFAULT-VALUE}).")
  int passes;

  @Option(names = "--articles", defaultValue = "0", description = "Read at most this many articles (0: all).")
  int articles;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    Path dir = EvalCommand.corpus(reuters, "reuters", "--reuters");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().matches(".*\\.jsonl(\\.gz)?")).sorted().toList();
    }
    ClusterTrainer trainer = new ClusterTrainer(new ClusterTrainer.Settings(depth, minCount, maxWords, passes));
    ObjectMapper json = new ObjectMapper();
    int read = 0;
    outer:
    for (Path f : files) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f), 1 << 16) : Files.newInputStream(f),
          StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (articles > 0 && read >= articles) {
            break outer;
          }
          JsonNode n = json.readTree(line);
          String text = n.path("title").asText("") + "\n" + n.path("body").asText("");
          for (String paragraph : text.split("\n")) {
            if (paragraph.isBlank()) {
              continue;
            }
            List<String> words = new ArrayList<>();
            for (Token t : TextAnalysis.tokenize(paragraph)) {
              words.add(t.text());
            }
            trainer.addSentence(words);
          }
          read++;
        }
      }
      o.printf("read %s (%,d articles so far)%n", f.getFileName(), read);
      o.flush();
    }
    ClusterTrainer.Result result;
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream w = Files.newOutputStream(out)) {
      result = trainer.train(w, "newsfacet train clusters on " + read + " articles of " + dir.getFileName(),
          line -> { o.println(line); o.flush(); });
    }
    o.printf("wrote %s: %,d words from %,d tokens (%,d distinct bigrams) in %.0f s%n", out, result.vocabulary(),
        result.tokens(), result.bigrams(), result.seconds());
    return Main.OK;
  }
}
