package dev.newsfacet.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsfacet.model.ArticleMetadata;
import dev.newsfacet.model.IngestProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads articles from files and directory trees in every supported format, with metadata from the
 * records themselves, a sidecar ({@code NAME.meta.json} beside a file), a manifest
 * ({@code manifest.json} in a directory) and defaults (command-line flags), in that order of precedence.
 * Nothing aborts a batch: each bad file, line or record is reported to the listener and skipped.
 *
 * <p>Formats by file name: {@code .txt} plain text; {@code .json} one object or an array;
 * {@code .jsonl}, {@code .ndjson}, and either with {@code .gz}: JSON Lines. In a directory walk other
 * files are passed over; a file named explicitly with another ending is read as plain text.
 */
public final class ArticleSource {
  /** The manifest file name looked for in each directory. */
  public static final String MANIFEST = "manifest.json";
  /** The ending of sidecar files. */
  public static final String SIDECAR_SUFFIX = ".meta.json";

  private final ObjectMapper mapper = JsonReader.newMapper();
  private final ArticleMetadata defaults;
  private final PlainTextReader plain = new PlainTextReader(64L << 20);
  private final JsonReader json = new JsonReader(mapper);
  private final JsonLinesReader jsonLines = new JsonLinesReader(mapper, 64 << 20);

  private final Predicate<Path> accept;

  /** @param defaults metadata for records that bring none (from --source, --published); may be null */
  public ArticleSource(ArticleMetadata defaults) {
    this(defaults, p -> true);
  }

  /**
   * @param defaults metadata for records that bring none; may be null
   * @param accept which files of a directory walk to read, by their path relative to the directory given
   *     (files named themselves are always read)
   */
  public ArticleSource(ArticleMetadata defaults, Predicate<Path> accept) {
    this.defaults = defaults == null ? ArticleMetadata.EMPTY : defaults;
    this.accept = accept;
  }

