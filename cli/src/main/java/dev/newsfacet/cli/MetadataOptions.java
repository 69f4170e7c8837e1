package dev.newsfacet.cli;

import dev.newsfacet.model.ArticleMetadata;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** --source and --published: metadata for articles that bring none of their own. */
final class MetadataOptions {
  @Option(names = "--source", paramLabel = "NAME",
      description = "Outlet for articles whose record, sidecar or manifest names none.")
  String source;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Published date (YYYY-MM-DD) for articles that give none; relative dates resolve against it.")
  LocalDate published;

  ArticleMetadata defaults() {
    return new ArticleMetadata(null, null, source, null, null, published, null);
  }
}
