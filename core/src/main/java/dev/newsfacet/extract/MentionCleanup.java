package dev.newsfacet.extract;

import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolution steps applied to every entity mention, whoever found it: company names without their legal
 * form ("Microsoft Corp" → "Microsoft"), no person mentions in credit lines ("Reporting by …; Editing by
 * …": the article's staff, not its news; nothing in such a line is a mention), and no organisation mention for the agency of a dateline
 * ("NEW YORK (Reuters) -": the article's source).
 */
final class MentionCleanup {
  /** A credit line: from its opening words to the end of its line or bracket. */
  private static final Pattern CREDIT = Pattern.compile(
      "(?i)\\b(?:additional reporting|reporting|editing|writing|compiled|compiling|edited|written|research|"
          + "translated|translation|graphics|photos?|video)\\s+by\\b[^\\n)\\]]*");
  /** A dateline: a place in capitals, then the agency in brackets, then a dash. */
  private static final Pattern DATELINE = Pattern.compile(
      "(?m)^([\\p{Lu}][\\p{Lu}\\p{M} .,'/-]{1,60}(?:,[^\\n(]{1,30})?)\\s*\\(([^()\\n]{2,40})\\)\\s*[-–—]");

  private final Set<String> companySuffixes;

  MentionCleanup(Set<String> companySuffixes) {
    this.companySuffixes = companySuffixes;
  }

  List<EntityMention> apply(String text, List<EntityMention> mentions) {
    List<int[]> credits = regions(CREDIT, text, 0);
    List<int[]> agencies = regions(DATELINE, text, 2);
    List<int[]> datelinePlaces = regions(DATELINE, text, 1);
    List<int[]> tickers = RuleBasedEntityExtractor.tickers(text);
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      if (inside(credits, m)) {
        continue; // "Reporting by … in London; Editing by …": staff and their desks, not the news
      }
      if (m.type() == EntityType.ORG && inside(agencies, m)) {
        continue;
      }
      if (overlapsAny(tickers, m)) {
        continue; // "GAZ.PA": a stock ticker, not a place called PA
      }
      if (m.type() != EntityType.PLACE && m.type() != EntityType.OTHER && inside(datelinePlaces, m)) {
        // "DETROIT (Reuters) -": a dateline names where the story was filed
        m = new EntityMention(m.start(), m.end(), m.text(), EntityType.PLACE, m.canonical(), null);
      }
      out.add(m.type() == EntityType.ORG ? m.withCanonical(withoutLegalForm(m.canonical())) : m);
    }
    return out;
  }

  /** "General Motors Corp" → "General Motors"; a name that is only a legal form stays as it is. */
  String withoutLegalForm(String name) {
    String[] words = name.split(" ");
    int keep = words.length;
    while (keep > 1) {
      String w = words[keep - 1].replace(".", "").replace(",", "").toLowerCase(Locale.ROOT);
      if (companySuffixes.contains(w) || (w.equals("&") && keep < words.length)) {
        keep--;
      } else {
        break;
      }
    }
    if (keep == words.length) {
      return name;
    }
    String kept = String.join(" ", java.util.Arrays.copyOf(words, keep));
    return kept.endsWith(",") || kept.endsWith("&") ? kept.substring(0, kept.length() - 1).strip() : kept;
  }

  private static List<int[]> regions(Pattern p, String text, int group) {
    List<int[]> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(group), m.end(group)});
    }
    return out;
  }

  private static boolean overlapsAny(List<int[]> regions, EntityMention m) {
    for (int[] r : regions) {
      if (m.start() < r[1] && r[0] < m.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(List<int[]> regions, EntityMention m) {
    for (int[] r : regions) {
      if (m.start() >= r[0] && m.end() <= r[1]) {
        return true;
      }
    }
    return false;
  }
}
