package dev.newsfacet;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the project's testdata/ from the module directory Maven runs tests in. */
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

  public static Path file(String prefix) throws java.io.IOException {
    try (var files = Files.list(dir())) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow(() -> new IllegalStateException("no seed " + prefix));
    }
  }
}
