package dev.newsfacet.search;

import dev.newsfacet.index.IndexStore;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * Facet counts for one search: exact up to a number of matching documents, above it counted on a random
 * sample of about that size and scaled up. Counting visits every value of every matching document, so
 * on a broad query over a large index it is most of the query's time. On a 1M-article index a sample of
 * 20,000 kept nearly all top values listed with a mean error of a few percent, up to 42% for single values
 * near 200 documents (BENCHMARKS.md; {@code bench --queries-on} measures it).
 *
 * <p>The sample is drawn with a fixed seed over the segments in index order, so the same index and query
 * give the same estimates.
 */
final class FacetCounting {
  private static final long SEED = 0x5EED_FACE7L;

  private final IndexStore.Snapshot snapshot;
  private final long exactUpTo;
  private volatile boolean estimated; // set while drill-sideways counts, read after the search

  /**
   * @param exactUpTo the most matching documents counted exactly ({@link Long#MAX_VALUE}: always exact)
   */
  FacetCounting(IndexStore.Snapshot snapshot, long exactUpTo) {
    this.snapshot = snapshot;
    this.exactUpTo = exactUpTo;
  }

  /** Whether any counts of this search were estimated from a sample. */
  boolean estimated() {
    return estimated;
  }

  /** The counts over the collected documents, each segment on its own thread. */
  Facets count(FacetsCollector hits) throws IOException {
    long total = 0;
    for (MatchingDocs md : hits.getMatchingDocs()) {
      total += md.totalHits();
    }
    if (total <= exactUpTo) {
      return countAll(hits);
    }
    estimated = true;
    Sample sample = sample(hits.getMatchingDocs(), exactUpTo / (double) total);
    Facets counts = countAll(sample.collector());
    return new Scaled(counts, total / (double) Math.max(1, sample.size()));
  }

  private Facets countAll(FacetsCollector hits) throws IOException {
    try {
      return new ConcurrentSortedSetDocValuesFacetCounts(snapshot.facets(), hits, snapshot.threads());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while counting facets");
    }
  }

  private record Sample(FacetsCollector collector, long size) {}

  /**
   * Each matching document kept with probability {@code rate}: the gaps between kept documents are drawn
   * (geometrically distributed), so a sample of a few million matches costs one random number per kept
   * document, not per match.
   */
  private static Sample sample(List<MatchingDocs> all, double rate) throws IOException {
    SplittableRandom random = new SplittableRandom(SEED);
    double logSkip = Math.log1p(-rate);
    List<MatchingDocs> kept = new ArrayList<>(all.size());
    long size = 0;
    long countdown = gap(random, logSkip);
    // in index order: a concurrent search hands the segments back in whatever order their threads finished
    List<MatchingDocs> inIndexOrder = new ArrayList<>(all);
    inIndexOrder.sort(Comparator.comparingInt(md -> md.context().ord));
    for (MatchingDocs md : inIndexOrder) {
      if (md.bits() == null || md.totalHits() == 0) {
        continue;
      }
      FixedBitSet bits = new FixedBitSet(md.context().reader().maxDoc());
      int n = 0;
      DocIdSetIterator it = md.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (--countdown == 0) {
          bits.set(doc);
          n++;
          countdown = gap(random, logSkip);
        }
      }
      kept.add(new MatchingDocs(md.context(), new BitDocIdSet(bits, n), n, null));
      size += n;
    }
    return new Sample(new FacetsCollector() {
      @Override
      public List<MatchingDocs> getMatchingDocs() {
        return kept;
      }
    }, size);
  }

  /** How many matches on from the last kept one the next kept one is (1 or more). */
  private static long gap(SplittableRandom random, double logSkip) {
    return 1 + (long) (Math.log(1 - random.nextDouble()) / logSkip);
  }

  /** Counts of a sample multiplied up to estimate the counts over all matches. */
  private static final class Scaled extends Facets {
    private final Facets sample;
    private final double factor;

    Scaled(Facets sample, double factor) {
      this.sample = sample;
      this.factor = factor;
    }

    private Number scale(Number n) {
      return n == null ? null : Math.round(n.doubleValue() * factor);
    }

    private FacetResult scale(FacetResult r) {
      if (r == null) {
        return null;
      }
      LabelAndValue[] values = new LabelAndValue[r.labelValues.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = new LabelAndValue(r.labelValues[i].label, scale(r.labelValues[i].value));
      }
      return new FacetResult(r.dim, r.path, scale(r.value), values, r.childCount);
    }

    @Override
    public FacetResult getAllChildren(String dim, String... path) throws IOException {
      return scale(sample.getAllChildren(dim, path));
    }

    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
      return scale(sample.getTopChildren(topN, dim, path));
    }

    @Override
    public Number getSpecificValue(String dim, String... path) throws IOException {
      return scale(sample.getSpecificValue(dim, path));
    }

    @Override
    public List<FacetResult> getAllDims(int topN) throws IOException {
      return sample.getAllDims(topN).stream().map(this::scale).toList();
    }
  }
}
