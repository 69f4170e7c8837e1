package dev.newsfacet;

import dev.newsfacet.model.Span;
import java.util.List;

/**
 * A highlighted passage of an article.
 *
 * @param text the passage
 * @param start offset of the passage in the article text
 * @param end offset after the passage
 * @param highlights the matched ranges, as offsets in the article text
 */
public record Passage(String text, int start, int end, List<Span> highlights) {
  public Passage {
    highlights = List.copyOf(highlights);
  }

  /** The passage with each highlight wrapped in {@code open} and {@code close} (e.g. ANSI bold, or "[" and "]"). */
  public String marked(String open, String close) {
    StringBuilder sb = new StringBuilder();
    int at = start;
    for (Span h : highlights) {
      sb.append(text, at - start, h.start() - start).append(open).append(text, h.start() - start, h.end() - start).append(close);
      at = h.end();
    }
    return sb.append(text, at - start, end - start).toString();
  }
}
