package dev.newsfacet.extract;

import dev.newsfacet.extract.entity.CreditLines;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import dev.newsfacet.text.NameKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolution steps applied to every entity mention, whoever found it: company names without their legal
 * form ("Microsoft Corp" → "Microsoft"), no mentions in credit lines ("Reporting by …; Editing by …": the
 * article's staff, not its news; {@link CreditLines} says where they are), and no organisation mention for the agency of a dateline
 * ("NEW YORK (Reuters) -": the article's source).
 */
final class MentionCleanup {
  /** A dateline: a place in capitals, then the agency in brackets, then a dash. */
  private static final Pattern DATELINE = Pattern.compile(
      "(?m)^([\\p{Lu}][\\p{Lu}\\p{M} .,'/-]{1,60}(?:,[^\\n(]{1,30})?)\\s*\\(([^()\\n]{2,40})\\)\\s*[-–—]");

  /** What follows a company's full name: ", Inc", " Corp.", " (F.N)", " & Co". */
  private static final Pattern LEGAL_FORM_OR_TICKER = Pattern.compile(
      ",?\\s*(?:&\\s*Co\\b|(?:Inc|Co|Corp|Corporation|Ltd|Plc|PLC|LLC|SA|AG|NV|SpA|Holdings)\\b|\\(\\s*[A-Z0-9]{1,6}\\.[A-Z]{1,3}\\s*\\))");

  private final Set<String> companySuffixes;
  private final Lexicon lexicon;
  private final CreditLines creditLines;

  MentionCleanup(Lexicon lexicon, CreditLines creditLines) {
    this.lexicon = lexicon;
    this.companySuffixes = lexicon.companySuffixes;
    this.creditLines = creditLines;
  }

  List<EntityMention> apply(String text, List<EntityMention> mentions) {
    return apply(text, mentions, creditLines.find(text));
  }

  /** As {@link #apply(String, List)}, with the text's credit lines already found. */
  List<EntityMention> apply(String text, List<EntityMention> mentions, List<CreditLines.Line> creditLines) {
    List<int[]> credits = creditLines.stream().map(l -> new int[] {l.start(), l.end()}).toList();
    List<int[]> agencies = new ArrayList<>();
    List<int[]> datelinePlaces = new ArrayList<>();
    Matcher dateline = DATELINE.matcher(text);
    while (dateline.find()) { // one pass for both parts: the pattern is tried at every line start
      datelinePlaces.add(new int[] {dateline.start(1), dateline.end(1)});
      agencies.add(new int[] {dateline.start(2), dateline.end(2)});
    }
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
        m = new EntityMention(m.start(), m.end(), m.text(), EntityType.PLACE, m.canonical(), null, m.by() + "+dateline");
      }
      if (m.type() != EntityType.EVENT && m.type() != EntityType.OTHER && lexicon.isCommonAcronym(m.text())
          && !lexicon.organizations.containsKey(NameKeys.fold(m.text())) && !lexicon.places.containsKey(NameKeys.fold(m.text()))) {
        continue; // "PC", "TV", "CEO": abbreviations of ordinary words
      }
      String event = m.type() == EntityType.EVENT ? null : lexicon.events.get(NameKeys.fold(m.text()));
      if (event != null) {
        m = new EntityMention(m.start(), m.end(), m.text(), EntityType.EVENT, event, null, m.by() + "+lexicon-event");
      }
      out.add(m.type() == EntityType.ORG ? m.withCanonical(parentOf(withoutLegalForm(withoutPossessive(m.canonical())))) : m);
    }
    return shortForms(text, acronyms(text, out));
  }

  /**
   * "Lehman" after "Lehman Brothers", "Goldman" after "Goldman Sachs": a one-word organisation, not an
   * acronym, that is the first word of exactly one longer organisation named earlier in the article is that
   * organisation. The longer name must be a company's full name, not a part or a product of one: written
   * with its legal form or its ticker ("Lehman Brothers Holdings Inc", "Ford Motor Co (F.N)"), at most
   * three words, none a division or outlet word ("Europe", "News") or a place. Two candidates ("Bank"
   * beside "Bank of America" and "Bank of England") leave it alone.
   */
  private List<EntityMention> shortForms(String text, List<EntityMention> mentions) {
    Map<String, Set<String>> longerByFirstWord = new HashMap<>();
    Map<String, Integer> firstStart = new HashMap<>();
    for (EntityMention m : mentions) {
      if (m.type() == EntityType.ORG && m.canonical() != null) {
        String key = NameKeys.key(m.canonical());
        String[] words = key.split(" ");
        if (words.length >= 2 && words.length <= 3 && companyNameWords(words) && legalNameAt(text, m)) {
          longerByFirstWord.computeIfAbsent(words[0], k -> new LinkedHashSet<>()).add(m.canonical());
          firstStart.merge(m.canonical(), m.start(), Math::min);
        }
      }
    }
    if (longerByFirstWord.isEmpty()) {
      return mentions;
    }
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      Set<String> longer = m.type() == EntityType.ORG && m.canonical() != null && !allCapitals(m.text())
          ? longerByFirstWord.get(NameKeys.key(m.canonical())) : null;
      boolean link = longer != null && longer.size() == 1 && firstStart.get(longer.iterator().next()) < m.start();
      out.add(link
          ? new EntityMention(m.start(), m.end(), m.text(), m.type(), longer.iterator().next(), m.role(), m.by() + "+short-form")
          : m);
    }
    return out;
  }

  /** A legal form ends the mention or follows it, or a ticker in brackets follows it: a company's full name. */
  private boolean legalNameAt(String text, EntityMention m) {
    String[] words = m.text().split("\\s+");
    String last = words[words.length - 1].replace(".", "").toLowerCase(Locale.ROOT);
    if (companySuffixes.contains(last)) {
      return true;
    }
    Matcher after = LEGAL_FORM_OR_TICKER.matcher(text);
    after.region(m.end(), Math.min(text.length(), m.end() + 24));
    return after.lookingAt();
  }

  /** The words after the first name no division, outlet or place. */
  private boolean companyNameWords(String[] words) {
    for (int i = 1; i < words.length; i++) {
      if (lexicon.orgDivisions.contains(words[i]) || lexicon.places.containsKey(words[i])
          || lexicon.countries.contains(words[i]) || lexicon.demonyms.containsKey(words[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean allCapitals(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "BBC One's" → "BBC One": the possessive is no part of the name (unless the lexicon says so: "Standard & Poor's"). */
  private String withoutPossessive(String name) {
    boolean possessive = name.endsWith("'s") || name.endsWith("’s");
    return possessive && !lexicon.organizations.containsKey(NameKeys.fold(name)) ? name.substring(0, name.length() - 2).strip() : name;
  }

  /** "BBC News", "BBC Radio" → "BBC": an acronym's outlets and divisions are the organisation in the facets. */
  String parentOf(String name) {
    String[] words = name.split(" ");
    if (words.length < 2 || words[0].length() < 2 || words[0].length() > 5 || !words[0].chars().allMatch(Character::isUpperCase)) {
      return name;
    }
    for (int i = 1; i < words.length; i++) {
      if (!lexicon.orgDivisions.contains(words[i].toLowerCase(Locale.ROOT)) && !words[i].matches("\\d+")) {
        return name;
      }
    }
    return words[0];
  }

  /**
   * An acronym the article ties to its expansion ("Standard & Poor's (S&P)", "the Northern Rail
   * Workers Union (NRWU)") names the same entity: every mention of it in the article takes the
   * expansion's type and canonical name.
   */
  private static List<EntityMention> acronyms(String text, List<EntityMention> mentions) {
    Map<String, EntityMention> expansionOf = new HashMap<>();
    for (EntityMention m : mentions) {
      if (m.type() == EntityType.OTHER || m.text().indexOf(' ') < 0) {
        continue;
      }
      int open = skipSpaces(text, m.end());
      if (open >= text.length() || text.charAt(open) != '(') {
        continue;
      }
      int close = text.indexOf(')', open);
      if (close < 0 || close - open > 12) {
        continue;
      }
      String acronym = text.substring(open + 1, close).strip();
      if (acronym.length() >= 2 && letters(acronym).equals(initials(m.text())) && letters(acronym).length() >= 2) {
        expansionOf.putIfAbsent(acronym, m);
      }
    }
    if (expansionOf.isEmpty()) {
      return mentions;
    }
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      EntityMention e = expansionOf.get(m.text());
      out.add(e == null || e == m ? m
          : new EntityMention(m.start(), m.end(), m.text(), e.type(), e.canonical(), m.role(), m.by() + "+acronym"));
    }
    return out;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static String letters(String acronym) {
    StringBuilder sb = new StringBuilder();
    for (char c : acronym.toCharArray()) {
      if (Character.isUpperCase(c)) {
        sb.append(c);
      } else if (Character.isLetter(c)) {
        return ""; // "Bt" is no acronym
      }
    }
    return sb.toString();
  }

  /** First capitals of the name's capitalised words: "Standard & Poor's" → "SP". */
  private static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
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
    String kept = String.join(" ", Arrays.copyOf(words, keep));
    return kept.endsWith(",") || kept.endsWith("&") ? kept.substring(0, kept.length() - 1).strip() : kept;
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
