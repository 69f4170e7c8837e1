package dev.newsfacet.extract;

import dev.newsfacet.extract.entity.EventRule;
import dev.newsfacet.extract.entity.NameSpan;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import dev.newsfacet.text.CalendarWords;
import dev.newsfacet.text.NameKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Entity recognition by rules: runs of capitalised words are cut at titles ("U.S. President"),
 * looked up in gazetteers, classified by their head word ("... Court", "... Street") or a given
 * name, and events are built from a place and an event noun ("Alaska summit", "met in Alaska": {@link EventRule}).
 * Within one article a surname resolves to the full name it abbreviates.
 */
public final class RuleBasedEntityExtractor implements EntityExtractor {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Set<String> NUMBER_UNITS = Set.of("percent", "%", "pct", "km", "miles", "people", "million", "billion");
  /** First words that make a place of the name they open: "St Louis", "San Francisco", "Fort Worth". */
  private static final Set<String> PLACE_PREFIXES = Set.copyOf(List.of("st", "st.", "saint", "ste", "ste.", "san",
      "santa", "sao", "são", "fort", "ft", "ft.", "port", "mount", "mt", "mt.", "lake", "cape"));
  /** Lower-case words inside personal names ("van der" Sar, "da" Vinci, "bin" Salman). */
  private static final Set<String> NAME_PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "del",
      "della", "dos", "du", "la", "le", "bin", "ibn", "al", "ter", "ten");
  /** Lower-case words a capitalised name runs on through: the particles, and "of", "for", "&" of firms and bodies. */
  private static final Set<String> CONNECTORS = Stream.concat(NAME_PARTICLES.stream(),
      Stream.of("of", "for", "&")).collect(Collectors.toUnmodifiableSet());
  private static final Set<String> GERMANIC_PARTICLES = Set.of("van", "von", "der", "den", "ter", "ten");
  /** Name particles that come in pairs: "van der", "von der", "de la", "van den", "de los". */
  private static final Set<String> FIRST_PARTICLES = Set.of("van", "von", "de", "del", "ter");
  private static final Set<String> SECOND_PARTICLES = Set.of("der", "den", "de", "la", "las", "los", "le");
  private static final Set<String> COMPASS = Set.copyOf(List.of("eastern", "western", "northern", "southern", "central",
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"));
  private static final Set<String> PRONOUNS_AND_SUCH = Set.copyOf(List.of("i", "i'm", "i've", "i'd", "i'll"));

  /** Capitalised words that begin descriptive phrases rather than personal names ("Six Nations", "Grand Slam"). */
  private static final Set<String> NOT_NAME_WORDS = Set.copyOf(List.of("one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred", "thousand", "million", "first",
      "second", "third", "fourth", "fifth", "grand", "big", "great", "new", "old", "little", "super", "royal"));
  private static final Pattern URL = Pattern.compile("\\b(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+\\.[\\w.]+");

  private final Lexicon lexicon;
  private final EventRule eventRule;

  public RuleBasedEntityExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.eventRule = EventRule.shipped();
  }

  /** An extractor over the built-in lexicon. */
  public RuleBasedEntityExtractor() {
    this(Lexicon.defaultLexicon());
  }

  @Override
  public List<EntityMention> extract(String text) {
    return extract(TextAnalysis.of(text));
  }

  /** Exchange suffixes of stock tickers ("C.N", "RWEG.DE", "EAD.PA", "BG.UL"). */
  private static final Set<String> EXCHANGES = Set.of("N", "O", "OQ", "OB", "PK", "L", "DE", "PA", "T", "HK", "TO",
      "AS", "MI", "MC", "SW", "VX", "KS", "SS", "SZ", "AX", "BO", "NS", "CO", "ST", "OL", "HE", "BR", "VI", "LS", "TW",
      "SI", "J", "MX", "SA", "BA", "F", "Z", "I", "UL");

  /**
   * Stock tickers with an exchange suffix, as financial news writes them after a company's name ("Citigroup
   * ( C.N )", "DaimlerChrysler DCXGn.DE"), and index codes (".DJI"). In brackets any code counts; outside
   * them only codes of two or more characters (so that "U.N." stays the United Nations). Found by looking
   * at each full stop, not by a regular expression over the whole text (this runs on every article).
   */
  static List<int[]> tickers(String text) {
    List<int[]> out = new ArrayList<>();
    int len = text.length();
    for (int d = text.indexOf('.'); d >= 0; d = text.indexOf('.', d + 1)) {
      int e = d + 1;
      while (e < len && e - d <= 8 && (Character.isUpperCase(text.charAt(e)) || e > d + 1 && Character.isDigit(text.charAt(e)))) {
        e++;
      }
      if (e == d + 1 || e < len && Character.isLetterOrDigit(text.charAt(e))
          || e + 1 < len && text.charAt(e) == '.' && Character.isLetter(text.charAt(e + 1))) {
        continue; // no code after the stop, or it runs on ("U.N.", "Feb.Smith")
      }
      int b = d;
      while (b > 0 && d - b < 8 && Character.isLetterOrDigit(text.charAt(b - 1))) {
        b--;
      }
      if (b == d) {
        // ".DJI": an index code after a space or a bracket
        if (d > 0 && (Character.isWhitespace(text.charAt(d - 1)) || text.charAt(d - 1) == '(' || text.charAt(d - 1) == '<')
            && e - d >= 3) {
          out.add(new int[] {d, e});
        }
        continue;
      }
      if (!EXCHANGES.contains(text.substring(d + 1, e)) || !(Character.isUpperCase(text.charAt(b)) || Character.isDigit(text.charAt(b)))
          || b > 0 && text.charAt(b - 1) == '.') {
        continue;
      }
      int before = b - 1;
      while (before >= 0 && text.charAt(before) == ' ') {
        before--;
      }
      boolean bracketed = before >= 0 && (text.charAt(before) == '(' || text.charAt(before) == '<');
      if (bracketed || d - b >= 2) {
        out.add(new int[] {b, e});
      }
    }
    return out;
  }

  /**
   * Drops what the name rules made of ticker codes ("C.N" is no initialled person, "PA" no acronym), and
   * makes an organisation of a name right before a ticker ("Citigroup ( C.N )").
   */
  private static List<Found> companiesBeforeTickers(TextAnalysis ta, List<Found> found, List<int[]> tickers) {
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      int start = ta.tokens.get(f.from()).start();
      int end = ta.tokens.get(f.to() - 1).end();
      if (tickers.stream().anyMatch(t -> start < t[1] && t[0] < end)) {
        continue;
      }
      int next = f.to();
      if (next < ta.tokens.size() && (ta.tokens.get(next).text().equals("(") || ta.tokens.get(next).text().equals("<"))) {
        next++;
      }
      int at = next < ta.tokens.size() ? ta.tokens.get(next).start() : -1;
      boolean company = f.from() < f.to() && tickers.stream().anyMatch(t -> t[0] == at);
      out.add(company ? new Found(f.from(), f.to(), EntityType.ORG, f.canonical(), null, f.single()) : f);
    }
    return out;
  }

  /** A mention as found, before resolution: key and gender help resolve surnames and pronouns. */
  private record Found(int from, int to, EntityType type, String canonical, String role, boolean single) {}

  List<EntityMention> extract(TextAnalysis ta) {
    // words seen in lower case in running text (not in URLs or e-mail addresses) are ordinary words
    Set<String> lowerWords = new HashSet<>();
    Set<String> capitalisedInside = new HashSet<>();
    Matcher url = URL.matcher(ta.text);
    List<int[]> urls = new ArrayList<>();
    boolean mayHaveUrls = ta.text.contains("://") || ta.text.contains("www.") || ta.text.indexOf('@') >= 0;
    while (mayHaveUrls && url.find()) {
      urls.add(new int[] {url.start(), url.end()});
    }
    for (Token t : ta.tokens) {
      if (t.isWord() && Character.isLowerCase(t.text().charAt(0)) && urls.stream().noneMatch(u -> t.start() >= u[0] && t.start() < u[1])) {
        lowerWords.add(t.text());
      }
    }
    for (Sentence s : ta.sentences) {
      for (int i = s.from() + 1; i < s.to(); i++) {
        Token t = ta.tokens.get(i);
        if (t.isCapitalized() && !t.isAllCaps() && !isOpener(ta.tokens.get(i - 1).text())) {
          capitalisedInside.add(t.lower()); // "… said Bush": a name here, whatever GUM says of "bush"
        }
      }
    }
    DocumentWords words = new DocumentWords(lowerWords, capitalisedInside);
    List<Found> found = new ArrayList<>();
    List<Found> unknownSingles = new ArrayList<>();
    for (Sentence s : ta.sentences) {
      boolean headline = isTitleCase(ta, s);
      int i = s.from();
      while (i < s.to()) {
        if (!isNameToken(ta, i, s)) {
          i++;
          continue;
        }
        int j = i;
        int through;
        while (j < s.to()) {
          if (isNameToken(ta, j, s)) {
            j++;
          } else if (isInitialDot(ta, j) ) {
            j++;
          } else if (ta.tokens.get(j).is("and") && j > i && (through = knownNameThrough(ta, s, i, j)) > j) {
            j = through; // "Securities and Exchange Commission": a known name with "and" inside
          } else if (j > i && j + 1 < s.to() && ta.tokens.get(j).text().equals("-")
              && ta.tokens.get(j - 1).end() == ta.tokens.get(j).start() && ta.tokens.get(j).end() == ta.tokens.get(j + 1).start()
              && isNameToken(ta, j + 1, s) && !ta.tokens.get(j - 1).isAllCaps() && !ta.tokens.get(j + 1).isAllCaps()
              && !lexicon.isTitle(ta.tokens.get(j - 1).lower())
              && !lexicon.isTitle(ta.tokens.get(j + 1).lower())) {
            j++; // "Wal-Mart", "Jean-Pierre": a hyphen inside a capitalised word joins, it does not end the name
                 // (not in titles: "Attorney-General Khaled al-Qidra")
          } else if (j > i && j + 2 < s.to() && FIRST_PARTICLES.contains(ta.tokens.get(j).text())
              && SECOND_PARTICLES.contains(ta.tokens.get(j + 1).text()) && isNameToken(ta, j + 2, s)) {
            j += 2; // "Ursula von der Leyen", "Edwin van der Sar", "Oscar de la Hoya"
          } else if (CONNECTORS.contains(ta.tokens.get(j).text()) && j + 1 < s.to() && j > i
              && (isNameToken(ta, j + 1, s) || (ta.tokens.get(j + 1).is("the") && j + 2 < s.to() && isNameToken(ta, j + 2, s)))) {
            j += ta.tokens.get(j + 1).is("the") ? 2 : 1;
          } else {
            break;
          }
        }
        if (isDateline(ta, s, i, j)) {
          String surface = ta.text.substring(ta.tokens.get(i).start(), ta.tokens.get(j - 1).end());
          String known = lexicon.places.get(NameKeys.fold(surface));
          found.add(new Found(i, j, EntityType.PLACE, known != null ? known : titleCase(surface), null, false));
        } else {
          classify(ta, s, i, j, headline, words, found, unknownSingles);
        }
        i = j;
      }
    }
    List<int[]> tickers = tickers(ta.text);
    if (!tickers.isEmpty()) {
      found = companiesBeforeTickers(ta, found, tickers);
      unknownSingles = companiesBeforeTickers(ta, unknownSingles, tickers);
    }
    found = teamsFromPlaces(ta, found);
    List<NameSpan> names = new ArrayList<>(found.size());
    for (Found f : found) {
      names.add(new NameSpan(f.from(), f.to(), f.type(), f.canonical()));
    }
    for (NameSpan e : eventRule.events(ta, names)) {
      found.add(new Found(e.from(), e.to(), EntityType.EVENT, e.canonical(), null, false));
    }
    return resolve(ta, found, unknownSingles);
  }

  private boolean isNameToken(TextAnalysis ta, int i, Sentence s) {
    Token t = ta.tokens.get(i);
    if (!t.isWord() || !t.isCapitalized()) {
      return false;
    }
    String lower = t.lower();
    if (PRONOUNS_AND_SUCH.contains(lower) || (lexicon.isCommon(lower) && i > s.from() && !t.isAllCaps()
        && isTitleCase(ta, s))) {
      return false;
    }
    if (CalendarWords.isMonth(lower) || CalendarWords.isWeekday(lower)) {
      // "May" the month vs a name is rare in news; months and weekdays are dates, not entities
      return false;
    }
    return true;
  }

  /** Abbreviated titles whose full stop belongs to the name that follows ("Mr. English", "Sen. Cruz"). */
  private static final Set<String> TITLE_ABBREVIATIONS = Set.copyOf(List.of("mr", "mrs", "ms", "dr", "sen", "rep",
      "gov", "gen", "lt", "col", "sgt", "capt", "prof", "st", "adm", "cmdr", "rev", "fr", "pres", "amb"));

  private static boolean isInitialDot(TextAnalysis ta, int j) {
    if (j == 0 || j + 1 >= ta.tokens.size()) {
      return false;
    }
    Token prev = ta.tokens.get(j - 1);
    Token dot = ta.tokens.get(j);
    boolean initial = prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0));
    boolean title = TITLE_ABBREVIATIONS.contains(prev.lower());
    return dot.text().equals(".") && prev.end() == dot.start() && (initial || title)
        && Character.isUpperCase(ta.tokens.get(j + 1).text().charAt(0));
  }

  /** A line where nearly every longer word is capitalised is a headline: names there need corroboration. */
  private static boolean isTitleCase(TextAnalysis ta, Sentence s) {
    int[] counted = countWords(ta, s, 4, Token::isCapitalized);
    int longWords = counted[0];
    int capitalised = counted[1];
    if (longWords < 3 || capitalised * 10 < longWords * 8) {
      return false;
    }
    // headlines seldom end with a full stop; a name-dense sentence that does is ordinary prose
    String last = ta.tokens.get(s.to() - 1).text();
    return !(last.equals(".") || last.equals("”") || last.equals("\""));
  }

  /** Plural agent nouns and gerunds, capitalised only by position: "Economists said …", "Linking Chrysler up …". */
  private static boolean commonNounShape(String lower) {
    return lower.length() > 5 && (lower.endsWith("ists") || lower.endsWith("ysts") || lower.endsWith("ians")
        || lower.endsWith("ents") || lower.endsWith("ants") || lower.endsWith("ing"));
  }

  /** How this article writes its words: those seen in lower case, and those capitalised inside a sentence. */
  private record DocumentWords(Set<String> lowerCase, Set<String> capitalisedInside) {}

  private void classify(TextAnalysis ta, Sentence s, int from, int to, boolean headline, DocumentWords words,
                        List<Found> out, List<Found> unknownSingles) {
    int a = from;
    int b = to;
    // ordinary words capitalised by position ("However", "The") are not part of a name
    while (a < b) {
      Token t = ta.tokens.get(a);
      boolean sentenceStart = a == s.from() || (isOpener(ta.tokens.get(a - 1).text())
          && ta.tokens.get(a - 1).end() == t.start());
      boolean protectedWord = t.isAllCaps() || isKnown(t.text()) || lexicon.isTitle(t.lower())
          || (!t.is("the") && knownNameStartsAt(ta, a, b))
          || (NAME_PARTICLES.contains(t.lower()) && a + 2 < b && NAME_PARTICLES.contains(ta.tokens.get(a + 1).text()));
      if (!protectedWord && (lexicon.isCommon(t.text()) || (sentenceStart && (words.lowerCase().contains(t.lower())
          || (lexicon.isOrdinary(t.text()) || commonNounShape(t.lower())) && !words.capitalisedInside().contains(t.lower())
              && !lexicon.firstNames.containsKey(NameKeys.fold(t.text())))))) {
        a++;
      } else {
        break;
      }
    }
    while (b > a && CONNECTORS.contains(ta.tokens.get(b - 1).text())) {
      b--;
    }
    if (a >= b) {
      return;
    }
    // titles: "U.S. President Donald Trump", "Secretary of State Marco Rubio", "Hungarian Prime Minister ..."
    String role = null;
    int nameStart = a;
    int titleEnd = titleEnd(ta, a, b);
    if (titleEnd > a) {
      role = ta.text.substring(ta.tokens.get(a).start(), ta.tokens.get(titleEnd - 1).end());
      nameStart = titleEnd;
      qualifierOfTitle(ta, a, titleEnd, out);
    } else {
      String before = precedingTitle(ta, s, a);
      if (before != null) {
        role = before;
      }
    }
    if (role == null && b - a >= 2 && lexicon.demonyms.containsKey(NameKeys.fold(ta.tokens.get(a).text()))
        && !isKnown(ta.text.substring(ta.tokens.get(a).start(), ta.tokens.get(b - 1).end()))
        && nameShapedRun(ta, a + 1, b)) {
      // "American Dennis Mitchell", "Panamanian Roberto Duran": the nationality qualifies the person
      role = ta.tokens.get(a).text();
      nameStart = a + 1;
    }
    if (nameStart >= b) {
      return; // a title alone ("President") names nobody by itself
    }
    for (int k = nameStart + 2; k <= Math.min(nameStart + 3, b - 2); k++) {
      // "Tom Fenwick of the California walnut board": a person, then where they are from
      if (ta.tokens.get(k).text().equals("of") && lexicon.firstNames.containsKey(NameKeys.fold(ta.tokens.get(nameStart).text()))
          && nameShapedRun(ta, nameStart + 1, k)) {
        classify(ta, s, nameStart, k, headline, words, out, unknownSingles);
        classify(ta, s, k + 1, b, headline, words, out, unknownSingles);
        return;
      }
    }
    String surface = ta.text.substring(ta.tokens.get(nameStart).start(), ta.tokens.get(b - 1).end());
    String folded = NameKeys.fold(surface);
    int n = b - nameStart;
    if (role == null && n >= 3 && ta.tokens.subList(nameStart + 1, b - 1).stream().anyMatch(t -> t.text().equals("&"))
        && !isKnown(surface)) {
      // "Douglas & Lomason", "Procter & Gamble": firms ("Shares of Douglas & Lomason": the firm after "of")
      int firm = nameStart;
      for (int i = nameStart; i < b && !ta.tokens.get(i).text().equals("&"); i++) {
        if (ta.tokens.get(i).text().equals("of") || ta.tokens.get(i).text().equals("for")) {
          firm = i + 1;
        }
      }
      if (firm > nameStart + 1) {
        classify(ta, s, nameStart, firm - 1, headline, words, out, unknownSingles);
      }
      out.add(new Found(firm, b, EntityType.ORG,
          ta.text.substring(ta.tokens.get(firm).start(), ta.tokens.get(b - 1).end()), null, false));
      return;
    }
    String foldedNoThe = folded.startsWith("the ") ? folded.substring(4) : folded;
    // results tables ("4. Olabisi Afolabi ( Nigeria ) 51.98") look like headlines, but a short run of
    // capitalised words with a country in brackets after it is a competitor's name
    boolean competitor = n >= 2 && n <= 3 && role == null && countryInBracketsAt(ta, b);
    if (competitor) {
      headline = false;
    }
    if (role == null && isInitialledName(ta, nameStart, b)) {
      // "T. Moody", "J. R. Smith": initials before a surname make a person, in any kind of line
      out.add(new Found(nameStart, b, EntityType.PERSON, surface, null, false));
      return;
    }
    if (headline && !isKnown(surface) && n >= 2 && n <= 3 && role == null && commaListItem(ta, s, nameStart, b)
        && !containsDigitOrCommon(ta, nameStart, b) && !lexicon.firstNames.containsKey(NameKeys.fold(ta.tokens.get(nameStart).text()))) {
      // "…, Paul Moberly , Billy Ashdown , …": an item of a comma list in a results line; a person if the
      // items beside it are (decided with the whole article's names, in resolve)
      unknownSingles.add(new Found(nameStart, b, null, surface, null, false));
      return;
    }
    if (headline && !isKnown(surface) && n > 1 && role == null) {
      // in a title-case headline every word is capitalised: take known names, then single words,
      // which count only when the body confirms them (a surname of a person found there)
      int i = nameStart;
      while (i < b) {
        int step = 1;
        for (int k = Math.min(4, b - i); k >= 2; k--) {
          String sub = ta.text.substring(ta.tokens.get(i).start(), ta.tokens.get(i + k - 1).end());
          if (isKnown(sub) || lexicon.firstNames.containsKey(NameKeys.fold(ta.tokens.get(i).text()))) {
            classify(ta, s, i, i + k, false, words, out, unknownSingles);
            step = k;
            break;
          }
        }
        if (step == 1) {
          String word = ta.tokens.get(i).text();
          if (isKnown(word)) {
            classify(ta, s, i, i + 1, false, words, out, unknownSingles);
          } else if (!lexicon.isCommon(word)) {
            unknownSingles.add(new Found(i, i + 1, null, word, null, true));
          }
        }
        i += step;
      }
      return;
    }
    if (headline && !isKnown(surface) && role == null) {
      unknownSingles.add(new Found(nameStart, b, null, surface, null, true));
      return;
    }
    String lastLower = NameKeys.fold(ta.tokens.get(b - 1).text());
    String firstLower = NameKeys.fold(ta.tokens.get(nameStart).text());
    if (role != null && n >= 1 && lexicon.orgHeads.contains(lastLower)) {
      // "General Motors Corp", "General Electric Co": a title word opening a company's name
      out.add(new Found(a, b, EntityType.ORG,
          ta.text.substring(ta.tokens.get(a).start(), ta.tokens.get(b - 1).end()), null, false));
      return;
    }
    if (role != null) {
      if (lexicon.places.containsKey(folded) || lexicon.organizations.containsKey(foldedNoThe)) {
        // "President of Russia" style leftovers: not a person
      } else {
        out.add(new Found(nameStart, b, EntityType.PERSON, surface, role, n == 1));
        return;
      }
    }
    if (n == 1 && lexicon.cues.containsKey(folded) && folded.endsWith("s") && !isKnown(surface)) {
      return; // "(Adds analyst comment)", "Says …": a speech verb capitalised by its place, not a name
    }
    if (lexicon.events.containsKey(folded)) {
      out.add(new Found(nameStart, b, EntityType.EVENT, lexicon.events.get(folded), null, false));
      return;
    }
    if (lexicon.organizations.containsKey(foldedNoThe)) {
      out.add(new Found(nameStart, b, EntityType.ORG, lexicon.organizations.get(foldedNoThe), null, false));
      return;
    }
    if (lexicon.places.containsKey(foldedNoThe)) {
      out.add(new Found(nameStart, b, EntityType.PLACE, lexicon.places.get(foldedNoThe), null, false));
      return;
    }
    if (n >= 2 && role == null) {
      for (int cut = b - 1; cut > nameStart; cut--) {
        String prefix = NameKeys.fold(ta.text.substring(ta.tokens.get(nameStart).start(), ta.tokens.get(cut - 1).end()));
        if ((lexicon.places.containsKey(prefix) || lexicon.organizations.containsKey(prefix))
            && !lexicon.orgHeads.contains(lastLower) && !lexicon.placeHeads.contains(lastLower)
            && !eventRule.isEventNoun(lastLower)) {
          classify(ta, s, nameStart, cut, headline, words, out, unknownSingles);
          return;
        }
      }
    }
    if (n >= 2 && eventRule.isEventNoun(lastLower)) {
      // "Alaska Summit": the place, and the event it names
      classify(ta, s, nameStart, b - 1, headline, words, out, unknownSingles);
      return; // the event itself is added by the event rules
    }
    if (n >= 2 && COMPASS.contains(firstLower)) {
      String rest = NameKeys.fold(ta.text.substring(ta.tokens.get(nameStart + 1).start(), ta.tokens.get(b - 1).end()));
      if (lexicon.places.containsKey(rest)) {
        out.add(new Found(nameStart, b, EntityType.PLACE, surface, null, false));
        return;
      }
    }
    if (lexicon.demonyms.containsKey(folded)) {
      return; // "Russian" is not a place
    }
    if (n >= 2 && (lexicon.orgHeads.contains(lastLower) || lexicon.orgHeads.contains(firstLower))) {
      out.add(new Found(nameStart, b, EntityType.ORG, stripThe(surface), null, false));
      return;
    }
    if (n >= 2 && lexicon.placeHeads.contains(lastLower)) {
      out.add(new Found(nameStart, b, EntityType.PLACE, stripThe(surface), null, false));
      return;
    }
    if (n >= 2 && PLACE_PREFIXES.contains(firstLower) && !lexicon.isTitle(NameKeys.fold(ta.tokens.get(nameStart + 1).text()))) {
      // "St Pauli", "San Marcos", "Fort Worth", "Mount Kenya": a saint's or a feature's name makes a place (or,
      // where it competes, its team), not a person
      out.add(new Found(nameStart, b, EntityType.PLACE, surface, null, false));
      return;
    }
    if (n >= 2 && lexicon.firstNames.containsKey(firstLower)) {
      out.add(new Found(nameStart, b, EntityType.PERSON, surface, null, false));
      return;
    }
    if (n == 1 && ta.tokens.get(nameStart).isAllCaps() && surface.length() <= 6 && !lexicon.isCommonAcronym(surface)
        && !isAllCapsLine(ta, s)) {
      out.add(new Found(nameStart, b, EntityType.ORG, surface, null, false));
      return;
    }
    if (!headline && n >= 3 && n <= 6 && particleName(ta, s, nameStart, b, words)) {
      out.add(new Found(nameStart, b, EntityType.PERSON, surface, null, false));
      return;
    }
    int hyphens = 0;
    for (int i = nameStart; i < b; i++) {
      hyphens += ta.tokens.get(i).text().equals("-") ? 1 : 0;
    }
    if (n - hyphens >= 2 && n - hyphens <= 3 && !headline && !containsDigitOrCommon(ta, nameStart, b)
        && !lexicon.demonyms.containsKey(NameKeys.fold(ta.tokens.get(b - 1).text()))) {
      // two or three capitalised words, none of them an ordinary word of this text, none all capitals:
      // the shape of a personal name ("Filippo Veglio", "Nolan Henke")
      boolean nameShaped = true;
      boolean hyphenated = false;
      for (int i = nameStart; i < b; i++) {
        hyphenated |= i == nameStart + 1 && ta.tokens.get(i).text().equals("-");
        if (!isNameWord(ta.tokens.get(i), words)) {
          nameShaped = false;
        }
      }
      if (hyphenated && !lexicon.firstNames.containsKey(firstLower)) {
        nameShaped = false; // "Alkhan-Yurt", "Harper-Collins": a hyphenated first word is a given name only if known
      }
      EntityTyper.Prediction typed = lexicon.typer == null ? null : lexicon.typer.predict(ta, s, nameStart, b, lexicon);
      // the typer may turn a name-shaped run into a place or organisation, or type a run that is not
      // name-shaped as one; it does not make people of words the name shape rejected ("Liberal Democrats")
      boolean typedOther = typed != null && typed.type() != null && typed.type() != EntityType.PERSON;
      if (typedOther && !isTitleCase(ta, s)) {
        out.add(new Found(nameStart, b, typed.type(), stripThe(surface), null, false));
      } else if (nameShaped && (competitor || !isTitleCase(ta, s))) {
        out.add(new Found(nameStart, b, EntityType.PERSON, surface, null, false));
      } else {
        unknownSingles.add(new Found(nameStart, b, null, surface, null, false));
      }
      return;
    }
    if (n == 1) {
      unknownSingles.add(new Found(nameStart, b, null, surface, null, true));
    }
  }

  /**
   * A word that can be part of a personal name here: capitalised, not all capitals, and not an ordinary
   * word of this text, a title, a nationality, a compass point or a known place or organisation.
   */
  private boolean isNameWord(Token t, DocumentWords words) {
    String f = NameKeys.fold(t.text());
    return !(words.lowerCase().contains(t.lower()) || t.isAllCaps() || lexicon.isTitle(t.lower()) || lexicon.demonyms.containsKey(f)
        || NOT_NAME_WORDS.contains(f)
        || COMPASS.contains(f) || lexicon.places.containsKey(f) || lexicon.organizations.containsKey(f)
        || lexicon.placeHeads.contains(f) || lexicon.orgHeads.contains(f));
  }

  /**
   * A personal name with particles: "Edwin van der Sar", "Leonardo da Vinci", "Mariaan de Swardt", and at
   * the start of a sentence "Von der Leyen", "De la Hoya". The particles are lower-case inside the name (a
   * capitalised one only opens it, followed by another), every other word is name-shaped, and the name
   * ends in one.
   */
  private boolean particleName(TextAnalysis ta, Sentence s, int a, int b, DocumentWords words) {
    int before = 0;
    int after = 0;
    boolean inner = false;
    boolean germanic = false;
    for (int i = a; i < b; i++) {
      Token t = ta.tokens.get(i);
      String lower = t.lower();
      boolean particle = NAME_PARTICLES.contains(lower);
      if (particle && i > a && i < b - 1 && t.text().equals(lower)) {
        inner = true;
        germanic |= GERMANIC_PARTICLES.contains(lower);
      } else if (particle && i == a && t.isCapitalized() && NAME_PARTICLES.contains(ta.tokens.get(i + 1).text())) {
        // "Von der Leyen": a capitalised particle opens the name when another follows it
        inner = true;
        germanic |= GERMANIC_PARTICLES.contains(lower);
      } else if (particle || !t.isCapitalized() || !isNameWord(t, words)) {
        return false;
      } else if (inner) {
        after++;
      } else {
        before++;
      }
    }
    // one surname after the particles, at most two given names before them
    if (!inner || after != 1 || before > 2) {
      return false;
    }
    EntityTyper.Prediction typed = lexicon.typer == null ? null : lexicon.typer.predict(ta, s, a, b, lexicon);
    if (typed != null && typed.type() != null && typed.type() != EntityType.PERSON) {
      return false; // "the state mining company Compania Minera del Sur"
    }
    // Dutch and German particles are nearly always in personal names; Romance ones ("de", "da", "del")
    // as often in names of places and firms ("Cap de Formentor", "Banco de Arena"): there a known given
    // name or the typer must say person
    return germanic || before == 0 || lexicon.firstNames.containsKey(NameKeys.fold(ta.tokens.get(a).text()))
        || typed != null && typed.type() == EntityType.PERSON;
  }

  /**
   * One-letter initials, each with its full stop, then one or two capitalised words that are not a
   * known place or organisation ("N. Korea" is a place, "T. Moody" a person).
   */
  private boolean isInitialledName(TextAnalysis ta, int a, int b) {
    int i = a;
    while (i + 1 < b && ta.tokens.get(i).text().length() == 1 && Character.isUpperCase(ta.tokens.get(i).text().charAt(0))
        && ta.tokens.get(i + 1).text().equals(".") && ta.tokens.get(i).end() == ta.tokens.get(i + 1).start()) {
      i += 2;
    }
    if (i == a || b - i < 1 || b - i > 2) {
      return false;
    }
    for (int k = i; k < b; k++) {
      Token t = ta.tokens.get(k);
      // after initials even an ordinary word is a surname ("T. Moody", "W. Wood")
      if (!t.isWord() || !t.isCapitalized() || t.isAllCaps()) {
        return false;
      }
    }
    String rest = NameKeys.fold(ta.text.substring(ta.tokens.get(i).start(), ta.tokens.get(b - 1).end()));
    return !isKnown(rest);
  }

  /** A known multi-word name begins at token {@code a} ("New York", "New Zealand": "New" is no ordinary word there). */
  private boolean knownNameStartsAt(TextAnalysis ta, int a, int b) {
    for (int end = Math.min(b, a + 4); end >= a + 2; end--) {
      if (isKnown(ta.text.substring(ta.tokens.get(a).start(), ta.tokens.get(end - 1).end()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The place or organisation that qualifies a title is mentioned too: "U.S." in "U.S. President Bill
   * Clinton", "White House" in "White House Press Secretary …".
   */
  private void qualifierOfTitle(TextAnalysis ta, int a, int titleEnd, List<Found> out) {
    for (int k = Math.min(3, titleEnd - a - 1); k >= 1; k--) {
      String q = NameKeys.fold(ta.text.substring(ta.tokens.get(a).start(), ta.tokens.get(a + k - 1).end()));
      String qNoThe = q.startsWith("the ") ? q.substring(4) : q;
      if (lexicon.places.containsKey(qNoThe)) {
        out.add(new Found(a, a + k, EntityType.PLACE, lexicon.places.get(qNoThe), null, false));
        return;
      }
      if (lexicon.organizations.containsKey(qNoThe)) {
        out.add(new Found(a, a + k, EntityType.ORG, lexicon.organizations.get(qNoThe), null, false));
        return;
      }
    }
  }

  /** A line in capitals ("SOCCER - JAPAN BEAT SYRIA"): a short word in it is no acronym. */
  private static boolean isAllCapsLine(TextAnalysis ta, Sentence s) {
    int[] counted = countWords(ta, s, 2, Token::isAllCaps);
    return counted[0] >= 3 && counted[1] * 10 >= counted[0] * 7;
  }

  /** The sentence's words of at least {@code minLength} characters, and how many of them pass {@code test}. */
  private static int[] countWords(TextAnalysis ta, Sentence s, int minLength, Predicate<Token> test) {
    int words = 0;
    int passing = 0;
    for (int i = s.from(); i < s.to(); i++) {
      Token t = ta.tokens.get(i);
      if (t.isWord() && t.text().length() >= minLength) {
        words++;
        if (test.test(t)) {
          passing++;
        }
      }
    }
    return new int[] {words, passing};
  }

  /** One to three capitalised words that could be a personal name: none ordinary, known, a title or a head word. */
  private boolean nameShapedRun(TextAnalysis ta, int a, int b) {
    if (b - a < 1 || b - a > 3) {
      return false;
    }
    for (int i = a; i < b; i++) {
      Token t = ta.tokens.get(i);
      String f = NameKeys.fold(t.text());
      if (!t.isWord() || !t.isCapitalized() || t.isAllCaps() || lexicon.isCommon(t.text()) || lexicon.isTitle(t.lower())
          || lexicon.demonyms.containsKey(f) || NOT_NAME_WORDS.contains(f) || COMPASS.contains(f)
          || lexicon.places.containsKey(f) || lexicon.organizations.containsKey(f) || lexicon.events.containsKey(f)
          || lexicon.placeHeads.contains(f) || lexicon.orgHeads.contains(f) || eventRule.isEventNoun(f)
          || CalendarWords.isMonth(f) || CalendarWords.isWeekday(f)) {
        return false;
      }
    }
    return true;
  }

  /** "( Nigeria )", "(U.S.)" starting at token {@code i}. */
  private boolean countryInBracketsAt(TextAnalysis ta, int i) {
    if (i >= ta.tokens.size() || !ta.tokens.get(i).text().equals("(")) {
      return false;
    }
    for (int close = i + 2; close < Math.min(ta.tokens.size(), i + 6); close++) {
      if (ta.tokens.get(close).text().equals(")")) {
        String inner = NameKeys.fold(ta.text.substring(ta.tokens.get(i + 1).start(), ta.tokens.get(close - 1).end()));
        String place = lexicon.places.get(inner);
        return place != null && lexicon.isCountry(place);
      }
    }
    return false;
  }

  private boolean containsDigitOrCommon(TextAnalysis ta, int a, int b) {
    for (int i = a; i < b; i++) {
      String t = ta.tokens.get(i).text();
      if (lexicon.isCommon(t) || CONNECTORS.contains(t) || t.chars().anyMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A dateline: capitals opening a paragraph, then the agency or the date ("CHARLOTTE, North Carolina
   * (Reuters) -", "LONDON 1996-08-30"). Not "SOCCER - …", which a dash follows.
   */
  private static boolean isDateline(TextAnalysis ta, Sentence s, int i, int j) {
    if (j - i > 3 || j >= s.to() || i != s.from()) {
      return false;
    }
    int start = ta.tokens.get(i).start();
    int p = ta.paragraphOf(start);
    if (p < 0 || !ta.text.substring(ta.paragraphs.get(p)[0], start).isBlank()) {
      return false;
    }
    for (int k = i; k < j; k++) {
      if (!ta.tokens.get(k).isAllCaps() || ta.tokens.get(k).text().length() < 3 && j - i == 1) {
        return false;
      }
    }
    String next = ta.tokens.get(j).text();
    if (agencyAt(ta, s, j) || ISO_DATE.matcher(next).matches()) {
      return true;
    }
    if (!next.equals(",")) {
      return false;
    }
    for (int k = j + 1; k < Math.min(s.to(), j + 5); k++) {
      if (agencyAt(ta, s, k)) {
        return true;
      }
      if (!ta.tokens.get(k).isCapitalized() && !ta.tokens.get(k).text().equals(".")) {
        return false;
      }
    }
    return false;
  }

  /** "(Reuters)", "(AP)": one capitalised word in brackets at token k. */
  private static boolean agencyAt(TextAnalysis ta, Sentence s, int k) {
    return k + 2 < s.to() && ta.tokens.get(k).text().equals("(") && ta.tokens.get(k + 1).isCapitalized()
        && ta.tokens.get(k + 2).text().equals(")");
  }

  /** "NEW YORK" → "New York". */
  static String titleCase(String caps) {
    StringBuilder sb = new StringBuilder(caps.length());
    boolean start = true;
    for (char c : caps.toCharArray()) {
      sb.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return sb.toString();
  }

  /** The end of a known organisation or place name that runs from token i over the "and" at token j, or -1. */
  private int knownNameThrough(TextAnalysis ta, Sentence s, int i, int j) {
    for (int end = Math.min(s.to(), j + 5); end > j + 1; end--) {
      String f = NameKeys.fold(ta.text.substring(ta.tokens.get(i).start(), ta.tokens.get(end - 1).end()));
      String noThe = f.startsWith("the ") ? f.substring(4) : f;
      if (lexicon.organizations.containsKey(noThe) || lexicon.places.containsKey(noThe)) {
        return end;
      }
    }
    return -1;
  }

  private boolean isKnown(String surface) {
    String f = NameKeys.fold(surface);
    String noThe = f.startsWith("the ") ? f.substring(4) : f;
    return lexicon.places.containsKey(noThe) || lexicon.organizations.containsKey(noThe)
        || lexicon.events.containsKey(f) || lexicon.firstNames.containsKey(f);
  }

  private static boolean isOpener(String s) {
    return s.equals("“") || s.equals("\"") || s.equals("‘") || s.equals("(") || s.equals(":") || s.equals("—")
        || s.equals("-") || s.equals("·");
  }

  /** The text up to its first space ("Viktor" of "Viktor Orban"). */
  private static String firstWord(String s) {
    int space = s.indexOf(' ');
    return space < 0 ? s : s.substring(0, space);
  }

  private static String stripThe(String s) {
    return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
  }

  /** The end (exclusive) of a leading title phrase in tokens [a, b), or a if there is none. */
  private int titleEnd(TextAnalysis ta, int a, int b) {
    int best = a;
    int start = a;
    // a nationality or place may qualify the title: "U.S. President", "Hungarian Prime Minister"
    String firstFolded = NameKeys.fold(ta.tokens.get(a).text());
    if (lexicon.demonyms.containsKey(firstFolded) || lexicon.places.containsKey(firstFolded)
        || lexicon.organizations.containsKey(firstFolded)) {
      start = a + 1;
    }
    // a title may also come after one or two capitalised qualifiers: "House Speaker", "Senate Minority Leader"
    Set<Integer> starts = new LinkedHashSet<>(List.of(a, start));
    for (int q = a + 1; q <= Math.min(a + 2, b - 2); q++) {
      starts.add(q);
    }
    for (int s0 : starts) {
      StringBuilder phrase = new StringBuilder();
      for (int i = s0; i < b && i < s0 + lexicon.longestTitleWords + 1; i++) {
        if (phrase.length() > 0) {
          phrase.append(' ');
        }
        phrase.append(ta.tokens.get(i).lower());
        String p = phrase.toString();
        if (lexicon.isTitle(p) || lexicon.isTitle(p + ".")) {
          int end = i + 1;
          if (end < ta.tokens.size() && ta.tokens.get(end).text().equals(".") && ta.tokens.get(end).start() == ta.tokens.get(i).end()) {
            end++;
          }
          best = Math.max(best, end);
        }
      }
    }
    return best; // b when the whole run is a title ("President"), which names nobody
  }

  /** A lower-case title just before a name ("adviser Yuri Ushakov", "Kremlin leader Vladimir Putin"). */
  private String precedingTitle(TextAnalysis ta, Sentence s, int a) {
    for (int len = Math.min(3, a - s.from()); len >= 1; len--) {
      StringBuilder phrase = new StringBuilder();
      for (int i = a - len; i < a; i++) {
        if (phrase.length() > 0) {
          phrase.append(' ');
        }
        phrase.append(ta.tokens.get(i).text());
      }
      String p = phrase.toString();
      if (Character.isLowerCase(p.charAt(0)) && lexicon.isTitle(p)) {
        int roleStart = a - len;
        // include capitalised or nationality modifiers: "Kremlin leader", "foreign affairs adviser"
        while (roleStart > s.from()) {
          Token prev = ta.tokens.get(roleStart - 1);
          String f = NameKeys.fold(prev.text());
          if (prev.isWord() && (lexicon.demonyms.containsKey(f) || lexicon.organizations.containsKey(f) || lexicon.qualifiesRole(f)
              || lexicon.places.containsKey(f) || (Character.isLowerCase(prev.text().charAt(0))
              && !lexicon.isCommon(prev.text()) && roleStart > a - len - 2))) {
            roleStart--;
          } else {
            break;
          }
        }
        return ta.text.substring(ta.tokens.get(roleStart).start(), ta.tokens.get(a - 1).end());
      }
    }
    return null;
  }

  private static final Set<String> CONTEST_VERBS = Set.copyOf(List.of("beat", "beats", "defeated", "defeat",
      "defeats", "drew", "draw", "lost", "lose", "loses", "edged", "routed", "thrashed", "crushed", "overcame",
      "upset", "trounced", "outplayed", "eliminated", "knocked", "v", "vs", "versus", "hammered", "downed", "blanked"));

  /** A place right before one of these is a team ("Surrey captain Chris Lewis", "the Russia coach"). */
  private static final Set<String> TEAM_ROLES = Set.copyOf(List.of("captain", "coach", "manager", "striker",
      "goalkeeper", "midfielder", "defender", "skipper", "batsman", "bowler", "opener", "forward", "winger",
      "keeper", "quarterback", "pitcher"));
  /** Two words before a team: "victory over Wigan", "lost to Karlsruhe", "a draw with Nice". */
  private static final Set<String> CONTEST_PHRASES = Set.copyOf(List.of("victory over", "win over", "win against",
      "victory against", "match against", "game against", "lost to", "defeat by", "defeat to", "beaten by",
      "draw with", "drew with", "draw against", "tie against", "tie with", "clash with", "loss to", "defeat against"));

  /**
   * Sports reports name teams by their city ("Leicestershire beat Somerset", "Boston 3 New York 6"): a
   * place that competes — next to a contest verb, or standing in a score line — is an organisation.
   */
  private List<Found> teamsFromPlaces(TextAnalysis ta, List<Found> found) {
    // one sense per article: a place seen competing once is the team wherever the article names it
    Set<String> teams = new HashSet<>();
    for (Found f : found) {
      // a country that competes is its national side, which stays the place it is named after
      // (CoNLL-2003 annotates it so too); clubs named after a city or county are organisations
      if (f.type() == EntityType.PLACE && !lexicon.isCountry(f.canonical()) && competes(ta, f)) {
        teams.add(f.canonical());
      }
    }
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      if (f.type() == EntityType.PLACE && teams.contains(f.canonical())) {
        out.add(new Found(f.from(), f.to(), EntityType.ORG, f.canonical(), f.role(), f.single()));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /** One to three digits: a score or a place in a table. */
  private static boolean isSmallNumber(String s) {
    if (s.isEmpty() || s.length() > 3) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean competes(TextAnalysis ta, Found f) {
    Sentence s = ta.sentences.get(Math.max(0, ta.sentenceOf(f.from())));
    String next = f.to() < s.to() ? ta.tokens.get(f.to()).lower() : "";
    String prev = f.from() > s.from() ? ta.tokens.get(f.from() - 1).lower() : "";
    String prev2 = f.from() - 2 >= s.from() ? ta.tokens.get(f.from() - 2).lower() : "";
    if (CONTEST_VERBS.contains(next) || CONTEST_VERBS.contains(prev) || TEAM_ROLES.contains(next)
        || CONTEST_PHRASES.contains(prev2 + " " + prev)
        || (prev.equals(".") && prev2.equals("v"))) {
      return true;
    }
    // a score line: the name followed by a small number, after a number or at the line's start
    boolean scoreAfter = isSmallNumber(next) && (f.to() + 1 >= s.to() || !NUMBER_UNITS.contains(ta.tokens.get(f.to() + 1).lower()));
    boolean numberOrStartBefore = prev.isEmpty() || isSmallNumber(prev) || prev.equals(",") || prev.equals(";")
        || prev.equals(":");
    return scoreAfter && numberOrStartBefore && f.from() + 2 < ta.tokens.size();
  }

  /** Resolves surnames to full names and spelling variants to one display name within the article. */
  private List<EntityMention> resolve(TextAnalysis ta, List<Found> found, List<Found> unknownSingles) {
    // full names, by key; the first spelling seen is the display form
    Map<String, String> displayByKey = new LinkedHashMap<>();
    Map<String, Integer> countByKey = new HashMap<>();
    // unknown multi-word names are people when something else says so: a later surname alone, or a speech verb
    Set<String> singles = new HashSet<>();
    for (Found f : unknownSingles) {
      if (f.single()) {
        singles.add(NameKeys.key(f.canonical()));
      }
    }
    for (Found f : found) {
      if (f.single()) {
        singles.add(NameKeys.key(f.canonical()));
      }
    }
    List<Found> evidenced = new ArrayList<>();
    for (Found f : unknownSingles) {
      if (!f.single()) {
        String[] parts = NameKeys.key(f.canonical()).split(" ");
        if (singles.contains(parts[parts.length - 1]) || followedBySpeechVerb(ta, f.to())) {
          evidenced.add(new Found(f.from(), f.to(), EntityType.PERSON, f.canonical(), null, false));
        }
      }
    }
    evidenced.addAll(listedWithPeople(ta, found, unknownSingles, evidenced));
    found = new ArrayList<>(found);
    found.addAll(evidenced);
    found.sort(Comparator.comparingInt(Found::from));
    Map<String, Integer> firstSeen = new HashMap<>();
    for (Found f : found) {
      if (f.type() == EntityType.PERSON && !f.single()) {
        String key = NameKeys.key(f.canonical());
        displayByKey.putIfAbsent(key, f.canonical());
        countByKey.merge(key, 1, Integer::sum);
        firstSeen.putIfAbsent(key, ta.tokens.get(f.from()).start());
      }
    }
    for (Found f : found) {
      if (f.type() == EntityType.PERSON && f.single()) {
        String full = fullNameFor(f.canonical(), earlier(displayByKey, firstSeen, ta.tokens.get(f.from()).start()), countByKey);
        if (full != null) {
          countByKey.merge(NameKeys.key(full), 1, Integer::sum);
        }
      }
    }
    List<EntityMention> out = new ArrayList<>();
    Set<Long> taken = new HashSet<>();
    for (Found f : found) {
      String canonical = f.canonical();
      if (f.type() == EntityType.PERSON) {
        if (f.single()) {
          String full = fullNameFor(canonical, earlier(displayByKey, firstSeen, ta.tokens.get(f.from()).start()), countByKey);
          canonical = full != null ? full : canonical;
        } else {
          // "Van der Sar" after "Edwin van der Sar": a surname with its particles
          String full = NAME_PARTICLES.contains(ta.tokens.get(f.from()).lower())
              ? fullNameFor(canonical, earlier(displayByKey, firstSeen, ta.tokens.get(f.from()).start()), countByKey) : null;
          canonical = full != null ? full : displayByKey.get(NameKeys.key(canonical));
        }
      }
      out.add(mention(ta, f, f.type(), canonical));
      taken.add(((long) f.from() << 32) | f.to());
    }
    for (Found f : unknownSingles) {
      if (taken.contains(((long) f.from() << 32) | f.to()) || !f.single()) {
        continue;
      }
      if (f.type() != null) {
        out.add(mention(ta, f, f.type(), f.canonical())); // typed by its context ("DaimlerChrysler DCXGn.DE")
        continue;
      }
      // a headline names people before the text introduces them: any full name in the article will do
      Sentence where = ta.sentences.get(Math.max(0, ta.sentenceOf(f.from())));
      Map<String, String> candidates = isTitleCase(ta, where) ? displayByKey
          : earlier(displayByKey, firstSeen, ta.tokens.get(f.from()).start());
      String full = fullNameFor(f.canonical(), candidates, countByKey);
      if (full != null) {
        out.add(mention(ta, f, EntityType.PERSON, full));
      } else if (f.single() && f.to() - f.from() == 1 && competes(ta, f)) {
        // one unknown word in a score line or next to "beat": a team ("Millbrook 5 3 1 1 8 4")
        out.add(mention(ta, f, EntityType.ORG, f.canonical()));
      } else if (f.single() && followedBySpeechVerb(ta, f.to()) && !lexicon.organizations.containsKey(NameKeys.fold(f.canonical()))) {
        out.add(mention(ta, f, EntityType.PERSON, f.canonical()));
      } else if (f.single() && lexicon.typer != null) {
        int si = ta.sentenceOf(f.from());
        Sentence sentence = ta.sentences.get(Math.max(0, si));
        EntityTyper.Prediction typed = isTitleCase(ta, sentence) ? null : lexicon.typer.predict(ta, sentence, f.from(), f.to(), lexicon);
        if (typed != null && typed.type() != null) {
          out.add(mention(ta, f, typed.type(), f.canonical()));
        }
      }
    }
    out.sort(Comparator.comparingInt(EntityMention::start).thenComparing(m -> -m.end()));
    return out;
  }

  /**
   * Unknown multi-word names listed with people are people ("Paul Moberly , Billy Ashdown , Ken Tarrant"):
   * items of one comma list share a type. Only lists with at least two known people and nothing known
   * to be anything else count ("Lena Marsh ( Sweden ) , Falcon Motors , 61.240" lists a car, not a person).
   */
  private static List<Found> listedWithPeople(TextAnalysis ta, List<Found> found, List<Found> unknown, List<Found> evidenced) {
    if (unknown.stream().allMatch(Found::single)) {
      return List.of(); // no unknown multi-word name: nothing to decide (most articles)
    }
    Map<Integer, Found> byFrom = new HashMap<>();
    Map<Integer, Found> byTo = new HashMap<>();
    for (List<Found> list : List.of(unknown, found, evidenced)) { // later lists win: known types over unknown
      for (Found f : list) {
        byFrom.put(f.from(), f);
        byTo.put(f.to(), f);
      }
    }
    List<Found> out = new ArrayList<>();
    for (Found f : unknown) {
      if (f.single() || f.to() - f.from() > 3 || byFrom.get(f.from()).type() != null) {
        continue;
      }
      List<Found> items = new ArrayList<>();
      for (int pos = nextListItem(ta, f.to()); pos >= 0 && byFrom.containsKey(pos) && items.size() < 30; ) {
        items.add(byFrom.get(pos));
        pos = nextListItem(ta, byFrom.get(pos).to());
      }
      for (int end = previousListItemEnd(ta, f.from()); end >= 0 && byTo.containsKey(end) && items.size() < 60; ) {
        items.add(byTo.get(end));
        end = previousListItemEnd(ta, byTo.get(end).from());
      }
      long people = items.stream().filter(i -> i.type() == EntityType.PERSON).count();
      boolean other = items.stream().anyMatch(i -> i.type() != null && i.type() != EntityType.PERSON);
      if (people >= 2 && !other) {
        out.add(new Found(f.from(), f.to(), EntityType.PERSON, f.canonical(), null, false));
      }
    }
    return out;
  }

  /** The first token of the next item of a comma list after an item ending at {@code to}, or -1. */
  private static int nextListItem(TextAnalysis ta, int to) {
    int i = skipBrackets(ta, to);
    if (i < ta.tokens.size() && ta.tokens.get(i).text().equals(",")) {
      i++;
      if (i < ta.tokens.size() && ta.tokens.get(i).is("and")) {
        i++;
      }
      return i;
    }
    return i < ta.tokens.size() && ta.tokens.get(i).is("and") ? i + 1 : -1;
  }

  /** The end (exclusive) of the previous item of a comma list before an item starting at {@code from}, or -1. */
  private static int previousListItemEnd(TextAnalysis ta, int from) {
    int i = from - 1;
    if (i >= 0 && ta.tokens.get(i).is("and")) {
      i--;
    }
    if (i < 0 || !ta.tokens.get(i).text().equals(",") && !ta.tokens.get(from - 1).is("and")) {
      return -1;
    }
    int end = ta.tokens.get(i).text().equals(",") ? i : i + 1;
    if (end - 1 >= 0 && ta.tokens.get(end - 1).text().equals(")")) {
      int k = end - 1;
      while (k > 0 && k > end - 5 && !ta.tokens.get(k).text().equals("(")) {
        k--;
      }
      if (ta.tokens.get(k).text().equals("(")) {
        end = k;
      }
    }
    return end;
  }

  /** True when a comma (or the line's start or end) stands on both sides of tokens [a, b), a bracket group allowed after. */
  private static boolean commaListItem(TextAnalysis ta, Sentence s, int a, int b) {
    int after = skipBrackets(ta, b);
    boolean before = a == s.from() || ta.tokens.get(a - 1).text().equals(",") || ta.tokens.get(a - 1).is("and");
    boolean next = after >= s.to() || ta.tokens.get(after).text().equals(",") || ta.tokens.get(after).is("and");
    return before && next && (a > s.from() || after < s.to());
  }

  /** Past "( Sweden )" at token i, if there. */
  private static int skipBrackets(TextAnalysis ta, int i) {
    if (i < ta.tokens.size() && ta.tokens.get(i).text().equals("(")) {
      for (int k = i + 1; k < Math.min(ta.tokens.size(), i + 5); k++) {
        if (ta.tokens.get(k).text().equals(")")) {
          return k + 1;
        }
      }
    }
    return i;
  }

  private boolean followedBySpeechVerb(TextAnalysis ta, int to) {
    if (to >= ta.tokens.size()) {
      return false;
    }
    Lexicon.CueWord cue = lexicon.cues.get(ta.tokens.get(to).lower());
    return cue != null && (cue.lemma().equals("say") || cue.lemma().equals("tell"));
  }

  /** Full names introduced before {@code offset}: news introduces a full name before using the surname alone. */
  private static Map<String, String> earlier(Map<String, String> displayByKey, Map<String, Integer> firstSeen, int offset) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : displayByKey.entrySet()) {
      if (firstSeen.getOrDefault(e.getKey(), Integer.MAX_VALUE) < offset) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /** The full name a single name abbreviates: the surname (or given name) of a full name in the article. */
  private static String fullNameFor(String single, Map<String, String> displayByKey, Map<String, Integer> countByKey) {
    String key = NameKeys.key(single);
    String best = null;
    int bestCount = -1;
    for (Map.Entry<String, String> e : displayByKey.entrySet()) {
      if (e.getKey().endsWith(" " + key)) { // "orban" or "van der sar" ends "viktor orban", "edwin van der sar"
        int c = countByKey.getOrDefault(e.getKey(), 0);
        if (c > bestCount) {
          best = e.getValue();
          bestCount = c;
        }
      }
    }
    if (best == null) {
      for (Map.Entry<String, String> e : displayByKey.entrySet()) {
        if (firstWord(e.getKey()).equals(key)) {
          return e.getValue();
        }
      }
    }
    return best;
  }

  private static EntityMention mention(TextAnalysis ta, Found f, EntityType type, String canonical) {
    int start = ta.tokens.get(f.from()).start();
    int end = ta.tokens.get(f.to() - 1).end();
    return new EntityMention(start, end, ta.text.substring(start, end), type, canonical, f.role());
  }

  /** The gender a person's canonical name suggests: a gendered title word in the role (whole words), else the given name. */
  Lexicon.Gender genderOf(EntityMention m) {
    if (m.role() != null) {
      for (String word : m.role().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        Lexicon.Gender g = lexicon.genderedTitles.get(word);
        if (g != null) {
          return g; // "Mrs", "Queen", "Sir" — but not the "man" inside "German" or "chairman"
        }
      }
    }
    String first = NameKeys.fold(firstWord(m.canonical()));
    return lexicon.firstNames.getOrDefault(first, Lexicon.Gender.UNKNOWN);
  }

}
