package dev.newsfacet.search;

import dev.newsfacet.Passage;
import dev.newsfacet.model.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlighted passages, found by analysing the few texts a search shows (no offsets in the index), the
 * same way on every backend: the best sentences of an article, or a statement whole.
 */
public final class Highlights {
  /** Passages shown per article. */
  public static final int PASSAGES_PER_ARTICLE = 3;

  private final UnifiedHighlighter sentences;
  private final UnifiedHighlighter whole;

  public Highlights(Analyzer analyzer) {
    this.sentences = UnifiedHighlighter.builderWithoutSearcher(analyzer)
        .withFormatter(new OffsetFormatter())
        .withMaxLength(1_000_000)
        .withHighlightPhrasesStrictly(true)
        .withMaxNoHighlightPassages(0)
        .build();
    this.whole = UnifiedHighlighter.builderWithoutSearcher(analyzer)
        .withBreakIterator(WholeBreakIterator::new)
        .withFormatter(new OffsetFormatter())
        .withMaxLength(1_000_000)
        .withHighlightPhrasesStrictly(true)
        .build();
  }

  /** The best passages of an article's text for {@code query} (on {@code field}); none when nothing matches. */
  @SuppressWarnings("unchecked")
  public List<Passage> article(String field, Query query, String body) throws IOException {
    if (body == null || body.isEmpty()) {
      return List.of();
    }
    if (query == null) {
      return lead(body); // a pure filter ("source:ndtv") has no words to show: the article's opening instead
    }
    Object found = sentences.highlightWithoutSearcher(field, query, body, PASSAGES_PER_ARTICLE);
    return found instanceof List<?> list ? (List<Passage>) list : List.of();
  }

  /** Characters of an article's opening shown for a hit with nothing to highlight. */
  static final int LEAD_CHARS = 240;

  /** The first paragraph after the headline (or the headline alone), cut at a word near {@value #LEAD_CHARS}. */
  static List<Passage> lead(String text) {
    int lineEnd = text.indexOf('\n');
    int start = 0;
    if (lineEnd >= 0) {
      int next = lineEnd;
      while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next < text.length()) {
        start = next;
      }
    }
    int end = text.indexOf('\n', start);
    end = end < 0 ? text.length() : end;
    if (end - start > LEAD_CHARS) {
      int cut = text.lastIndexOf(' ', start + LEAD_CHARS);
      end = cut > start ? cut : start + LEAD_CHARS;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end > start ? List.of(new Passage(text.substring(start, end), start, end, List.of())) : List.of();
  }

  /** A statement's text as one passage, with {@code query}'s words highlighted, in article offsets. */
  @SuppressWarnings("unchecked")
  public Passage statement(String field, Query query, String text, int start) throws IOException {
    if (query != null && !text.isEmpty()) {
      Object found = whole.highlightWithoutSearcher(field, query, text, 1);
      if (found instanceof List<?> list && !list.isEmpty()) {
        Passage p = ((List<Passage>) list).get(0);
        List<Span> hs = p.highlights().stream().map(h -> new Span(h.start() + start, h.end() + start)).toList();
        return new Passage(text, start, start + text.length(), hs);
      }
    }
    return new Passage(text, start, start + text.length(), List.of());
  }

  /** Passages with offsets instead of marked-up strings; overlapping matches merged. */
  private static final class OffsetFormatter extends PassageFormatter {
    @Override
    public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
      List<Passage> out = new ArrayList<>();
      for (org.apache.lucene.search.uhighlight.Passage p : passages) {
        if (p == null || p.getNumMatches() == 0) {
          continue;
        }
        List<Span> highlights = new ArrayList<>();
        int lastEnd = -1;
        for (int i = 0; i < p.getNumMatches(); i++) {
          int s = p.getMatchStarts()[i];
          int e = Math.min(p.getMatchEnds()[i], p.getEndOffset());
          if (s >= lastEnd && e > s) {
            highlights.add(new Span(s, e));
            lastEnd = e;
          } else if (!highlights.isEmpty() && e > lastEnd) {
            Span prev = highlights.remove(highlights.size() - 1);
            highlights.add(new Span(prev.start(), e));
            lastEnd = e;
          }
        }
        String text = content.substring(p.getStartOffset(), p.getEndOffset()).stripTrailing();
        int end = p.getStartOffset() + text.length();
        highlights.removeIf(h -> h.end() > end);
        out.add(new Passage(text, p.getStartOffset(), end, highlights));
      }
      return out;
    }
  }
}
