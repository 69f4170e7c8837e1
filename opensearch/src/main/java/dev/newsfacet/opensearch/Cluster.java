package dev.newsfacet.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsfacet.NewsfacetException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * JSON over the official OpenSearch Java client (its generic client: the query DSL and bulk bodies are
 * built as JSON trees, which keeps the translation readable). Retries what a busy cluster refuses
 * (429, 502-504) with growing pauses.
 */
final class Cluster implements Closeable {
  /** A reply: its HTTP status and JSON body (null when it had none). */
  record Reply(int status, JsonNode json) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private static final int ATTEMPTS = 6;
  private static final long FIRST_PAUSE_MS = 200;

  private final OpenSearchTransport transport;
  private final OpenSearchGenericClient client;
  private final ObjectMapper json = new ObjectMapper();
  private final String where;
  /** Whether any request has reached the cluster: until one has, a refused connection fails fast. */
  private volatile boolean reached;

  Cluster(OpenSearchConfig config) {
    HttpHost[] hosts = config.nodes().stream()
        .map(u -> new HttpHost(u.getScheme(), u.getHost(), u.getPort() < 0 ? 9200 : u.getPort()))
        .toArray(HttpHost[]::new);
    this.where = config.nodes().stream().map(URI::toString).reduce((a, b) -> a + ", " + b).orElse("");
    this.transport = ApacheHttpClient5TransportBuilder.builder(hosts)
        .setMapper(new JacksonJsonpMapper())
        .setHttpClientConfigCallback(b -> {
          if (config.user() != null) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            for (HttpHost h : hosts) {
              credentials.setCredentials(new AuthScope(h), new UsernamePasswordCredentials(config.user(),
                  config.password() == null ? new char[0] : config.password().toCharArray()));
            }
            b.setDefaultCredentialsProvider(credentials);
          }
          if (config.trustAnyCertificate()) {
            b.setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                .setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(trustAll())
                    .setHostnameVerifier(NoopHostnameVerifier.INSTANCE).buildAsync())
                .build());
          }
          return b;
        })
        .build();
    this.client = new OpenSearchClient(transport).generic();
  }

  private static SSLContext trustAll() {
    try {
      return SSLContextBuilder.create().loadTrustMaterial(null, (chain, type) -> true).build();
    } catch (GeneralSecurityException e) {
      throw new NewsfacetException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  ObjectMapper json() {
    return json;
  }

  /** Sends a request with a JSON body (or none), retrying what a busy cluster refuses. */
  Reply send(String method, String endpoint, Map<String, String> params, JsonNode body) throws IOException {
    byte[] bytes = body == null ? null : json.writeValueAsBytes(body);
    return send(method, endpoint, params, bytes, "application/json");
  }

  /** As {@link #send(String, String, Map, JsonNode)}, with a body already encoded (bulk: JSON Lines). */
  Reply send(String method, String endpoint, Map<String, String> params, byte[] body, String contentType)
      throws IOException {
    long pause = FIRST_PAUSE_MS;
    // a cluster that answered before and now refuses is restarting or busy: worth the full retries; one
    // that never answered is most likely a wrong URL, which the user should hear about at once
    int connectAttempts = reached ? ATTEMPTS : 2;
    for (int attempt = 1; ; attempt++) {
      Requests.JsonBodyBuilder request = Requests.builder().method(method).endpoint(endpoint).query(params);
      if (body != null) {
        request.body(Body.from(body, contentType));
      }
      Reply reply;
      try (Response r = client.execute(request.build())) {
        JsonNode parsed = null;
        if (r.getBody().isPresent()) {
          byte[] raw = r.getBody().get().bodyAsBytes();
          parsed = raw.length == 0 ? null : json.readTree(raw);
        }
        reply = new Reply(r.getStatus(), parsed);
      } catch (ConnectException | org.apache.hc.core5.http.ConnectionClosedException e) {
        if (attempt >= connectAttempts) {
          throw new IOException("cannot reach OpenSearch at " + where + ": " + e.getMessage(), e);
        }
        reply = null;
      } catch (org.opensearch.client.transport.httpclient5.ResponseException e) {
        // the transport throws for some statuses instead of answering (503 while a new index's shards
        // start): such a reply is a status like any other here, retried when the cluster is busy
        // the status is only reachable through the message here ("status line [HTTP/1.1 503 …]")
        Matcher m = Pattern.compile("status line \\[HTTP/[0-9.]+ ([0-9]{3})")
            .matcher(String.valueOf(e.getMessage()));
        int status = m.find() ? Integer.parseInt(m.group(1)) : 0;
        if (status != 429 && status != 502 && status != 503 && status != 504) {
          throw e;
        }
        reply = new Reply(status, null);
      } catch (IOException e) {
        if (e.getCause() instanceof ConnectException && attempt < connectAttempts) {
          reply = null;
        } else if (e.getCause() instanceof ConnectException) {
          throw new IOException("cannot reach OpenSearch at " + where + ": " + e.getCause().getMessage(), e);
        } else {
          throw e;
        }
      }
      reached |= reply != null;
      boolean busy = reply == null || reply.status() == 429 || reply.status() == 502 || reply.status() == 503
          || reply.status() == 504;
      if (!busy || attempt >= ATTEMPTS) {
        return reply;
      }
      sleep(pause);
      pause *= 2;
    }
  }

  /** As {@link #send(String, String, Map, JsonNode)}, failing on any status but 2xx. */
  JsonNode call(String method, String endpoint, Map<String, String> params, JsonNode body) throws IOException {
    Reply r = send(method, endpoint, params, body);
    if (!r.ok()) {
      throw failure(method + " " + endpoint, r);
    }
    return r.json();
  }

  static IOException failure(String what, Reply r) {
    String reason = r.json() == null ? "" : r.json().path("error").path("reason").asText(r.json().toString());
    if (reason.length() > 500) {
      reason = reason.substring(0, 500) + "…";
    }
    return new IOException("OpenSearch refused " + what + " (HTTP " + r.status() + "): " + reason);
  }

  static void sleep(long ms) throws InterruptedIOException {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for OpenSearch");
    }
  }

  String where() {
    return where;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
