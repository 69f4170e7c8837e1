package dev.newsfacet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.fixtures.Seeds;
import dev.newsfacet.opensearch.OpenSearchConfig;
import dev.newsfacet.opensearch.OpenSearchNewsIndex;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve over the OpenSearch backend answers as over the embedded index (bin/test starts a cluster). */
class ServeOpenSearchTest {
  @TempDir
  Path tmp;

  @Test
  void theApiGivesTheSameAnswersOverOpenSearch() throws Exception {
    String url = System.getenv("NEWSFACET_OPENSEARCH_URL");
    assumeTrue(url != null && !url.isBlank(), "NEWSFACET_OPENSEARCH_URL is not set (bin/test sets it): skipped");
    OpenSearchConfig config = OpenSearchConfig.of(url).withIndex("newsfacet-serve-" + ProcessHandle.current().pid());
    try (OpenSearchNewsIndex cluster = OpenSearchNewsIndex.open(config);
         NewsIndex embedded = NewsIndex.open(tmp.resolve("index"))) {
      cluster.ingest(List.of(Seeds.dir()), null, p -> { });
      cluster.commit();
      embedded.ingest(List.of(Seeds.dir()), null, p -> { });
      HttpServer overCluster = new ServeCommand.Server(cluster, null).start(new InetSocketAddress("127.0.0.1", 0));
      HttpServer overEmbedded = new ServeCommand.Server(embedded, null).start(new InetSocketAddress("127.0.0.1", 0));
      try {
        String q = "/api/search?q=" + java.net.URLEncoder.encode("statements by Orban", "UTF-8");
        JsonNode a = Json.MAPPER.readTree(ServeTest.get(overCluster, q, null).body());
        JsonNode b = Json.MAPPER.readTree(ServeTest.get(overEmbedded, q, null).body());
        assertEquals(b.path("total"), a.path("total"));
        assertEquals(b.path("matches"), a.path("matches"));
        String id = a.path("hits").get(0).path("occurrences").get(0).path("articleId").asText();
        JsonNode article = Json.MAPPER.readTree(ServeTest.get(overCluster,
            "/api/articles/" + java.net.URLEncoder.encode(id, "UTF-8"), null).body());
        JsonNode same = Json.MAPPER.readTree(ServeTest.get(overEmbedded,
            "/api/articles/" + java.net.URLEncoder.encode(id, "UTF-8"), null).body());
        assertEquals(same.path("text"), article.path("text"));
        assertEquals(same.path("quotes").size(), article.path("quotes").size());
        JsonNode health = Json.MAPPER.readTree(ServeTest.get(overCluster, "/api/health", null).body());
        assertEquals(5, health.path("articles").asInt(), health.toString());
        assertTrue(ServeTest.get(overCluster, "/api/articles/nope", null).statusCode() == 404);
      } finally {
        overCluster.stop(0);
        overEmbedded.stop(0);
        cluster.deleteIndex();
      }
    }
  }
}
