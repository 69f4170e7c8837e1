package dev.newsfacet;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the project's test data from the module directory Maven runs tests in: the seed articles of
 * {@code testdata/seeds}, and the corpora of {@code ../shared/corpora} when they are there. Shared by every
 * module's tests through core's test jar.
 */
public final class Seeds {
  private Seeds() {}

  public static Path dir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("testdata").resolve("seeds");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("testdata/seeds not found above " + Path.of("").toAbsolutePath());
  }

  /** The corpora folder ({@code shared/corpora} beside the checkout or above it), or null when absent. */
  public static Path corpora() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path c = p.resolve("shared").resolve("corpora");
      if (Files.isDirectory(c)) {
        return c;
      }
    }
    return null;
  }

  public static Path file(String prefix) throws java.io.IOException {
    try (var files = Files.list(dir())) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow(() -> new IllegalStateException("no seed " + prefix));
    }
  }
}
