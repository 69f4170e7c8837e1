package dev.newsfacet.cli;

import dev.newsfacet.NewsBackend;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.NewsfacetException;
import dev.newsfacet.opensearch.OpenSearchConfig;
import dev.newsfacet.opensearch.OpenSearchNewsIndex;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the index is: a directory (the embedded backend) or an OpenSearch cluster; shared by index, search and stats. */
final class IndexOptions {
  /** Which engine holds the index. */
  enum Backend { embedded, opensearch }

  @Option(names = {"-i", "--index"}, paramLabel = "DIR",
      description = "The index directory of the embedded backend (default: $NEWSFACET_INDEX, else "
          + "$XDG_DATA_HOME/newsfacet/index, else ~/.local/share/newsfacet/index).")
  Path index;

  @Option(names = "--backend", paramLabel = "NAME", defaultValue = "${env:NEWSFACET_BACKEND:-embedded}",
      description = "embedded (a Lucene index in a directory, the default) or opensearch (an OpenSearch 3.x "
          + "cluster, for archives beyond one machine; same queries, same answers). Default: $NEWSFACET_BACKEND, "
          + "else embedded.")
  Backend backend;

  @Option(names = "--url", paramLabel = "URL", split = ",",
      description = "OpenSearch node address(es), comma-separated (default: $NEWSFACET_OPENSEARCH_URL, else "
          + "http://127.0.0.1:9200). https:// for TLS.")
  List<URI> urls;

  @Option(names = "--os-index", paramLabel = "NAME", defaultValue = OpenSearchConfig.DEFAULT_INDEX,
      description = "The OpenSearch index name (default ${DEFAULT-VALUE}).")
  String osIndex;

  @Option(names = "--user", paramLabel = "USER", description = "OpenSearch basic-auth user (default: $NEWSFACET_OPENSEARCH_USER).")
  String user;

  @Option(names = "--password-file", paramLabel = "FILE",
      description = "A file holding the OpenSearch password (default: $NEWSFACET_OPENSEARCH_PASSWORD). "
          + "There is no --password: a password on the command line shows in the process list.")
  Path passwordFile;

  @Option(names = "--insecure", description = "Accept any TLS certificate (self-signed test clusters only).")
  boolean insecure;

  /** Shards and replicas of a new OpenSearch index: options of the commands that create one ({@link Creation}). */
  int shards = 2;
  int replicas = 1;

  /** Options that only matter when an index is created (index, demo); search and stats do not list them. */
  static final class Creation {
    @Option(names = "--shards", paramLabel = "N", defaultValue = "2",
        description = "Primary shards when the OpenSearch index is created (default ${DEFAULT-VALUE}).")
    int shards;

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "1",
        description = "Replicas of each shard when the OpenSearch index is created (default ${DEFAULT-VALUE}).")
    int replicas;

    /** The index options with these creation settings. */
    IndexOptions applyTo(IndexOptions options) {
      options.shards = shards;
      options.replicas = replicas;
      return options;
    }
  }

  /** True for the embedded index (a Lucene directory), false for an OpenSearch cluster. */
  boolean isEmbedded() {
    return backend != Backend.opensearch;
  }

  Path location() {
    return index != null ? index : NewsIndex.defaultLocation();
  }

  /** The index for adding articles: created when missing. */
  NewsBackend openForWriting() throws IOException {
    return backend == Backend.opensearch ? OpenSearchNewsIndex.open(openSearch()) : NewsIndex.open(location());
  }

  /** An existing index, for searching. */
  NewsBackend openForReading() throws IOException {
    return backend == Backend.opensearch ? OpenSearchNewsIndex.openExisting(openSearch()) : NewsIndex.openReadOnly(location());
  }

  private OpenSearchConfig openSearch() throws IOException {
    List<URI> nodes = urls;
    if (nodes == null || nodes.isEmpty()) {
      String env = System.getenv("NEWSFACET_OPENSEARCH_URL");
      nodes = new ArrayList<>();
      for (String u : (env == null || env.isBlank() ? "http://127.0.0.1:9200" : env).split(",")) {
        nodes.add(URI.create(u.strip()));
      }
    }
    String who = user != null ? user : System.getenv("NEWSFACET_OPENSEARCH_USER");
    String password = System.getenv("NEWSFACET_OPENSEARCH_PASSWORD");
    if (passwordFile != null) {
      try {
        password = Files.readString(passwordFile).strip();
      } catch (IOException e) {
        throw new NewsfacetException("cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
      }
    }
    try {
      return new OpenSearchConfig(nodes, osIndex, who, password, insecure, shards, replicas);
    } catch (IllegalArgumentException e) {
      throw new NewsfacetException(e.getMessage(), e);
    }
  }
}
