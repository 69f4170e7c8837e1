package dev.newsfacet.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsfacet.NewsQuery;
import dev.newsfacet.NewsfacetException;
import dev.newsfacet.QuerySyntaxException;
import dev.newsfacet.index.Fields;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve an index over HTTP: a JSON API (GET /api/search?q=…, /api/articles/ID, /api/stats, "
        + "/api/health) and a search page at /, over the embedded index or OpenSearch (--backend). Read-only unless "
        + "--allow-writes; on 127.0.0.1:8080 by default.",
        "Binding to anything but loopback needs --token-file: every request must then carry "
            + "'Authorization: Bearer TOKEN'. Searches see new commits of a writer in another process within a second.",
        "The API is described at /api/openapi.json. Other sites' pages may call it only with --cors ORIGIN.",
        "With --allow-writes (which needs --token-file) POST /api/articles takes JSON or JSON Lines articles, "
            + "at most 16 MB a request, through the same ingest as 'newsfacet index', and answers with its report; "
            + "the server is then the index's one writer."})
final class ServeCommand implements Callable<Integer> {
  /** Requests served at once; more wait, and past the queue get 503 with Retry-After. */
  static final int CONCURRENT = 16;
  static final int MAX_URI = 4096;

  @picocli.CommandLine.Mixin IndexOptions indexOptions;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
  String bind;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding the bearer token requests must carry.")
  Path tokenFile;

  @Option(names = "--cors", paramLabel = "ORIGIN", description = "Let pages of this origin (e.g. https://news.example.org) "
      + "call the API from a browser; by default no other origin may.")
  String cors;