  /** Reads every path (file or directory), in order; directories are walked recursively in name order. */
  public void read(List<Path> paths, IngestListener listener) {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        listener.problem(new IngestProblem(path, 0, "no such file or directory", true));
      } else if (Files.isDirectory(path)) {
        walk(path, path, new HashSet<>(), Map.of(), listener);
      } else {
        readFile(path, true, listener);
      }
    }
  }

  /**
   * The bytes of every file {@link #read} would read (for progress); directories are walked, links
   * followed once, and anything unreadable counts as nothing.
   */
  public static long sizeOf(List<Path> paths) {
    long total = 0;
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
          total += files.filter(p -> isArticleFile(p.getFileName().toString()) && Files.isRegularFile(p))
              .mapToLong(ArticleSource::size).sum();
        } catch (IOException | UncheckedIOException e) {
          // a loop or an unreadable directory: read() reports it; progress just knows less
        }
      } else {
        total += size(path);
      }
    }
    return total;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** True for file names this source reads in a directory walk. */
  public static boolean isArticleFile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals(MANIFEST) || n.endsWith(SIDECAR_SUFFIX) || n.startsWith(".")) {
      return false;
    }
    return n.endsWith(".txt") || n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson")
        || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson.gz") || n.endsWith(".json.gz");
  }

  private void walk(Path root, Path dir, Set<Path> visited, Map<Path, ArticleMetadata> inherited, IngestListener listener) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      listener.problem(new IngestProblem(dir, 0, "cannot resolve directory: " + describe(e), true));
      return;
    }
    if (!visited.add(real)) {
      // a link back to a folder this walk is inside is a loop; a second way into a folder already read
      // is no error: its files were read once, under the other path
      boolean loop = real.equals(realOrNull(root)) || ancestorsOf(dir, root).contains(real);
      listener.problem(new IngestProblem(dir, 0, loop ? "directory already visited (a symbolic link loop)"
          : "directory already read through another path (" + real + "); not read twice", loop));
      return;
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        children.add(p);
      }
    } catch (IOException e) {
      listener.problem(new IngestProblem(dir, 0, "cannot list directory: " + describe(e), true));
      return;
    }
    children.sort(null);
    Map<Path, ArticleMetadata> manifest = new HashMap<>(inherited);
    manifest.putAll(readManifest(dir, listener)); // a folder's own manifest speaks last of its files
    for (Path child : children) {
      if (Files.isSymbolicLink(child) && outsideTree(root, child)) {
        // a link out of the folder being read could bring in anything on the machine: named, not followed
        listener.problem(new IngestProblem(child, 0, "symbolic link to " + realOrNull(child)
            + ", outside " + root + ": not followed (give that path itself to read it)", false));
        continue;
      }
      if (Files.isDirectory(child)) {
        walk(root, child, visited, manifest, listener);
      } else if (isArticleFile(child.getFileName().toString()) && accept.test(root.relativize(child))) {
        readFile(child, manifest, listener);
      }
    }
  }

  /** Whether a link's target lies outside the real folder a walk started from (or cannot be resolved). */
  private static boolean outsideTree(Path root, Path link) {
    Path realRoot = realOrNull(root);
    Path target = realOrNull(link);
    return realRoot == null || target == null || !target.startsWith(realRoot);
  }

  private static Path realOrNull(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return null;
    }
  }

  /** The real paths of the folders from {@code root} down to {@code dir}'s parent. */
  private static Set<Path> ancestorsOf(Path dir, Path root) {
    Set<Path> out = new HashSet<>();
    for (Path p = dir.getParent(); p != null; p = p.getParent()) {
      Path real = realOrNull(p);
      if (real != null) {
        out.add(real);
      }
      if (p.equals(root)) {
        break;
      }
    }
    return out;
  }

  private void readFile(Path file, boolean explicit, IngestListener listener) {
    Path dir = file.toAbsolutePath().getParent();
    Map<Path, ArticleMetadata> manifest = dir == null ? Map.of() : readManifest(dir, listener);
    readFile(file, manifest, listener);
  }

  private void readFile(Path file, Map<Path, ArticleMetadata> manifest, IngestListener listener) {
    String name = file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      // a device (/dev/zero), a FIFO or a socket, perhaps behind a link: reading it could never end
      listener.problem(new IngestProblem(file, 0, "not a regular file (a device, pipe or socket); skipped", true));
      return;
    }
    ArticleMetadata meta = readSidecar(file, listener)
        .orElse(manifest.getOrDefault(key(file), ArticleMetadata.EMPTY))
        .orElse(defaults);
    String lower = name.toLowerCase(Locale.ROOT);
    ArticleReader reader = lower.endsWith(".json") || lower.endsWith(".json.gz") ? json
        : lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".gz") ? jsonLines
        : plain;
    try {
      if (!Files.isReadable(file)) {
        listener.problem(new IngestProblem(file, 0, "file is not readable (permission denied)", true));
        return;
      }
      reader.read(file, meta, listener);
    } catch (IOException e) {
      listener.problem(new IngestProblem(file, 0, "cannot read: " + describe(e), true));
    } catch (IngestStoppedException e) {
      throw e; // the listener stopped the reading (e.g. the index could not be written): not this file's fault
    } catch (RuntimeException e) {
      listener.problem(new IngestProblem(file, 0, "cannot read: " + e, true));
    }
  }

  private ArticleMetadata readSidecar(Path file, IngestListener listener) {
    Path sidecar = file.resolveSibling(file.getFileName() + SIDECAR_SUFFIX);
    if (!Files.isRegularFile(sidecar)) {
      return ArticleMetadata.EMPTY;
    }
    try {
      return metadata(mapper.readTree(sidecar.toFile()), sidecar, 1, listener);
    } catch (IOException e) {
      listener.problem(new IngestProblem(sidecar, 0, "unreadable sidecar ignored: " + describe(e), false));
      return ArticleMetadata.EMPTY;
    }
  }

  /** How manifests name a file: its absolute, normalised path. */
  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }

  /**
   * A manifest is a JSON array of objects, each naming its "file" by its path relative to the manifest's
   * folder ("a.txt", "sub/a.txt") and giving its metadata. Entries naming nothing inside the folder
   * ("/", "../x") are ignored with a warning.
   */
  private Map<Path, ArticleMetadata> readManifest(Path dir, IngestListener listener) {
    Path file = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    Map<Path, ArticleMetadata> out = new HashMap<>();
    try {
      JsonNode root = mapper.readTree(file.toFile());
      JsonNode entries = root.isArray() ? root : root.path("articles");
      int i = 0;
      for (JsonNode entry : entries) {
        i++;
        JsonNode name = entry.get("file");
        if (name == null || !name.isTextual()) {
          listener.problem(new IngestProblem(file, i, "manifest entry without a \"file\" name ignored", false));
          continue;
        }
        Path named;
        try {
          named = key(dir.resolve(name.asText()));
        } catch (InvalidPathException e) {
          listener.problem(new IngestProblem(file, i, "manifest entry with an impossible file name ignored", false));
          continue;
        }
        if (!named.startsWith(key(dir)) || named.equals(key(dir))) {
          listener.problem(new IngestProblem(file, i, "manifest entry naming no file inside its folder ignored", false));
          continue;
        }
        out.put(named, metadata(entry, file, i, listener));
      }
    } catch (IOException | RuntimeException e) {
      listener.problem(new IngestProblem(file, 0, "unreadable manifest ignored: "
          + (e instanceof IOException io ? describe(io) : e.toString()), false));
    }
    return out;
  }

  private static ArticleMetadata metadata(JsonNode n, Path file, long line, IngestListener listener) {
    LocalDate published = null;
    String p = str(n, "published");
    if (p != null) {
      published = RecordMapper.parseDate(p);
      if (published == null) {
        listener.problem(new IngestProblem(file, line, "unreadable published date '" + RecordMapper.abbreviate(p)
            + "'; left empty", false));
      } else if (!RecordMapper.plausible(published)) {
        listener.problem(new IngestProblem(file, line, "published date " + RecordMapper.abbreviate(p)
            + " is out of range; left empty", false));
        published = null;
      }
    }
    return new ArticleMetadata(str(n, "id"), str(n, "title"), str(n, "source"), str(n, "url"), str(n, "author"),
        published, str(n, "language"));
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
