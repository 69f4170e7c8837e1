package dev.newsfacet.cli;

import dev.newsfacet.ArticleHit;
import dev.newsfacet.Facet;
import dev.newsfacet.Hit;
import dev.newsfacet.Occurrence;
import dev.newsfacet.Passage;
import dev.newsfacet.SearchResult;
import dev.newsfacet.StatementHit;
import dev.newsfacet.search.StoryGroups;
import dev.newsfacet.text.NameKeys;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Human-readable search results. Highlights are bold on a terminal and [bracketed] elsewhere. */
final class Output {
  private final PrintWriter out;
  private final String open;
  private final String close;

  Output(PrintWriter out, boolean terminal) {
    this.out = out;
    this.open = terminal ? "\u001b[1m" : "[";
    this.close = terminal ? "\u001b[0m" : "]";
  }

  static boolean isTerminal() {
    return System.console() != null && System.getenv("NO_COLOR") == null;
  }

  void result(SearchResult r, boolean showFacets) {
    boolean stories = StoryGroups.groups(r.query());
    String unit = r.query().target() == dev.newsfacet.NewsQuery.Target.STATEMENTS ? "statement" : stories ? "stor" : "result";
    // facet counts are in matches: say how many reports the grouped statements come from
    String reports = r.matches() == r.total() ? ""
        : stories ? (r.matches() > StoryGroups.MAX_ARTICLES_GROUPED
            ? " among the best " + StoryGroups.MAX_ARTICLES_GROUPED + " of " + r.matches() + " articles"
            : " of " + r.matches() + " articles")
        : ", reported " + r.matches() + " times";
    if (stories) {
      unit = r.total() == 1 ? "story" : "stories";
    }
    out.printf("%d %s%s%s%s%n", r.total(), unit, r.total() == 1 || stories ? "" : "s", reports,
        r.total() > r.hits().size() ? " (showing " + r.hits().size() + ")" : "");
    if (!r.didYouMean().isEmpty()) {
      out.printf("Did you mean: %s?%n", r.didYouMean().stream().map(Output::safe).collect(Collectors.joining(", ")));
    }
    int n = 1;
    for (Hit h : r.hits()) {
      if (h instanceof StatementHit s) {
        statement(n++, s);
      } else if (h instanceof ArticleHit a) {
        article(n++, a);
      }
    }
    if (showFacets && !r.facets().isEmpty()) {
      out.println();
      String counting = switch (r.query().target()) {
        case STATEMENTS -> "statements";
        case ARTICLES -> "articles";
        default -> "articles and statements";
      };
      out.println(r.facetCountsEstimated()
          ? "Facets, counting " + counting + " (~: estimated from a random sample of the matches; --exact-counts counts them all):"
          : "Facets, counting " + counting + ":");
      String about = r.facetCountsEstimated() ? "~" : "";
      for (Facet f : r.facets()) {
        out.printf("  %-16s %s%n", f.dimension(), f.values().stream()
            .map(v -> safe(v.value()) + " (" + about + v.count() + ")").collect(Collectors.joining(", ")));
      }
    }
  }

