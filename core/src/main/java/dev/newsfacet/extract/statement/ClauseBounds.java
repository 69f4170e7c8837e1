package dev.newsfacet.extract.statement;

import static dev.newsfacet.extract.statement.StatementWords.*;

import dev.newsfacet.extract.Sentence;
import dev.newsfacet.extract.TextAnalysis;
import dev.newsfacet.extract.Token;

/**
 * The content-bounds step: where a reported clause ends. From the token after a cue, the clause runs to
 * the sentence's end unless a new main clause starts ("…, and other council members said …"), a cue
 * phrase follows (", adding …"), a subordinate clause closes, or the speaker of an attributed quote
 * appears. Stateless; thread-safe.
 */
public final class ClauseBounds {
  private final Sources.Words words;
  private final Sources sources;

  public ClauseBounds(Sources.Words words, Sources sources) {
    this.words = words;
    this.sources = sources;
  }

  private static boolean insideQuote(Sources.Article run, int offset) {
    return run.quoted().get(offset);
  }

  /**
   * Where a reported clause starting at token {@code from} ends: the sentence end, or before a new
   * cue phrase (", adding", "and saying") or the speaker of a quote attributed in pass 1.
   */
  public int clauseEnd(Sources.Article run, Sentence s, int from) {
    TextAnalysis ta = run.ta();
    int end = s.to();
    // "While Ortega said that rivers cannot …, she seems …": the subordinate clause ends at its comma
    boolean subordinate = SUBORDINATORS.contains(ta.tokens().get(s.from()).lower()) && from > s.from();
    for (int i = from + 1; i < s.to(); i++) {
      Token t = ta.tokens().get(i);
      if (Sources.isQuoteChar(t.text()) && ta.tokens().get(i - 1).text().equals(",") && i + 1 < s.to()
          && endsReportedClause(ta, s, i + 1)) {
        end = i + 1; // '…are "passengers on this council," but she gave …': the comma inside the marks
        break;
      }
      if (t.text().equals(":") && i + 1 < s.to() && Sources.isQuoteChar(ta.tokens().get(i + 1).text()) && !insideQuote(run, t.start())) {
        end = i; // "…a two-edged remark: “You always …”": a quotation of its own follows
        break;
      }
      if (insideQuote(run, t.start())) {
        continue;
      }
      boolean participle = words.isCue(t.lower());
      if (participle && t.lower().endsWith("ing") && i >= 2 && Sources.isQuoteChar(ta.tokens().get(i - 1).text())
          && ta.tokens().get(i - 2).text().equals(",")) {
        end = i; // …world," adding that … — the comma sits inside the closing quotation mark
        break;
      }
      if ((t.text().equals(",") || t.is("and") || t.text().equals(";") || t.text().equals("—"))
          && i + 1 < s.to()) {
        Token next = ta.tokens().get(i + 1);
        int n = i + 1;
        if (next.is("also") && i + 2 < s.to()) {
          n = i + 2;
          next = ta.tokens().get(n);
        }
        boolean cue = words.isCue(next.lower());
        if (cue && next.lower().endsWith("ing")) {
          end = i;
          break;
        }
        if ((t.is("and") || t.text().equals(",") && next.is("and")) && mainClauseGoesOn(run, s, t.is("and") ? i + 1 : i + 2)) {
          end = i;
          break;
        }
        if (t.text().equals(";") || t.text().equals("—")) {
          end = i;
          break;
        }
        if (t.text().equals(",") && (endsReportedClause(ta, s, n) || subordinate && opensMainClause(ta, s, n)
            || next.lower().endsWith("ed") && words.isCue(next.lower()) && !insideQuote(run, next.start())
            || next.is("which") || next.is("who"))) {
          // ", which is running its own review": a non-restrictive relative glosses a noun in the writer's words
          end = i;
          break;
        }
      }
      if (run.usedCues().contains(i)) {
        // a quote's own attribution starts here: stop before its speaker
        Candidate c = null;
        for (int b = i - 1; b >= from && b >= i - 5; b--) {
          Candidate cand = sources.candidateAt(run, s, b);
          if (cand != null && cand.to() == i) {
            c = cand;
          }
        }
        end = c != null ? c.from() : i;
        break;
      }
    }
    // drop trailing punctuation, keeping a closing quotation mark that belongs to an opening one inside
    while (end > from) {
      String w = ta.tokens().get(end - 1).text();
      if (w.equals(".") || w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("-")
          || (Sources.isQuoteChar(w) && !hasOpeningQuoteBefore(ta, from, end - 1))) {
        end--;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * After "and" at token n: the sentence's own subject goes on ("She said she admires him and highlighted
   * …", "… and said Stevens's rescue …") or another source speaks ("…, and other GOP leaders said …").
   */
  private boolean mainClauseGoesOn(Sources.Article run, Sentence s, int n) {
    TextAnalysis ta = run.ta();
    if (n >= s.to()) {
      return false;
    }
    Token next = ta.tokens().get(n);
    String w = next.lower();
    if (words.isCue(w) && !w.endsWith("ing") || w.equals("also") && n + 1 < s.to()
        && words.isCue(ta.tokens().get(n + 1).lower())) {
      return true; // "… and said …", "… and also argued …"
    }
    if (w.endsWith("ed") && w.length() > 4 && !next.isCapitalized() && n + 1 < s.to()
        && (DETERMINERS.contains(ta.tokens().get(n + 1).lower()) || OBJECT_PRONOUNS.contains(ta.tokens().get(n + 1).lower()))) {
      return true; // "… and highlighted their shared commitment"
    }
    // "…, and other council members said she's …": a short noun phrase, then a cue verb
    for (int k = n + 1; k < Math.min(s.to(), n + 6); k++) {
      Token x = ta.tokens().get(k);
      if (words.isCue(x.lower()) && !x.lower().endsWith("ing")) {
        return k > n && (ta.tokens().get(k - 1).isWord() || ta.tokens().get(k - 1).text().equals(","))
            && !insideQuote(run, x.start()) && !FINITE_AUXILIARIES.contains(ta.tokens().get(k - 1).lower())
            && (SUBJECT_PRONOUNS.contains(w) || next.isCapitalized() || DETERMINERS.contains(w) || Character.isDigit(w.charAt(0))
                || QUANTIFIERS.contains(w) || QUANTIFIERS.contains(beforeHyphen(w))
                || PLURAL_SOURCES.contains(ta.tokens().get(k - 1).lower()) || ROLE_NOUNS.contains(ta.tokens().get(k - 1).lower()));
      }
      if (!x.isWord() || NP_STOPS.contains(x.lower())) {
        return false;
      }
    }
    return false;
  }

  /** "two" of "two-thirds"; the word itself when it has no hyphen; "" for a lone dash. */
  private static String beforeHyphen(String w) {
    int hyphen = w.indexOf('-');
    return hyphen < 0 ? w : w.substring(0, hyphen);
  }

  /** "…, he appears …", "…, the campaign said …": a subject then a verb-like word after the comma at token n. */
  private boolean opensMainClause(TextAnalysis ta, Sentence s, int n) {
    Token first = ta.tokens().get(n);
    if (!(SUBJECT_PRONOUNS.contains(first.lower()) || first.isCapitalized() || DETERMINERS.contains(first.lower()))) {
      return false;
    }
    for (int k = n + 1; k < Math.min(s.to(), n + 5); k++) {
      String w = ta.tokens().get(k).lower().replace('’', '\'');
      if (FINITE_AUXILIARIES.contains(w) || FINITE_VERB_FORMS.contains(w) || words.isCue(w)
          || w.startsWith("'") || w.endsWith("ed") || w.endsWith("s") && k == n + 1 && SUBJECT_PRONOUNS.contains(first.lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the comma before token n ends a reported clause: a contrast the writer adds (", however",
   * ", while Bush said …") or ", but" with a subject of its own (", but Vance would not say how"; not ", but
   * would wait", which still belongs to the speaker).
   */
  private boolean endsReportedClause(TextAnalysis ta, Sentence s, int n) {
    Token next = ta.tokens().get(n);
    if (CONTRASTS.contains(next.lower())) {
      return true;
    }
    if (!next.is("but") || n + 2 >= s.to()) {
      return false;
    }
    Token subject = ta.tokens().get(n + 1);
    return SUBJECT_PRONOUNS.contains(subject.lower()) && !subject.is("it") && !subject.is("there")
        || subject.isCapitalized() && !words.isCommon(subject.lower());
  }

  private static boolean hasOpeningQuoteBefore(TextAnalysis ta, int from, int closeToken) {
    int count = 0;
    for (int i = from; i < closeToken; i++) {
      String w = ta.tokens().get(i).text();
      if (w.equals("“") || w.equals("\"")) {
        count++;
      }
      if (w.equals("”")) {
        count--;
      }
    }
    return count > 0;
  }
}
