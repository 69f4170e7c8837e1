package dev.newsfacet.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsfacet.model.ArticleMetadata;
import dev.newsfacet.model.IngestProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** A JSON file holding one article object or an array of them, read as a stream. */
final class JsonReader implements ArticleReader {
  private final ObjectMapper mapper;

  JsonReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void read(Path file, ArticleMetadata metadata, IngestListener listener) throws IOException {
    boolean gz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    InputStream raw = new CountingInputStream(Files.newInputStream(file), listener);
    try (InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw;
         JsonParser parser = mapper.getFactory().createParser(in)) {
      JsonToken first;
      try {
        first = parser.nextToken();
      } catch (JsonProcessingException e) {
        listener.problem(new IngestProblem(file, line(e), "malformed JSON: " + e.getOriginalMessage(), true));
        return;
      }
      if (first == null) {
        listener.problem(new IngestProblem(file, 0, "empty file", true));
        return;
      }
      if (first == JsonToken.START_ARRAY) {
        long record = 0;
        while (true) {
          JsonToken t;
          try {
            t = parser.nextToken();
            if (t == JsonToken.END_ARRAY || t == null) {
              break;
            }
            record++;
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode node = mapper.readTree(parser);
            emit(file, line, node, metadata, listener);
          } catch (JsonProcessingException e) {
            listener.problem(new IngestProblem(file, line(e), "malformed JSON after record " + record
                + ": " + e.getOriginalMessage() + "; the rest of the file is skipped", true));
            return;
          }
        }
      } else {
        try {
          JsonNode node = mapper.readTree(parser);
          if (parser.nextToken() != null) {
            listener.problem(new IngestProblem(file, parser.currentTokenLocation().getLineNr(),
                "content after the JSON value (one object or one array per .json file); file skipped", true));
            return;
          }
          emit(file, 1, node, metadata, listener);
        } catch (JsonProcessingException e) {
          listener.problem(new IngestProblem(file, line(e), "malformed JSON: " + e.getOriginalMessage(), true));
        }
      }
    }
  }

  private static long line(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
  }

  static void emit(Path file, long line, JsonNode node, ArticleMetadata metadata, IngestListener listener) {
    try {
      listener.article(RecordMapper.toArticle(node, metadata,
          w -> listener.problem(new IngestProblem(file, line, w, false))).withOrigin(file + ":" + line));
    } catch (RecordMapper.BadRecord e) {
      listener.problem(new IngestProblem(file, line, e.getMessage(), true));
    }
  }

  static ObjectMapper newMapper() {
    ObjectMapper mapper = new ObjectMapper();
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(200).maxStringLength(50_000_000).build());
    return mapper;
  }
}