  private void statement(int n, StatementHit s) {
    out.println();
    String text = s.passages().isEmpty() ? safe(s.text()) : marked(s.passages().get(0));
    String cue = s.occurrences().isEmpty() ? null : s.occurrences().get(0).cue();
    // the cue is what the speaker did with the words: "rejected" reads the opposite of "said"
    out.printf("%d. %s — %s%s%n", n, s.speaker() == null ? "(unknown speaker)" : safe(s.speaker()),
        cue == null ? "" : oneLine(cue) + ": ", s.kind().name().toLowerCase(Locale.ROOT));
    out.printf("   \"%s\"%n", oneLine(text));
    List<Occurrence> first = s.firstReported();
    if (s.articleCount() > 1) {
      out.printf("   reported in %d articles%s%s%n", s.articleCount(),
          s.outletCount() > 0 ? " from " + s.outletCount() + " named outlet" + (s.outletCount() == 1 ? "" : "s") : "",
          first.isEmpty() ? "" : "; first on " + first.get(0).published() + " by " + first.stream()
              .map(o -> o.source() == null ? "(outlet not named)" : safe(o.source())).distinct()
              .collect(Collectors.joining(", ")));
    }
    String shownWords = NameKeys.foldText(s.text());
    for (Occurrence o : s.occurrences()) {
      out.printf("   in: %s%s%s [%d-%d] %s%n", o.source() == null ? "" : safe(o.source()) + ": ", title(o.title()),
          o.published() == null ? "" : " (" + o.published() + ")", o.start(), o.end(), safe(o.articleId()));
      if (o.text() != null && !NameKeys.foldText(o.text()).equals(shownWords)) {
        out.printf("       its wording: \"%s\"%n", shortened(oneLine(o.text()), 160)); // outlets word it differently
      }
    }
    int more = s.articleCount() - s.occurrences().size();
    if (more > 0) {
      out.printf("   and in %d more article%s%n", more, more == 1 ? "" : "s");
    }
  }

  private void article(int n, ArticleHit a) {
    out.println();
    out.printf("%d. %s%n", n, title(a.title()));
    out.printf("   %s%s%s%s%n", a.source() == null ? "(source unknown)" : safe(a.source()),
        a.published() == null ? "" : ", " + a.published(), a.url() == null ? "" : ", " + safe(a.url()),
        a.id().equals(a.url()) ? "" : " · " + safe(a.id())); // the id `show` takes (often the URL itself)
    for (Passage p : a.passages()) {
      out.printf("   … %s … [%d-%d]%n", marked(p).replaceAll("\\s+", " ").strip(), p.start(), p.end());
    }
    if (a.storyArticleCount() > 1) {
      out.printf("   one story with %d more matching article%s (all of it: story:%s)%n", a.storyArticleCount() - 1,
          a.storyArticleCount() == 2 ? "" : "s", safe(a.id()));
      for (ArticleHit.StoryArticle o : a.story()) {
        out.printf("     %s%s%s · %s%n", o.source() == null ? "" : safe(o.source()) + ": ", title(o.title()),
            o.published() == null ? "" : " (" + o.published() + ")", safe(o.id()));
      }
      int more = a.storyArticleCount() - 1 - a.story().size();
      if (more > 0) {
        out.printf("     and %d more%n", more);
      }
    }
  }

  /** At most {@code max} characters, cut at a word with an ellipsis. */
  static String shortened(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf(' ', max - 1);
    return s.substring(0, cut > max / 2 ? cut : max - 1) + "…";
  }

  static String oneLine(String s) {
    return s == null ? "" : safe(s.replaceAll("\\s+", " ").strip());
  }

  /**
   * The text with every control character shown as a visible sign instead of reaching the terminal
   * (an article's title could otherwise set the window title, clear the screen or write the clipboard):
   * C0 controls and DEL as their Unicode control pictures (ESC as ␛), C1 controls as �. One character for
   * one, so offsets into the text still hold. Line breaks and tabs are kept.
   */
  static String safe(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char shown = c;
      if (c < 0x20 && c != '\n' && c != '\t') {
        shown = (char) (0x2400 + c);
      } else if (c == 0x7F) {
        shown = '\u2421';
      } else if (c >= 0x80 && c <= 0x9F) {
        shown = '\uFFFD';
      }
      if (shown != c && sb == null) {
        sb = new StringBuilder(s);
      }
      if (sb != null) {
        sb.setCharAt(i, shown);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** A passage with its highlights marked, control characters made safe but the markers kept. */
  private String marked(Passage p) {
    return safe(p.marked("\uE000", "\uE001")).replace("\uE000", open).replace("\uE001", close);
  }

  /** Titles of plain-text articles are their first line, which can be a whole paragraph. */
  static String title(String s) {
    String t = oneLine(s);
    return t.length() <= 100 ? t : t.substring(0, 99) + "…";
  }
}