  @Option(names = "--allow-writes", description = "Accept POST /api/articles (needs --token-file); the server is "
      + "then the index's writer, so no other process may index into it meanwhile.")
  boolean allowWrites;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "10", description = "A search that takes "
      + "longer gets 503 with Retry-After (default ${DEFAULT-VALUE}).")
  int timeLimit;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String token = tokenFile == null ? null : Files.readString(tokenFile).strip();
    InetAddress address = InetAddress.getByName(bind);
    if (!address.isLoopbackAddress() && (token == null || token.isEmpty())) {
      throw new NewsfacetException("refusing to serve on " + bind + " without --token-file: anyone on the network could read the index");
    }
    if (allowWrites && (token == null || token.isEmpty())) {
      throw new NewsfacetException("--allow-writes needs --token-file: without a token anyone who can reach the port could write");
    }
    dev.newsfacet.NewsBackend news = allowWrites ? indexOptions.openForWriting() : indexOptions.openForReading();
    if (timeLimit < 1) {
      throw new dev.newsfacet.QuerySyntaxException("--time-limit must be at least 1 second");
    }
    Server server = new Server(news, token, cors, Duration.ofSeconds(timeLimit), allowWrites);
    HttpServer http = server.start(new InetSocketAddress(address, port));
    out.printf("serving %s at http://%s:%d/ (Ctrl-C stops)%n", news.location(), bind, http.getAddress().getPort());
    out.flush();
    Thread.currentThread().join(); // until the process is stopped
    return Main.OK;
  }

  /** The HTTP side, separate from the command so that tests can start it on a free port. */
  static final class Server {
    private final dev.newsfacet.NewsBackend index;
    private final String token;
    private final String cors;
    private final Duration timeLimit;
    private final boolean writes;
    /** One write at a time: an ingest commits as it goes. */
    private final ReentrantLock writing = new ReentrantLock();
    private final Semaphore slots = new Semaphore(CONCURRENT);
    private final ExecutorService searches = Executors.newVirtualThreadPerTaskExecutor();

    Server(dev.newsfacet.NewsBackend index, String token) {
      this(index, token, null, Duration.ofSeconds(10));
    }

    /**
     * @param cors the one origin whose pages may read the API from a browser, or null for none
     * @param timeLimit how long a search may take before the client gets 503
     */
    Server(dev.newsfacet.NewsBackend index, String token, String cors, Duration timeLimit) {
      this(index, token, cors, timeLimit, false);
    }

    /** @param writes whether POST /api/articles is served (the index must then be open for writing) */
    Server(dev.newsfacet.NewsBackend index, String token, String cors, Duration timeLimit, boolean writes) {
      this.index = index;
      this.token = token;
      this.cors = cors;
      this.timeLimit = timeLimit;
      this.writes = writes;
    }

    HttpServer start(InetSocketAddress at) throws IOException {
      HttpServer http = HttpServer.create(at, 64);
      http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      http.createContext("/", this::handle);
      http.start();
      return http;
    }

    private void handle(HttpExchange x) throws IOException {
      try (x) {
        if (!slots.tryAcquire(2, TimeUnit.SECONDS)) {
          x.getResponseHeaders().add("Retry-After", "1");
          error(x, 503, "the server is busy; try again in a second");
          return;
        }
        try {
          route(x);
        } finally {
          slots.release();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void route(HttpExchange x) throws IOException {
      String raw = x.getRequestURI().getRawPath();
      if (x.getRequestURI().toString().length() > MAX_URI) {
        error(x, 414, "the request is longer than " + MAX_URI + " characters");
        return;
      }
      String origin = x.getRequestHeaders().getFirst("Origin");
      if (cors != null && cors.equals(origin)) {
        x.getResponseHeaders().add("Access-Control-Allow-Origin", cors);
        x.getResponseHeaders().add("Vary", "Origin");
        if (x.getRequestMethod().equals("OPTIONS")) { // a browser's preflight for a request with a token
          x.getResponseHeaders().add("Access-Control-Allow-Methods", "GET");
          x.getResponseHeaders().add("Access-Control-Allow-Headers", "Authorization");
          send(x, 204, new byte[0]);
          return;
        }
      }
      if (token != null && !("Bearer " + token).equals(x.getRequestHeaders().getFirst("Authorization"))) {
        error(x, 401, "this server needs 'Authorization: Bearer TOKEN'");
        return;
      }
      if (x.getRequestMethod().equals("POST") && raw.equals("/api/articles") && writes) {
        post(x);
        return;
      }
      if (!x.getRequestMethod().equals("GET")) {
        error(x, 405, writes ? "only GET, and POST to /api/articles, are served" : "read-only: only GET is served");
        return;
      }
      try {
        if (raw.equals("/api/search")) {
          search(x);
        } else if (raw.startsWith("/api/articles/")) {
          String id = URLDecoder.decode(raw.substring("/api/articles/".length()), StandardCharsets.UTF_8);
          var found = index.article(id);
          if (found.isEmpty()) {
            error(x, 404, "no article with id " + id);
          } else {
            json(x, 200, Json.extraction(found.get()));
          }
        } else if (raw.equals("/api/stats")) {
          json(x, 200, Json.MAPPER.valueToTree(index.stats()));
        } else if (raw.equals("/api/health")) {
          long articles = index.articleCount(); // a count, not the stats: a health probe stays cheap
          ObjectNode o = Json.MAPPER.createObjectNode().put("status", "ok").put("articles", articles)
              .put("schema", Fields.VERSION);
          json(x, 200, o);
        } else if (raw.equals("/api/openapi.json")) {
          resource(x, "web/openapi.json", "application/json; charset=utf-8");
        } else if (raw.equals("/") || raw.equals("/index.html")) {
          page(x);
        } else {
          error(x, 404, "no such path: " + raw);
        }
      } catch (QuerySyntaxException | IllegalArgumentException e) {
        error(x, 400, e.getMessage());
      } catch (NewsfacetException e) {
        error(x, 500, e.getMessage());
      }
    }

    private void search(HttpExchange x) throws IOException {
      Map<String, String> p = params(x.getRequestURI().getRawQuery());
      String q = p.get("q");
      if (q == null || q.isBlank()) {
        error(x, 400, "the q parameter is missing: /api/search?q=statements+by+Orban");
        return;
      }
      NewsQuery query = index.parse(q);
      if (p.containsKey("limit")) {
        query = query.withLimit(number(p, "limit"));
      }
      if (p.containsKey("offset")) {
        query = query.withOffset(number(p, "offset"));
      }
      if (p.containsKey("facet-values")) {
        query = query.withFacetValues(number(p, "facet-values"));
      }
      if (p.containsKey("sort")) {
        try {
          query = query.withSort(NewsQuery.Sort.valueOf(p.get("sort").toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new QuerySyntaxException("sort must be relevance, newest or oldest");
        }
      }
      if ("true".equals(p.get("exact-counts"))) {
        query = query.withExactCounts();
      }
      NewsQuery asked = query;
      Future<dev.newsfacet.SearchResult> running = searches.submit(() -> index.search(asked));
      try {
        json(x, 200, Json.result(running.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS)));
      } catch (TimeoutException e) {
        running.cancel(true);
        x.getResponseHeaders().add("Retry-After", "5");
        error(x, 503, "the search took longer than " + timeLimit.toSeconds() + " s; narrow it (a speaker, a date, a filter)");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        error(x, 503, "the server is stopping");
      } catch (ExecutionException e) {
        if (e.getCause() instanceof QuerySyntaxException bad) {
          throw bad;
        }
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        throw new NewsfacetException(String.valueOf(e.getCause().getMessage()), e.getCause());
      }
    }

    /** The most bytes one POST may carry. */
    static final int MAX_BODY = 16 << 20;

    /** Articles as JSON (one object or an array) or JSON Lines, through the ingest 'newsfacet index' uses. */
    private void post(HttpExchange x) throws IOException {
      byte[] body = x.getRequestBody().readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        error(x, 413, "the request body is larger than " + (MAX_BODY >> 20) + " MB; send the articles in several requests");
        return;
      }
      if (body.length == 0) {
        error(x, 400, "the request has no body: send JSON articles ({\"title\": ..., \"body\": ...}) or JSON Lines");
        return;
      }
      String type = String.valueOf(x.getRequestHeaders().getFirst("Content-Type"));
      boolean lines = type.contains("ndjson") || type.contains("jsonl") || type.contains("jsonlines");
      Path file = Files.createTempFile("newsfacet-post-", lines ? ".jsonl" : ".json");
      writing.lock();
      try {
        Files.write(file, body);
        dev.newsfacet.IngestReport report = index.ingest(List.of(file), null, p -> { });
        ObjectNode o = Json.MAPPER.createObjectNode().put("added", report.added()).put("updated", report.updated())
            .put("duplicates", report.duplicates()).put("skipped", report.skipped()).put("warnings", report.warnings());
        var listed = o.putArray("problems");
        for (var p : report.problems()) {
          // the temporary file's name means nothing to the client: the line and the reason do
          listed.addObject().put("line", p.line()).put("message", p.message()).put("skipped", p.skipped());
        }
        boolean nothing = report.added() + report.updated() + report.duplicates() == 0;
        json(x, nothing && report.skipped() > 0 ? 400 : 200, o);
      } finally {
        writing.unlock();
        Files.deleteIfExists(file);
      }
    }

    private static void resource(HttpExchange x, String name, String type) throws IOException {
      try (InputStream in = ServeCommand.class.getResourceAsStream(name)) {
        x.getResponseHeaders().add("Content-Type", type);
        send(x, 200, in.readAllBytes());
      }
    }

    private static int number(Map<String, String> p, String name) {
      try {
        return Integer.parseInt(p.get(name));
      } catch (NumberFormatException e) {
        throw new QuerySyntaxException(name + " must be a whole number, not '" + p.get(name) + "'");
      }
    }

    private static Map<String, String> params(String raw) {
      Map<String, String> out = new HashMap<>();
      if (raw == null) {
        return out;
      }
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        out.putIfAbsent(k, v);
      }
      return out;
    }

    private static void page(HttpExchange x) throws IOException {
      try (InputStream in = ServeCommand.class.getResourceAsStream("web/index.html")) {
        byte[] body = in.readAllBytes();
        x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        x.getResponseHeaders().add("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'");
        send(x, 200, body);
      }
    }

    private static void json(HttpExchange x, int status, Object node) throws IOException {
      x.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      send(x, status, Json.write(node).getBytes(StandardCharsets.UTF_8));
    }

    private static void error(HttpExchange x, int status, String message) throws IOException {
      json(x, status, Json.MAPPER.createObjectNode().put("error", message));
    }

    private static void send(HttpExchange x, int status, byte[] body) throws IOException {
      x.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
      x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream o = x.getResponseBody()) {
          o.write(body);
        }
      }
    }
  }
}
