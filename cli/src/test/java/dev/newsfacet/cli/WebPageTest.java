package dev.newsfacet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.fixtures.Seeds;
import dev.newsfacet.model.Article;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page in a real browser: headless Chromium loads each state of the page (the state is in its
 * address), runs its script against a live server and dumps the resulting document, which is checked here.
 * Without Chromium the test is skipped, unless NEWSFACET_BROWSER=required (bin/test installs Chromium when it
 * can, and CI requires it). A screenshot of the search page is left in target/web-page.png.
 */
class WebPageTest {
  @TempDir
  static Path tmp;
  static NewsIndex index;
  static HttpServer server;
  static String chromium;

  @BeforeAll
  static void start() throws Exception {
    chromium = findChromium();
    boolean required = "required".equals(System.getenv("NEWSFACET_BROWSER"));
    if (chromium == null && required) {
      throw new AssertionError("NEWSFACET_BROWSER=required but no chromium was found (bin/test installs it as root)");
    }
    assumeTrue(chromium != null, "no chromium on PATH (NEWSFACET_CHROMIUM names one): the browser tests are skipped");
    index = NewsIndex.open(tmp.resolve("index"));
    index.ingest(List.of(Seeds.dir()), null, p -> { });
    index.add(Article.builder().id("hostile").title("<script>document.title='PWNED'</script> Orban")
        .body("<img src=x onerror=\"document.title='PWNED'\"> Orban said the page must show this as text.").build());
    index.commit();
    server = new ServeCommand.Server(index, null).start(new InetSocketAddress("127.0.0.1", 0));
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.stop(0);
    }
    if (index != null) {
      index.close();
    }
  }

  static String findChromium() {
    String given = System.getenv("NEWSFACET_CHROMIUM");
    if (given != null && Files.isExecutable(Path.of(given))) {
      return given;
    }
    for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
        Path p = Path.of(dir, name);
        if (!dir.isEmpty() && Files.isExecutable(p)) {
          return p.toString();
        }
      }
    }
    return null;
  }

  /** The page at {@code query} (a path and query string) after its script ran: the document Chromium ends with. */
  static String dom(String query) throws Exception {
    return chromium(query, "--dump-dom");
  }

  static String chromium(String query, String... extra) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + tmp.resolve("profile"),
        "--virtual-time-budget=10000", "--run-all-compositor-stages-before-draw"));
    cmd.addAll(List.of(extra));
    cmd.add("http://127.0.0.1:" + server.getAddress().getPort() + query);
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
    return new String(out, StandardCharsets.UTF_8);
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void aSearchShowsHitsFacetsAndTheirCounts() throws Exception {
    String page = dom("/?q=" + q("statements by Orban"));
    assertTrue(page.contains("4 statements"), page);
    assertTrue(page.contains("Viktor Orban — "), page);
    assertTrue(page.contains("<h3>speaker</h3>"), page);
    assertTrue(page.contains("aria-pressed=\"false\""), "facet values are buttons to press");
  }

  @Test
  void aChosenFacetValueIsAChipAndNarrowsTheResultToItsCount() throws Exception {
    JsonNode api = Json.MAPPER.readTree(ServeTest.get(server, "/api/search?q=" + q("statements by Orban"), null).body());
    JsonNode source = null;
    for (JsonNode f : api.path("facets")) {
      if (f.path("dimension").asText().equals("source")) {
        source = f.path("values").get(0);
      }
    }
    assertTrue(source != null, api.toString());
    String page = dom("/?q=" + q("statements by Orban") + "&f=" + q("source:" + source.path("value").asText()));
    assertTrue(page.contains("class=\"chip\""), page);
    assertTrue(page.contains("aria-pressed=\"true\""), "the chosen value shows as pressed");
    JsonNode narrowed = Json.MAPPER.readTree(ServeTest.get(server, "/api/search?q="
        + q("statements by Orban source:=\"" + source.path("value").asText() + "\""), null).body());
    assertEquals(source.path("count").asLong(), narrowed.path("matches").asLong());
    assertTrue(page.contains(narrowed.path("total").asLong() + " statements"), page);
  }

  @Test
  void anArticleOpensWithItsTextAndStatements() throws Exception {
    JsonNode api = Json.MAPPER.readTree(ServeTest.get(server, "/api/search?q=" + q("statements by Orban"), null).body());
    String id = api.path("hits").get(0).path("occurrences").get(0).path("articleId").asText();
    String page = dom("/?q=" + q("statements by Orban") + "&a=" + q(id));
    assertTrue(page.contains("back to the results"), page);
    assertTrue(page.matches("(?s).*Statements \\(\\d+\\).*"), page);
    assertTrue(page.contains("class=\"ent ent-PERSON") && page.contains("said"), "entities and statements marked in the text");
    String words = dom("/?q=" + q("statements about Hungary"));
    assertTrue(words.contains("<mark>Hungary</mark>") || words.contains("<mark>hungary</mark>"), words);
  }

  @Test
  void markupInAnArticleIsShownAsTextAndNeverRuns() throws Exception {
    String page = dom("/?q=" + q("statements by Orban") + "&a=hostile");
    assertTrue(page.contains("&lt;img src=x"), "the markup shows as text");
    assertFalse(page.contains("<img src=\"x\"") || page.contains("<img src=x"), "no element was made from article text");
    assertFalse(page.contains("<title>PWNED"), "no script from an article ran");
    String results = dom("/?q=" + q("Orban page"));
    assertTrue(results.contains("&lt;script&gt;"), results);
    assertFalse(results.contains("<title>PWNED"), results);
  }

  @Test
  void resultsOverSeveralMonthsGetAHistogramOfBars() throws Exception {
    for (int m = 1; m <= 3; m++) {
      index.add(Article.builder().id("month-" + m).title("Harbour news " + m).body("Jane Morrow said the harbour was busy.")
          .published(java.time.LocalDate.of(2024, m, 10)).build());
    }
    index.commit();
    String page = dom("/?q=" + q("statements by Jane Morrow"));
    assertEquals(3, page.split("class=\"bar\"", -1).length - 1, page);
    assertTrue(page.contains("aria-label=\"2024-02: 1\""), page);
  }

  @Test
  void pagingMovesThroughTheResults() throws Exception {
    String first = dom("/?q=" + q("type:statement"));
    assertTrue(first.contains("next →"), first);
    String second = dom("/?q=" + q("type:statement") + "&o=10");
    assertTrue(second.contains("← previous") && second.contains("11–20 of"), second);
    Path shot = Path.of("target", "web-page.png").toAbsolutePath();
    chromium("/?q=" + q("statements by Orban"), "--window-size=1280,900", "--screenshot=" + shot);
    assertTrue(Files.size(shot) > 10_000, "a screenshot of the page");
  }

  /** As a user would: type a query, press Enter, click a facet value, click a hit to open its article. */
  @Test
  void aUserTypesClicksAFacetValueAndOpensAnArticle() throws Exception {
    try (DevTools page = DevTools.start(chromium, tmp.resolve("profile-devtools"))) {
      page.open("http://127.0.0.1:" + server.getAddress().getPort() + "/");
      page.await("document.readyState", v -> v.asText().equals("complete"));
      page.click("#q");
      page.type("statements by Orban");
      page.pressEnter();
      JsonNode total = page.await("document.getElementById('total').textContent", v -> v.asText().contains("statements"));
      assertTrue(total.asText().startsWith("4 statements"), total.asText());
      assertEquals(4, page.eval("document.querySelectorAll('.hit').length").asInt());
      assertTrue(page.eval("location.search").asText().contains("q=statements"), "the query is in the address");
      // the first source value: a click narrows the hits and shows a chip
      JsonNode source = page.eval("(() => { const h = [...document.querySelectorAll('aside h3')].find(x => x.textContent === 'source');"
          + " return h ? h.nextElementSibling.querySelector('span').textContent : null; })()");
      assertTrue(source.isTextual(), "a source facet value to click");
      page.click("aside h3:nth-of-type(" + (1 + page.eval("[...document.querySelectorAll('aside h3')]"
          + ".findIndex(x => x.textContent === 'source')").asInt()) + ") + button");
      JsonNode chip = page.await("document.querySelector('.chip') ? document.querySelector('.chip').textContent : ''",
          v -> !v.asText().isEmpty());
      assertTrue(chip.asText().contains(source.asText()), chip.asText());
      JsonNode narrowed = page.await("document.getElementById('total').textContent", v -> !v.asText().startsWith("4 "));
      assertFalse(narrowed.asText().startsWith("4 "), narrowed.asText());
      // open the first hit's article: its text with what was said shaded
      page.await("document.querySelectorAll('.hit .link').length", v -> v.asInt() > 0);
      page.click(".hit .link");
      JsonNode said = page.await("document.querySelectorAll('#article .said').length", v -> v.asInt() > 0);
      assertTrue(said.asInt() > 0, "the article's statements are marked");
      // the browser's back button returns to the results
      page.call("Runtime.evaluate", java.util.Map.of("expression", "history.back()"));
      JsonNode back = page.await("document.getElementById('article').hidden", JsonNode::asBoolean);
      assertTrue(back.asBoolean(), "back to the results");
    }
  }
}
