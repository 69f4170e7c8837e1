package dev.newsfacet.opensearch;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Where and how to reach an OpenSearch cluster.
 *
 * @param nodes the nodes' HTTP addresses ({@code http://127.0.0.1:9200}; {@code https://} for TLS)
 * @param index the index name (articles and statements share one index)
 * @param user basic-auth user, or null
 * @param password basic-auth password, or null; never logged or shown in messages
 * @param trustAnyCertificate accept any TLS certificate (self-signed test clusters only)
 * @param shards primary shards when the index is created
 * @param replicas replicas of each shard when the index is created
 */
public record OpenSearchConfig(List<URI> nodes, String index, String user, String password,
                               boolean trustAnyCertificate, int shards, int replicas) {
  /** The index name used when none is given. */
  public static final String DEFAULT_INDEX = "newsfacet";

  public OpenSearchConfig {
    nodes = List.copyOf(nodes);
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("at least one OpenSearch node address is needed");
    }
    for (URI u : nodes) {
      if (u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
        throw new IllegalArgumentException("not an http(s) address of an OpenSearch node: " + u);
      }
    }
    if (index == null || index.isBlank() || !index.equals(index.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("an OpenSearch index name is lower case and not blank: " + index);
    }
    if (shards < 1 || replicas < 0) {
      throw new IllegalArgumentException("shards must be at least 1 and replicas at least 0");
    }
  }

  /** A cluster at one address, default index, no credentials, 2 shards with 1 replica each. */
  public static OpenSearchConfig of(String url) {
    return new OpenSearchConfig(List.of(URI.create(url)), DEFAULT_INDEX, null, null, false, 2, 1);
  }

  /** The same cluster, another index. */
  public OpenSearchConfig withIndex(String name) {
    return new OpenSearchConfig(nodes, name, user, password, trustAnyCertificate, shards, replicas);
  }

  /** The same cluster with basic-auth credentials. */
  public OpenSearchConfig withCredentials(String newUser, String newPassword) {
    return new OpenSearchConfig(nodes, index, newUser, newPassword, trustAnyCertificate, shards, replicas);
  }

  @Override
  public String toString() {
    // never the password
    return "OpenSearchConfig[nodes=" + nodes + ", index=" + index + ", user=" + user + ", shards=" + shards
        + ", replicas=" + replicas + "]";
  }
}
