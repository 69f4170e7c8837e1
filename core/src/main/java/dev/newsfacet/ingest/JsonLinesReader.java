package dev.newsfacet.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsfacet.model.ArticleMetadata;
import dev.newsfacet.model.IngestProblem;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** JSON Lines ({@code .jsonl}, {@code .ndjson}, optionally gzip-compressed): one article object a line. */
final class JsonLinesReader implements ArticleReader {
  private final ObjectMapper mapper;
  private final int maxLineBytes;

  JsonLinesReader(ObjectMapper mapper, int maxLineBytes) {
    this.mapper = mapper;
    this.maxLineBytes = maxLineBytes;
  }

  @Override
  public void read(Path file, ArticleMetadata metadata, IngestListener listener) throws IOException {
    boolean gz = file.getFileName().toString().endsWith(".gz");
    long lineNo = 0;
    try (InputStream raw = new CountingInputStream(Files.newInputStream(file), listener);
         InputStream in = new BufferedInputStream(gz ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16)) {
      byte[] buf = new byte[8192];
      while (true) {
        int len = 0;
        boolean tooLong = false;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
          if (len < maxLineBytes) {
            if (len == buf.length) {
              buf = Arrays.copyOf(buf, Math.min(maxLineBytes, buf.length * 2));
            }
            buf[len++] = (byte) b;
          } else {
            tooLong = true;
          }
        }
        if (b == -1 && len == 0 && !tooLong) {
          break;
        }
        lineNo++;
        if (tooLong) {
          listener.problem(new IngestProblem(file, lineNo, "line longer than " + maxLineBytes + " bytes", true));
        } else {
          line(file, lineNo, buf, len, metadata, listener);
        }
        if (b == -1) {
          break;
        }
      }
    } catch (EOFException | ZipException e) {
      listener.problem(new IngestProblem(file, lineNo + 1, "truncated or corrupt gzip data ("
          + e.getMessage() + "); the rest of the file is skipped", true));
    }
  }

  private void line(Path file, long lineNo, byte[] buf, int len, ArticleMetadata metadata, IngestListener listener) {
    Texts.Decoded decoded = Texts.decode(buf, 0, len);
    String text = decoded.text();
    if (text.isBlank()) {
      return;
    }
    if (decoded.fallback()) {
      listener.problem(new IngestProblem(file, lineNo, "not valid UTF-8; decoded as Windows-1252", false));
    }
    JsonNode node;
    try (JsonParser parser = mapper.getFactory().createParser(text)) {
      node = mapper.readTree(parser);
      if (node != null && parser.nextToken() != null) {
        // '{"id":"t1",…}{"id":"t2",…}' on one line: which record was meant is unknown, so neither is taken
        listener.problem(new IngestProblem(file, lineNo, "content after the JSON value on this line (one record per line)", true));
        return;
      }
    } catch (IOException e) {
      listener.problem(new IngestProblem(file, lineNo, "malformed JSON: "
          + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), true));
      return;
    }
    if (node == null) {
      return;
    }
    JsonReader.emit(file, lineNo, node, metadata, listener);
  }
}
