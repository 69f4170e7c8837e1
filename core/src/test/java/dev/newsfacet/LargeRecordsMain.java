package dev.newsfacet;

import java.nio.file.Path;
import java.util.List;

/** A child JVM for {@link LargeRecordsTest}: ingests one file into one index and prints what it did. */
public final class LargeRecordsMain {
  private LargeRecordsMain() {}

  public static void main(String[] args) throws Exception {
    try (NewsIndex index = NewsIndex.open(Path.of(args[1]))) {
      IngestReport r = index.ingest(List.of(Path.of(args[0])), null, p -> System.err.println(p));
      System.out.println("added " + r.added() + " skipped " + r.skipped() + " peak-heap-mb "
          + (Runtime.getRuntime().totalMemory() >> 20));
    }
  }
}
