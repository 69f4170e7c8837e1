package dev.newsfacet.eval;

import dev.newsfacet.extract.Extractor;
import java.io.PrintWriter;
import java.util.List;

/** One evaluation over gold documents of type {@code D}: extract every document, then score them. */
@FunctionalInterface
public interface Scoring<D> {
  /** Extracts and scores {@code docs}; misses and false alarms listed to {@code errors} unless it is null. */
  Report run(List<D> docs, Extractor extractor, PrintWriter errors);

  /**
   * Runs on {@code docs} until at least {@code warmUpItems} documents have gone through (so that the speed
   * figure is the steady state, not the JIT's first minutes), then once more for the report.
   */
  default Report measured(List<D> docs, Extractor extractor, int warmUpDocuments, PrintWriter errors) {
    for (int seen = 0; seen < warmUpDocuments && !docs.isEmpty(); seen += docs.size()) {
      run(docs, extractor, null);
    }
    return run(docs, extractor, errors);
  }
}
