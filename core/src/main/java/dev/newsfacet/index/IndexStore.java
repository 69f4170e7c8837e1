package dev.newsfacet.index;

import dev.newsfacet.IndexFormatException;
import dev.newsfacet.IndexInUseException;
import dev.newsfacet.NewsfacetException;
import dev.newsfacet.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene side of an index: one {@link IndexWriter} (when writable), a {@link SearcherManager}
 * for near-real-time search, and the facet state, built once per reader rather than per query.
 * Internal to newsfacet: embed {@link dev.newsfacet.NewsIndex} instead.
 */
public final class IndexStore implements Closeable {
  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final LuceneSchema schema;
  private final NameRegistry names = new NameRegistry();
  /** Ids written since the searcher last saw the index: {@link #existing} consults these first. */
  private final Set<String> writtenSinceRefresh = ConcurrentHashMap.newKeySet();
  /** Bounds {@link #writtenSinceRefresh} during a long ingest that nobody searches. */
  private static final int MAX_WRITTEN_SINCE_REFRESH = 50_000;
  /** Writes not yet visible to searches; a search refreshes first, at most once a second. */
  private volatile boolean dirty;
  private volatile long lastRefresh = System.nanoTime();
  private volatile FacetState facetState;

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  /** A searcher and the facet state for its reader, with the few reads the facade needs besides searches. */
  public record Snapshot(IndexSearcher searcher, SortedSetDocValuesReaderState facets,
                         ExecutorService threads) {
    /** The stored article of this id (its text, title, source, …), or empty when the index holds none. */
    public Optional<Article> article(String id) throws IOException {
      Query q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.DOC_TYPE, Fields.TYPE_ARTICLE)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(Fields.ARTICLE_ID, id)), BooleanClause.Occur.FILTER)
          .build();
      TopDocs top = searcher.search(q, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
      IndexableField published = d.getField(Fields.PUBLISHED);
      return Optional.of(Article.builder()
          .id(d.get(Fields.ARTICLE_ID)).title(d.get(Fields.TITLE)).text(d.get(Fields.BODY))
          .source(d.get(Fields.SOURCE)).url(d.get(Fields.URL)).author(d.get(Fields.AUTHOR)).origin(d.get(Fields.ORIGIN))
          .published(published == null || published.numericValue() == null ? null
              : LocalDate.ofEpochDay(published.numericValue().longValue()))
          .build());
    }

    /** The newest published date of any article, or null when none has one. */
    public LocalDate newestPublished() throws IOException {
      long max = Long.MIN_VALUE;
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        PointValues points = leaf.reader().getPointValues(Fields.PUBLISHED);
        if (points != null && points.size() > 0) {
          max = Math.max(max, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
        }
      }
      return max == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(max);
    }

    /** How many documents of a type ({@link Fields#TYPE_ARTICLE}, {@link Fields#TYPE_STATEMENT}) the index holds. */
    public long count(String docType) throws IOException {
      return searcher.count(new TermQuery(new Term(Fields.DOC_TYPE, docType)));
    }
  }

  private IndexStore(Path path, Directory directory, IndexWriter writer, SearcherManager searchers, LuceneSchema schema) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.schema = schema;
  }

  /** The file newsfacet writes into a folder it created an index in (Lucene leaves files of this name alone). */
  public static final String MARKER = "newsfacet-index.txt";

  /**
   * Lucene's writer deletes every file of the folder that looks like one of its own ("_notes.txt"), and a
   * folder whose commit point is lost looks empty to it: so a new index is made only in an empty folder,
   * and a folder with index files but no commit point is reported, not wiped.
   */
  private static void guardFolder(Path path, Directory dir) throws IOException {
    if (DirectoryReader.indexExists(dir)) {
      return;
    }
    List<String> files = new ArrayList<>();
    for (String f : dir.listAll()) {
      if (!f.equals(IndexWriter.WRITE_LOCK_NAME) && !f.equals(MARKER)) {
        files.add(f);
      }
    }
    if (files.isEmpty()) {
      return;
    }
    boolean luceneFiles = files.stream().anyMatch(f -> f.startsWith("_") || f.startsWith("segments") || f.startsWith("pending_segments"));
    if (luceneFiles && Files.exists(path.resolve(MARKER))) {
      throw new NewsfacetException("the index at " + path + " has index files but no commit point (its segments_N "
          + "file is missing): it is damaged; restore it from a copy, or move it aside and index again");
    }
    throw new NewsfacetException(path + " is not empty and holds no newsfacet index (" + files.size() + " file"
        + (files.size() == 1 ? "" : "s") + ", e.g. " + files.get(0) + "); newsfacet only creates an index in an "
        + "empty or new folder, so that it never deletes files of yours");
  }

  /** Opens or creates a writable index; only one writer may hold it at a time. */
  public static IndexStore openWritable(Path path, LuceneSchema schema) throws IOException {
    return openWritable(path, schema, d -> d);
  }

  /**
   * As {@link #openWritable(Path, LuceneSchema)}, with the directory wrapped (tests inject I/O faults this way).
   */
  public static IndexStore openWritable(Path path, LuceneSchema schema, UnaryOperator<Directory> wrap)
      throws IOException {
    Files.createDirectories(path);
    Directory dir = wrap.apply(FSDirectory.open(path));
    try {
      guardFolder(path, dir);
      checkVersion(path, dir);
      IndexWriterConfig config = new IndexWriterConfig(schema.analyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      config.setCodec(schema.codec());
      config.setCommitOnClose(false);
      IndexWriter writer = new IndexWriter(dir, config);
      if (!DirectoryReader.indexExists(dir)) {
        writer.setLiveCommitData(Map.of(Fields.VERSION_KEY, Fields.VERSION).entrySet());
        writer.commit(); // an empty index that readers can open
        Files.writeString(path.resolve(MARKER), "This folder is a newsfacet index: newsfacet owns every file in it.\n");
      }
      IndexStore store = new IndexStore(path, dir, writer, new SearcherManager(writer, searcherFactory()), schema);
      store.loadNames();
      return store;
    } catch (LockObtainFailedException e) {
      dir.close();
      throw new IndexInUseException("the index at " + path + " is in use by another newsfacet process "
          + "(it holds " + path.resolve(IndexWriter.WRITE_LOCK_NAME) + "); wait for it to finish", e);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Opens an existing index for searching only; any number of readers may run beside one writer. */
  public static IndexStore openReadOnly(Path path, LuceneSchema schema) throws IOException {
    if (!Files.isDirectory(path)) {
      throw new NewsfacetException("no index at " + path + ": build one first with 'newsfacet index FILES...'");
    }
    Directory dir = FSDirectory.open(path);
    try {
      if (!DirectoryReader.indexExists(dir)) {
        throw new NewsfacetException("no index at " + path + ": build one first with 'newsfacet index FILES...'");
      }
      checkVersion(path, dir);
      // no name registry: it keeps display names consistent for writing, and this store never writes
      // (loading it would read every entity name of the index: most of the time to open a large one)
      return new IndexStore(path, dir, null, new SearcherManager(dir, searcherFactory()), schema);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /**
   * Searchers that spread one query's segments over every core: a single search (with its facet counts)
   * finishes sooner on a large index. The threads are daemons shared by all indexes in the process.
   */
  private static SearcherFactory searcherFactory() {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return new IndexSearcher(reader, SearchThreads.POOL);
      }
    };
  }

  /** The search threads, created on first use. */
  private static final class SearchThreads {
    static final ExecutorService POOL = Executors.newFixedThreadPool(
        Runtime.getRuntime().availableProcessors(), r -> {
          Thread t = new Thread(r, "newsfacet-search");
          t.setDaemon(true);
          return t;
        });
  }

  private static void checkVersion(Path path, Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return;
    }
    try {
      Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
      String version = data.get(Fields.VERSION_KEY);
      if (!Fields.VERSION.equals(version)) {
        throw new IndexFormatException("the index at " + path + " was written by "
            + (version == null ? "something other than newsfacet" : "newsfacet schema version " + version)
            + ", and this newsfacet reads schema version " + Fields.VERSION
            + ": delete it and index the articles again", null);
      }
    } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw new IndexFormatException("the index at " + path + " was written by an incompatible Lucene version: "
          + "delete it and index the articles again", e);
    }
  }

  private void loadNames() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      names.load(TermLookup.of(s.getIndexReader()));
    } finally {
      searchers.release(s);
    }
  }

  public Path path() {
    return path;
  }

  public LuceneSchema schema() {
    return schema;
  }

  public NameRegistry names() {
    return names;
  }

  public boolean writable() {
    return writer != null;
  }

  /** Which of these article ids are already in the index (or were written since the last refresh). */
  public Set<String> existing(Collection<String> articleIds) throws IOException {
    if (writtenSinceRefresh.size() > MAX_WRITTEN_SINCE_REFRESH) {
      refresh();
    }
    Set<String> out = new HashSet<>();
    List<BytesRef> terms = new ArrayList<>();
    for (String id : articleIds) {
      if (writtenSinceRefresh.contains(id)) {
        out.add(id);
      } else {
        terms.add(new BytesRef(id));
      }
    }
    if (terms.isEmpty()) {
      return out;
    }
    IndexSearcher s = searchers.acquire();
    try {
      Query q = new BooleanQuery.Builder()
          .add(new TermInSetQuery(Fields.ARTICLE_ID, terms), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(Fields.DOC_TYPE, Fields.TYPE_ARTICLE)), BooleanClause.Occur.FILTER)
          .build();
      StoredFields stored = s.storedFields();
      for (ScoreDoc d : s.search(q, Math.max(1, terms.size())).scoreDocs) {
        out.add(stored.document(d.doc, Set.of(Fields.ARTICLE_ID)).get(Fields.ARTICLE_ID));
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Writes (or replaces) a prepared batch of articles, each with its statements as one block; the
   * documents are built and written on every core.
   */
  public void writeAll(DocumentBatch batch, DocumentMapper mapper) throws IOException {
    requireWritable();
    dirty = true;
    try {
      IntStream.range(0, batch.size()).parallel().forEach(i -> {
        String id = batch.id(i);
        try {
          List<IndexDoc> docs = batch.documents(i, mapper);
          List<Document> built = new ArrayList<>(docs.size());
          for (IndexDoc d : docs) {
            built.add(schema.luceneDocument(d));
          }
          writer.updateDocuments(new Term(Fields.ARTICLE_ID, id), built);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        writtenSinceRefresh.add(id);
      });
    } catch (UncheckedIOException e) {
      throw firstCause(e.getCause());
    } catch (AlreadyClosedException e) {
      throw firstCause(e); // another thread's write failed first and closed the writer
    }
  }

  /** The I/O error that stopped the writer, if one did: that, not "writer closed", is what to report. */
  private IOException firstCause(Exception e) {
    Throwable tragic = writer.getTragicException();
    if (tragic instanceof IOException io) {
      return io;
    }
    if (tragic != null) {
      return new IOException(tragic.getMessage(), tragic);
    }
    return e instanceof IOException io ? io : new IOException(e.getMessage(), e);
  }

  /** Makes everything written so far durable and visible to new searchers. */
  public void commit() throws IOException {
    requireWritable();
    try {
      writer.setLiveCommitData(Map.of(Fields.VERSION_KEY, Fields.VERSION).entrySet());
      writer.commit();
    } catch (AlreadyClosedException e) {
      throw firstCause(e);
    } catch (IllegalStateException e) {
      if (writer.getTragicException() == null) {
        throw e;
      }
      // a background merge ran out of disk while this commit started: "cannot commit" hides that
      throw firstCause(e);
    }
    refresh(); // the commit flushed everything already: the reopen is cheap
  }

  /** Makes recent writes visible to searches without committing them. */
  public void refresh() throws IOException {
    // ids written from here on may not be in the new searcher: clear first, never after
    Set<String> before = Set.copyOf(writtenSinceRefresh);
    dirty = false;
    try {
      searchers.maybeRefreshBlocking();
    } catch (AlreadyClosedException e) {
      if (writer == null) {
        throw e;
      }
      throw firstCause(e); // a merge ran out of disk and closed the writer: report that, not "closed"
    }
    writtenSinceRefresh.removeAll(before);
    lastRefresh = System.nanoTime();
  }

  /**
   * A searcher and its facet state; give it back with {@link #release}. Writes since the last refresh
   * become visible first if a second has passed (a search during a long ingest sees it grow without the
   * writer reopening a searcher per batch that nobody uses).
   */
  public Snapshot acquire() throws IOException {
    if (dirty && writer != null && System.nanoTime() - lastRefresh > 1_000_000_000L) {
      refresh();
    } else if (writer == null && System.nanoTime() - lastRefresh > 1_000_000_000L) {
      // a reader beside a writer in another process (a server): at most once a second, see its commits
      lastRefresh = System.nanoTime();
      searchers.maybeRefresh();
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      return new Snapshot(searcher, facetStateFor(searcher.getIndexReader()), SearchThreads.POOL);
    } catch (IOException | RuntimeException e) {
      searchers.release(searcher);
      throw e;
    }
  }

  public void release(Snapshot snapshot) throws IOException {
    searchers.release(snapshot.searcher());
  }

  private SortedSetDocValuesReaderState facetStateFor(IndexReader reader) throws IOException {
    FacetState current = facetState;
    if (current != null && current.reader() == reader) {
      return current.state();
    }
    synchronized (this) {
      current = facetState;
      if (current != null && current.reader() == reader) {
        return current.state();
      }
      SortedSetDocValuesReaderState state;
      try {
        state = new DefaultSortedSetDocValuesReaderState(reader, schema.facetsConfig());
      } catch (IllegalArgumentException e) {
        state = null; // an index with no documents yet has no facet field
      }
      facetState = new FacetState(reader, state);
      return state;
    }
  }

  private void requireWritable() {
    if (writer == null) {
      throw new NewsfacetException("the index at " + path + " is open for reading only");
    }
  }

  /** Closes without committing: call {@link #commit()} first to keep recent writes. */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        if (writer != null) {
          writer.rollback();
        }
      } finally {
        directory.close();
      }
    }
  }
}
