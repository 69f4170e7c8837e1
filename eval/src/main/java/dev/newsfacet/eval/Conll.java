package dev.newsfacet.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CoNLL-2003 NER files (one {@code token POS chunk IOB1-tag} per line, blank lines between sentences,
 * {@code -DOCSTART-} between documents). Each document's running text is rebuilt from its tokens,
 * one space between tokens and a line break between sentences, with every token's offsets kept.
 */
public final class Conll {
  /** A gold entity over tokens [from, to) of its document. */
  public record Entity(int from, int to, String type) {}

  /** A document: its rebuilt text, token offsets and gold entities. */
  public record Document(String text, int[] starts, int[] ends, List<Entity> entities) {
    public int tokens() {
      return starts.length;
    }
  }

  private Conll() {}

  public static List<Document> read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /** The documents with their syntactic chunks (NP, VP, PP, …; the third column) as the "entities". */
  public static List<Document> readChunks(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), CHUNK_COLUMN);
  }

  /** Which column {@link #parse(List, int)} reads spans from: the chunk tags. */
  public static final int CHUNK_COLUMN = 2;
  /** … or the named-entity tags (the last column). */
  public static final int ENTITY_COLUMN = -1;

  public static List<Document> parse(List<String> lines) {
    return parse(lines, ENTITY_COLUMN);
  }

  /** Documents with the spans of one column's IOB tags. */
  public static List<Document> parse(List<String> lines, int column) {
    List<Document> docs = new ArrayList<>();
    Builder b = new Builder();
    for (String line : lines) {
      if (line.startsWith("-DOCSTART-")) {
        b.finish(docs);
        b = new Builder();
        continue;
      }
      if (line.isBlank()) {
        b.sentenceBreak();
        continue;
      }
      String[] cols = line.split(" ");
      b.token(cols[0], cols[column < 0 || column >= cols.length ? cols.length - 1 : column]);
    }
    b.finish(docs);
    return docs;
  }

  private static final class Builder {
    final StringBuilder text = new StringBuilder();
    final List<int[]> offsets = new ArrayList<>();
    final List<Entity> entities = new ArrayList<>();
    boolean newSentence = true;
    int openFrom = -1;
    String openType;

    void token(String word, String tag) {
      if (text.length() > 0) {
        text.append(newSentence ? '\n' : ' ');
      }
      newSentence = false;
      int start = text.length();
      text.append(word);
      int index = offsets.size();
      offsets.add(new int[] {start, text.length()});
      String type = tag.length() > 2 ? tag.substring(2) : null;
      boolean begins = tag.startsWith("B-") || (tag.startsWith("I-") && !type.equals(openType));
      if (openType != null && (type == null || begins)) {
        close(index);
      }
      if (type != null && openType == null) {
        openFrom = index;
        openType = type;
      }
    }

    void close(int index) {
      entities.add(new Entity(openFrom, index, openType));
      openType = null;
    }

    void sentenceBreak() {
      if (openType != null) {
        close(offsets.size());
      }
      newSentence = true;
    }

    void finish(List<Document> docs) {
      sentenceBreak();
      if (offsets.isEmpty()) {
        return;
      }
      int[] s = new int[offsets.size()];
      int[] e = new int[offsets.size()];
      for (int i = 0; i < s.length; i++) {
        s[i] = offsets.get(i)[0];
        e[i] = offsets.get(i)[1];
      }
      docs.add(new Document(text.toString(), s, e, List.copyOf(entities)));
    }
  }
}
