package dev.newsfacet;

import java.nio.file.Path;
import java.util.List;

/** Child process for {@link CrashSafetyTest}: ingests a file into an index, committing often. */
public final class CrashIngestMain {
  private CrashIngestMain() {}

  public static void main(String[] args) throws Exception {
    try (NewsIndex index = NewsIndex.open(Path.of(args[0]))) {
      index.commitEvery(Integer.parseInt(args[2]));
      index.ingest(List.of(Path.of(args[1])), null, null);
    }
  }
}
