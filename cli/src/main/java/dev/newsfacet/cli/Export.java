package dev.newsfacet.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsfacet.ArticleHit;
import dev.newsfacet.Hit;
import dev.newsfacet.Occurrence;
import dev.newsfacet.SearchResult;
import dev.newsfacet.StatementHit;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Search results for other programs: one JSON object per hit (JSON Lines), or CSV rows (RFC 4180). */
final class Export {
  private Export() {}

  static void jsonLines(SearchResult r, PrintWriter out) {
    ObjectNode all = Json.result(r);
    all.path("hits").forEach(h -> out.println(Json.write(h)));
  }

  /** One row per hit and article: a statement carried by three outlets is three rows, each with its wording. */
  static void csv(SearchResult r, PrintWriter out) {
    out.println("type,article_id,title,source,published,speaker,kind,cue,text");
    for (Hit h : r.hits()) {
      if (h instanceof ArticleHit a) {
        row(out, "article", a.id(), a.title(), a.source(), a.published(), null, null, null,
            a.passages().isEmpty() ? null : a.passages().get(0).text());
      } else if (h instanceof StatementHit s) {
        for (Occurrence o : s.occurrences()) {
          row(out, "statement", o.articleId(), o.title(), o.source(), o.published(), s.speaker(),
              s.kind().name().toLowerCase(Locale.ROOT), o.cue(), o.text() == null ? s.text() : o.text());
        }
      }
    }
  }

  private static void row(PrintWriter out, Object... cells) {
    StringBuilder sb = new StringBuilder();
    for (Object c : List.of(cells).stream().map(x -> x == null ? "" : x).toList()) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      String v = String.valueOf(c);
      // a cell starting with = + - @ is a formula to a spreadsheet: quoted, and led by an apostrophe
      if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
        v = "'" + v;
      }
      sb.append('"').append(v.replace("\"", "\"\"")).append('"');
    }
    out.println(sb);
  }
}
