package dev.newsfacet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.fixtures.Seeds;
import dev.newsfacet.model.Article;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API of newsfacet serve: statuses, JSON shapes, bad parameters, tokens, and fresh commits. */
class ServeTest {
  @TempDir
  static Path tmp;
  static NewsIndex writer;
  static NewsIndex reader;
  static HttpServer server;
  static HttpServer guarded;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Path dir = tmp.resolve("index");
    writer = NewsIndex.open(dir);
    writer.ingest(List.of(Seeds.dir()), null, p -> { });
    writer.add(Article.builder().id("hostile").title("<script>alert(1)</script>")
        .body("<img src=x onerror=alert(1)> Orban said the page must show this as text.").build());
    writer.commit();
    reader = NewsIndex.openReadOnly(dir);
    server = new ServeCommand.Server(reader, null).start(new InetSocketAddress("127.0.0.1", 0));
    guarded = new ServeCommand.Server(reader, "s3cret").start(new InetSocketAddress("127.0.0.1", 0));
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop(0);
    guarded.stop(0);
    reader.close();
    writer.close();
  }

  static HttpResponse<String> get(HttpServer s, String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.getAddress().getPort() + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.MAPPER.readTree(r.body());
  }

  @Test
  void searchGivesTheSameRecordsAsTheCommandLine() throws Exception {
    HttpResponse<String> r = get(server, "/api/search?q=statements+by+Orban&limit=2&offset=0&sort=newest", null);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode body = json(r);
    assertEquals(4, body.path("total").asInt()); // three in the seeds, one in the hostile article
    assertEquals(2, body.path("hits").size());
    assertEquals("statement", body.path("hits").get(0).path("type").asText());
    String id = body.path("hits").get(0).path("occurrences").get(0).path("articleId").asText();
    HttpResponse<String> article = get(server, "/api/articles/" + java.net.URLEncoder.encode(id, "UTF-8"), null);
    assertEquals(200, article.statusCode(), article.body());
    assertEquals(id, json(article).path("id").asText());
    assertTrue(json(article).path("entities").size() > 0);
    assertEquals(200, get(server, "/api/stats", null).statusCode());
    JsonNode health = json(get(server, "/api/health", null));
    assertEquals("ok", health.path("status").asText());
    assertTrue(health.path("articles").asInt() >= 6, health.toString()); // five seeds and the hostile one (and a late one)
  }

  @Test
  void badRequestsGetAJsonErrorWithTheRightStatus() throws Exception {
    assertEquals(400, get(server, "/api/search", null).statusCode());
    assertEquals(400, get(server, "/api/search?q=%21%21%21", null).statusCode());
    assertEquals(400, get(server, "/api/search?q=x&limit=lots", null).statusCode());
    assertEquals(400, get(server, "/api/search?q=x&limit=100000", null).statusCode());
    assertEquals(400, get(server, "/api/search?q=x&sort=sideways", null).statusCode());
    assertEquals(404, get(server, "/api/articles/nothing-here", null).statusCode());
    assertEquals(404, get(server, "/no/such/path", null).statusCode());
    assertEquals(404, get(server, "/../etc/passwd", null).statusCode());
    assertEquals(404, get(server, "/%2e%2e/%2e%2e/etc/passwd", null).statusCode());
    assertEquals(414, get(server, "/api/search?q=" + "a".repeat(5000), null).statusCode());
    HttpResponse<String> r = get(server, "/api/search?q=%21%21%21", null);
    assertTrue(json(r).path("error").asText().contains("no words"), r.body());
    assertFalse(r.body().contains("Exception"), r.body());
  }

  @Test
  void aTokenIsRequiredWhereOneIsSet() throws Exception {
    assertEquals(401, get(guarded, "/api/health", null).statusCode());
    assertEquals(401, get(guarded, "/api/health", "wrong").statusCode());
    assertEquals(200, get(guarded, "/api/health", "s3cret").statusCode());
  }

  @Test
  void thePageIsServedAndArticleTextStaysText() throws Exception {
    HttpResponse<String> page = get(server, "/", null);
    assertEquals(200, page.statusCode());
    // the page puts text into the document only through textContent and text nodes, never as markup
    assertTrue(page.body().contains("textContent"));
    assertFalse(page.body().contains("innerHTML") || page.body().contains("insertAdjacentHTML")
        || page.body().contains("document.write"), "the page must not write markup");
    // the hostile article comes back as JSON data, never served as a page
    HttpResponse<String> r = get(server, "/api/articles/hostile", null);
    assertEquals("<script>alert(1)</script>", json(r).path("title").asText());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  @Test
  void searchesSeeNewCommitsWithoutARestart() throws Exception {
    writer.add(Article.builder().id("late").title("Late news").body("Zebulon Quayle said the late edition was ready.").build());
    writer.commit();
    Thread.sleep(1100); // the reader looks for new commits at most once a second
    assertTrue(json(get(server, "/api/search?q=Zebulon", null)).path("total").asInt() >= 1);
  }

  @Test
  void theApiIsDescribedAndOtherOriginsNeedCors() throws Exception {
    HttpResponse<String> spec = get(server, "/api/openapi.json", null);
    assertEquals(200, spec.statusCode());
    JsonNode paths = json(spec).path("paths");
    for (String path : List.of("/api/search", "/api/articles/{id}", "/api/stats", "/api/health")) {
      assertTrue(paths.has(path), path);
    }
    HttpRequest fromElsewhere = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
        + "/api/health")).header("Origin", "https://elsewhere.example").build();
    assertTrue(http.send(fromElsewhere, HttpResponse.BodyHandlers.ofString()).headers()
        .firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS unless asked for");
    HttpServer open = new ServeCommand.Server(reader, null, "https://news.example", java.time.Duration.ofSeconds(10))
        .start(new InetSocketAddress("127.0.0.1", 0));
    try {
      HttpRequest allowed = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.getAddress().getPort()
          + "/api/health")).header("Origin", "https://news.example").build();
      assertEquals("https://news.example", http.send(allowed, HttpResponse.BodyHandlers.ofString()).headers()
          .firstValue("Access-Control-Allow-Origin").orElse(""));
      HttpRequest other = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.getAddress().getPort()
          + "/api/health")).header("Origin", "https://elsewhere.example").build();
      assertTrue(http.send(other, HttpResponse.BodyHandlers.ofString()).headers()
          .firstValue("Access-Control-Allow-Origin").isEmpty(), "only the one origin");
    } finally {
      open.stop(0);
    }
  }

  @Test
  void aSearchPastTheTimeLimitIs503WithRetryAfter() throws Exception {
    // a backend whose searches take half a second against a 50 ms limit: a fast machine (or a search that
    // finishes before the server looks) cannot beat the limit by chance, as one of 1 ns could
    dev.newsfacet.NewsBackend slow = (dev.newsfacet.NewsBackend) java.lang.reflect.Proxy.newProxyInstance(
        ServeTest.class.getClassLoader(), new Class<?>[] {dev.newsfacet.NewsBackend.class}, (proxy, method, args) -> {
          if (method.getName().equals("search")) {
            Thread.sleep(500);
          }
          try {
            return method.invoke(reader, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
    HttpServer hasty = new ServeCommand.Server(slow, null, null, java.time.Duration.ofMillis(50))
        .start(new InetSocketAddress("127.0.0.1", 0));
    try {
      HttpResponse<String> r = get(hasty, "/api/search?q=statements+by+Orban", null);
      assertEquals(503, r.statusCode(), r.body());
      assertTrue(r.headers().firstValue("Retry-After").isPresent());
      assertTrue(json(r).path("error").asText().contains("took longer"), r.body());
    } finally {
      hasty.stop(0);
    }
  }

  static HttpResponse<String> post(HttpServer s, String type, byte[] body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.getAddress().getPort() + "/api/articles"))
        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void writesGoThroughTheIngestWithATokenAndOnlyWhenAllowed() throws Exception {
    assertEquals(405, post(server, "application/json", "{\"body\":\"x\"}".getBytes(), null).statusCode(),
        "a read-only server takes no writes");
    try (NewsIndex writable = NewsIndex.open(tmp.resolve("writable"))) {
      HttpServer w = new ServeCommand.Server(writable, "w-token", null, java.time.Duration.ofSeconds(10), true)
          .start(new InetSocketAddress("127.0.0.1", 0));
      try {
        String lines = "{\"id\":\"p1\",\"title\":\"Port\",\"body\":\"Jane Morrow said the port would reopen.\"}\n"
            + "{\"id\":\"p2\",\"title\":\"Dock\",\"body\":\"Workers said the dock was busy.\"}\n"
            + "{not json}\n";
        assertEquals(401, post(w, "application/x-ndjson", lines.getBytes(), null).statusCode());
        HttpResponse<String> r = post(w, "application/x-ndjson", lines.getBytes(), "w-token");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(2, json(r).path("added").asInt(), r.body());
        assertEquals(1, json(r).path("skipped").asInt(), r.body());
        assertEquals(3, json(r).path("problems").get(0).path("line").asInt(), r.body());
        assertFalse(r.body().contains("newsfacet-post-"), "no temporary file names in the answer");
        HttpResponse<String> found = get(w, "/api/search?q=" + java.net.URLEncoder.encode("statements by Jane Morrow", "UTF-8"), "w-token");
        assertEquals(1, json(found).path("total").asInt(), found.body());
        HttpResponse<String> bad = post(w, "application/json", "{\"title\": 3".getBytes(), "w-token");
        assertEquals(400, bad.statusCode(), bad.body());
        HttpResponse<String> big = post(w, "application/json", new byte[ServeCommand.Server.MAX_BODY + 1], "w-token");
        assertEquals(413, big.statusCode(), big.body());
      } finally {
        w.stop(0);
      }
    }
  }
}
