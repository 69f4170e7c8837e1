package dev.newsfacet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Just enough of the Chrome DevTools protocol to drive a headless Chromium as a user would: open a page,
 * type into the focused field, press keys, click at an element's place, and read the page back. Over the
 * JDK's own WebSocket client; for tests only.
 */
final class DevTools implements AutoCloseable {
  private final Process browser;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private DevTools(Process browser, WebSocket socket) {
    this.browser = browser;
    this.socket = socket;
  }

  /** Starts a headless Chromium with a blank page and connects to that page. */
  static DevTools start(String chromium, Path profile) throws Exception {
    Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1280,900",
        "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
    String line;
    String endpoint = null;
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (endpoint == null && System.nanoTime() < until && (line = err.readLine()) != null) {
      int at = line.indexOf("ws://");
      if (line.contains("DevTools listening on") && at >= 0) {
        endpoint = line.substring(at).strip();
      }
    }
    if (endpoint == null) {
      p.destroyForcibly();
      throw new IOException("chromium did not say where its DevTools listen");
    }
    Thread drain = new Thread(() -> err.lines().forEach(l -> { }));
    drain.setDaemon(true);
    drain.start();
    URI browserUri = URI.create(endpoint);
    HttpClient http = HttpClient.newHttpClient();
    String list = http.send(HttpRequest.newBuilder(URI.create("http://" + browserUri.getAuthority() + "/json/list")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    String pageSocket = null;
    for (JsonNode target : Json.MAPPER.readTree(list)) {
      if (target.path("type").asText().equals("page")) {
        pageSocket = target.path("webSocketDebuggerUrl").asText();
      }
    }
    if (pageSocket == null) {
      p.destroyForcibly();
      throw new IOException("chromium has no page to drive");
    }
    DevTools[] self = new DevTools[1];
    StringBuilder frame = new StringBuilder();
    WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
      @Override
      public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
        frame.append(data);
        if (last) {
          String text = frame.toString();
          frame.setLength(0);
          try {
            JsonNode msg = Json.MAPPER.readTree(text);
            CompletableFuture<JsonNode> waiting = msg.has("id") ? self[0].pending.remove(msg.path("id").asInt()) : null;
            if (waiting != null) {
              waiting.complete(msg);
            }
          } catch (IOException e) {
            // not a message of ours
          }
        }
        w.request(1);
        return null;
      }
    }).get(30, TimeUnit.SECONDS);
    self[0] = new DevTools(p, ws);
    return self[0];
  }

  /** Sends one command and waits for its answer. */
  JsonNode call(String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode msg = Json.MAPPER.createObjectNode().put("id", id).put("method", method);
    msg.set("params", Json.MAPPER.valueToTree(params));
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    socket.sendText(Json.MAPPER.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
    JsonNode reply = answer.get(30, TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IOException(method + ": " + reply.path("error"));
    }
    return reply.path("result");
  }

  /** The value of a JavaScript expression in the page (only to read it back). */
  JsonNode eval(String expression) throws Exception {
    return call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true)).path("result").path("value");
  }

  void open(String url) throws Exception {
    call("Page.navigate", Map.of("url", url));
  }

  /** Waits until a JavaScript expression's value passes the test, and returns it. */
  JsonNode await(String expression, Predicate<JsonNode> done) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    JsonNode v = eval(expression);
    while (!done.test(v) && System.nanoTime() < until) {
      Thread.sleep(100);
      v = eval(expression);
    }
    return v;
  }

  /** Types text as keystrokes into the focused element. */
  void type(String text) throws Exception {
    call("Input.insertText", Map.of("text", text));
  }

  void pressEnter() throws Exception {
    for (String type : List.of("keyDown", "keyUp")) {
      call("Input.dispatchKeyEvent", Map.of("type", type, "key", "Enter", "code", "Enter",
          "windowsVirtualKeyCode", 13, "nativeVirtualKeyCode", 13, "text", "\r"));
    }
  }

  /** Clicks with the mouse in the middle of the first element the CSS selector finds. */
  void click(String selector) throws Exception {
    String js = "(() => { const e = document.querySelector(" + Json.MAPPER.writeValueAsString(selector) + ");"
        + " if (!e) return null; e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
        + " return [r.left + r.width / 2, r.top + r.height / 2]; })()";
    JsonNode at = eval(js);
    if (!at.isArray()) {
      throw new IOException("nothing to click at " + selector);
    }
    for (String type : List.of("mousePressed", "mouseReleased")) {
      call("Input.dispatchMouseEvent", Map.of("type", type, "x", at.get(0).asDouble(), "y", at.get(1).asDouble(),
          "button", "left", "clickCount", 1));
    }
  }

  @Override
  public void close() {
    socket.abort();
    browser.destroy();
    try {
      browser.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    browser.destroyForcibly();
  }
}
