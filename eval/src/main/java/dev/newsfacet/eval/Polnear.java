package dev.newsfacet.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * PolNeAR (Newell et al., LREC 2018) as distributed: {@code data/<split>/text/<name>.txt} and
 * {@code data/<split>/attributions/<name>_<annotator>.ann} in brat standoff. One annotator's file is
 * used per article (the first by name), and {@code data/metadata.tsv} gives each publication date.
 */
public final class Polnear {
  /** A span in the text, possibly in several fragments: {start0, end0, start1, end1, ...}. */
  public record Fragments(int[] offsets) {
    public TokenSet tokens(String text) {
      return TokenSet.of(text, offsets);
    }

    public int start() {
      return offsets[0];
    }

    public int end() {
      return offsets[offsets.length - 1];
    }
  }

  /** One gold attribution; source and cue may be absent. */
  public record Attribution(Fragments content, Fragments source, Fragments cue) {}

  /** One article with its gold attributions. */
  public record Document(String name, String text, LocalDate published, List<Attribution> attributions) {}

  private Polnear() {}

  /** Reads a split ("train" or "dev") under a PolNeAR root (the folder holding {@code data/}). */
  public static List<Document> read(Path root, String split) throws IOException {
    Path data = root.resolve("data");
    Path texts = data.resolve(split).resolve("text");
    Path anns = data.resolve(split).resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
      throw new IOException("no PolNeAR split '" + split + "' under " + root
          + " (expected data/" + split + "/text and data/" + split + "/attributions)");
    }
    Map<String, LocalDate> dates = readDates(data.resolve("metadata.tsv"));
    Map<String, Path> annotation = new HashMap<>();
    try (Stream<Path> files = Files.list(anns)) {
      for (Path p : files.sorted().toList()) {
        String n = p.getFileName().toString();
        if (n.endsWith(".ann")) {
          annotation.putIfAbsent(n.substring(0, n.lastIndexOf('_')), p);
        }
      }
    }
    List<Document> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(texts)) {
      for (Path p : files.sorted().toList()) {
        String n = p.getFileName().toString();
        if (!n.endsWith(".txt")) {
          continue;
        }
        String name = n.substring(0, n.length() - 4);
        Path ann = annotation.get(name);
        if (ann == null) {
          continue;
        }
        String text = Files.readString(p, StandardCharsets.UTF_8);
        docs.add(new Document(name, text, dates.get(name), parseBrat(Files.readString(ann, StandardCharsets.UTF_8))));
      }
    }
    return docs;
  }

  static Map<String, LocalDate> readDates(Path metadata) throws IOException {
    Map<String, LocalDate> out = new HashMap<>();
    if (!Files.isRegularFile(metadata)) {
      return out;
    }
    List<String> lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return out;
    }
    List<String> header = List.of(lines.get(0).split("\t"));
    int file = header.indexOf("filename");
    int date = header.indexOf("publication_date");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (file >= 0 && date >= 0 && f.length > Math.max(file, date)) {
        try {
          out.put(f[file], LocalDate.parse(f[date]));
        } catch (DateTimeParseException ignored) {
          // no usable date for this article
        }
      }
    }
    return out;
  }

  /** Parses brat standoff: T lines (Source, Cue, Content) and E lines tying one attribution together. */
  public static List<Attribution> parseBrat(String ann) {
    Map<String, Fragments> spans = new LinkedHashMap<>();
    List<Attribution> out = new ArrayList<>();
    List<String[]> events = new ArrayList<>();
    for (String line : ann.split("\n")) {
      if (line.startsWith("T")) {
        String[] cols = line.split("\t");
        if (cols.length < 2) {
          continue;
        }
        String[] typeAndOffsets = cols[1].split(" ", 2);
        if (typeAndOffsets.length < 2) {
          continue;
        }
        String[] frags = typeAndOffsets[1].split(";");
        int[] offsets = new int[frags.length * 2];
        for (int i = 0; i < frags.length; i++) {
          String[] se = frags[i].trim().split(" ");
          offsets[2 * i] = Integer.parseInt(se[0]);
          offsets[2 * i + 1] = Integer.parseInt(se[1]);
        }
        spans.put(cols[0], new Fragments(offsets));
      } else if (line.startsWith("E")) {
        String[] cols = line.split("\t");
        if (cols.length >= 2) {
          events.add(cols[1].trim().split("\\s+"));
        }
      }
    }
    for (String[] roles : events) {
      Fragments content = null;
      Fragments source = null;
      Fragments cue = null;
      for (String role : roles) {
        String[] kv = role.split(":");
        if (kv.length != 2) {
          continue;
        }
        Fragments f = spans.get(kv[1]);
        switch (kv[0]) {
          case "Content" -> content = f;
          case "Source" -> source = f;
          case "Cue" -> cue = f;
          default -> { }
        }
      }
      if (content != null) {
        out.add(new Attribution(content, source, cue));
      }
    }
    return out;
  }
}
