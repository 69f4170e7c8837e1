package dev.newsfacet.extract.statement;

import dev.newsfacet.extract.WordFiles;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the word lists beside this package's classes: one entry per line, {@code #} starts a comment line. */
final class WordLists {
  private WordLists() {}

  /** The lower-cased entries of a resource next to this class. */
  static Set<String> read(String resource) {
    return WordFiles.lines(WordLists.class, resource).stream().map(l -> l.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

}
