package dev.newsfacet.extract;

import dev.newsfacet.text.NameKeys;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The word lists the rule-based extractors use, loaded once from resources beside this class and
 * immutable afterwards, so one instance is safely shared by every thread. Provenance of each file is
 * stated in its first line and in NOTICE.
 */
public final class Lexicon {
  /** Gender a given name most often marks. */
  enum Gender { MALE, FEMALE, UNKNOWN }

  /** How a cue verb introduces content. */
  enum CueFrame {
    /** reports a clause, with or without "that" (say, tell, believe) */
    CLAUSE,
    /** reports a clause only with "that", a colon or a quotation (add, warn, note) */
    THAT,
    /** names what it calls something; counts only around a quotation (call, describe) */
    NAMING,
    /** takes everything it governs as content (accuse, want, urge, ask) */
    ANY,
    /** a view of something "as" something: content only with "as" after the object (see X as Y, regard X as Y) */
    AS
  }

  record CueWord(String lemma, CueFrame frame) {}

  final Map<String, Gender> firstNames;          // folded given name -> gender
  /** Title words that mark a gender, lower case ("mrs", "sir", "queen"), matched as whole words. */
  final Map<String, Gender> genderedTitles;
  final Map<String, String> places;              // folded alias -> canonical
  final Map<String, String> demonyms;            // folded demonym -> country
  /** Demonyms that name a continent ("European"), not a country. */
  private static final Set<String> CONTINENTS = Set.of("Europe", "Africa", "Asia");
  final Set<String> countries;                   // folded country names (CLDR, and every demonym's country)
  final Map<String, String> organizations;       // folded alias -> canonical
  final Map<String, String> events;              // folded alias -> canonical
  final Set<String> orgHeads;                    // folded
  /** Honorifics ("mr", "sir", "dame"), lower case without a full stop: they stand before persons' names only. */
  final Set<String> honorifics;
  /** Honorifics, professions and single-word titles that stand before a name without being part of it. */
  final Set<String> namePrefixes;
  /** Words naming an outlet or division of an organisation known by an acronym ("news", "radio"). */
  final Set<String> orgDivisions;
  /** Legal-form words that end company names ("corp", "inc", "plc"), lower case. */
  final Set<String> companySuffixes;
  final Set<String> placeHeads;                  // folded
  final Set<String> titles;                      // lower-case title phrases
  /** Words that make a different office of a role: "shadow", "deputy", "former". */
  final Set<String> officeQualifiers;
  /**
   * Every proper prefix, at a space, of a folded place, country, organisation or event name ("bank of" of
   * "bank of england"): a phrase that is none of them cannot grow into one, so a look-up may stop there.
   */
  final Set<String> gazetteerPrefixes;
  /** Bits of {@link #gazetteerIndex}: which lists name a folded phrase. */
  static final int LISTED_PLACE = 1, LISTED_ORG = 2, LISTED_EVENT = 4, LISTED_GIVEN_NAME = 8, LISTED_DEMONYM = 16,
      LISTED_ORG_HEAD = 32, LISTED_PLACE_HEAD = 64, LISTED_PREFIX = 128;
  /**
   * Per folded phrase, the lists that name it (places and countries, organisations, events, given names,
   * demonyms, head words) and whether a longer listed name starts with it: the tagger's gazetteer reads
   * each phrase with one look-up instead of one per list.
   */
  final Map<String, Integer> gazetteerIndex;
  /** Every proper prefix, at a space, of a title phrase ("prime" of "prime minister"): a look-up may stop at any other. */
  final Set<String> titlePrefixes;
  /** Party words that qualify a role ("Tory" leader), folded, with the party each names. */
  final Map<String, String> partyWords;
  final Map<String, CueWord> cues;               // lower-case word form -> cue
  final Set<String> commonWords;                 // lower case
  /** Ordinary words from GUM (lower case), trusted only at a sentence start; see ordinary-words.txt. */
  final Set<String> ordinaryWords;
  final int longestTitleWords;
  /** The statistical typer for capitalised words the rules cannot place, or null when not shipped. */
  final EntityTyper typer;

  private Lexicon() {
    firstNames = new HashMap<>();
    readTsv("first-names.tsv", (a, b) -> firstNames.put(NameKeys.fold(a),
        b.equals("f") ? Gender.FEMALE : b.equals("m") ? Gender.MALE : Gender.UNKNOWN));
    genderedTitles = new HashMap<>();
    readTsv("gendered-titles.tsv", (a, b) -> genderedTitles.put(a.toLowerCase(Locale.ROOT),
        b.equals("f") ? Gender.FEMALE : Gender.MALE));
    places = new HashMap<>();
    for (String iso : Locale.getISOCountries()) {
      String name = Locale.of("", iso).getDisplayCountry(Locale.ENGLISH);
      if (!name.isBlank() && !name.equals(iso)) {
        places.put(NameKeys.fold(name), name);
      }
    }
    readTsv("places.tsv", (a, b) -> places.put(NameKeys.fold(a), b));
    demonyms = new HashMap<>();
    readTsv("demonyms.tsv", (a, b) -> demonyms.put(NameKeys.fold(a), b));
    countries = new HashSet<>();
    for (String iso : Locale.getISOCountries()) {
      countries.add(NameKeys.fold(Locale.of("", iso).getDisplayCountry(Locale.ENGLISH)));
    }
    for (String country : demonyms.values()) {
      if (!CONTINENTS.contains(country)) {
        countries.add(NameKeys.fold(country));
      }
    }
    organizations = new HashMap<>();
    readTsv("organizations.tsv", (a, b) -> organizations.put(NameKeys.fold(a), b));
    events = new HashMap<>();
    readTsv("events.tsv", (a, b) -> events.put(NameKeys.fold(a), b));
    orgHeads = foldedSet(readLines("org-heads.txt"));
    companySuffixes = Set.copyOf(readLines("company-suffixes.txt"));
    orgDivisions = Set.copyOf(readLines("org-divisions.txt"));
    placeHeads = foldedSet(readLines("place-heads.txt"));
    titles = new HashSet<>(readLines("titles.txt"));
    honorifics = Set.copyOf(readLines("honorifics.txt"));
    officeQualifiers = foldedSet(readLines("statement/office-qualifiers.txt"));
    partyWords = new HashMap<>();
    readTsv("party-words.tsv", (a, b) -> partyWords.put(NameKeys.fold(a), b));
    cues = new HashMap<>();
    readTsv("cues.tsv", (form, rest) -> {
      String[] parts = rest.split("\t");
      CueFrame frame = switch (parts.length > 1 ? parts[1] : "that") {
        case "clause" -> CueFrame.CLAUSE;
        case "naming" -> CueFrame.NAMING;
        case "any" -> CueFrame.ANY;
        case "as" -> CueFrame.AS;
        default -> CueFrame.THAT;
      };
      cues.put(form.toLowerCase(Locale.ROOT), new CueWord(parts[0], frame));
    });
    commonWords = new HashSet<>();
    for (String line : readLines("common-words.txt")) {
      for (String w : line.split("\\s+")) {
        commonWords.add(w.toLowerCase(Locale.ROOT));
      }
    }
    ordinaryWords = new HashSet<>(readLines("ordinary-words.txt"));
    longestTitleWords = titles.stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
    Set<String> prefixes = new HashSet<>(readLines("name-prefixes.txt"));
    for (String t : titles) {
      if (!t.contains(" ")) {
        prefixes.add(t.endsWith(".") ? t.substring(0, t.length() - 1) : t);
      }
    }
    namePrefixes = Set.copyOf(prefixes);
    Set<String> prefixes2 = new HashSet<>();
    for (Collection<String> names : List.of(places.keySet(), countries, organizations.keySet(), events.keySet())) {
      for (String name : names) {
        for (int i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1)) {
          prefixes2.add(name.substring(0, i));
        }
      }
    }
    gazetteerPrefixes = Set.copyOf(prefixes2);
    Map<String, Integer> index = new HashMap<>();
    BiConsumer<Collection<String>, Integer> list = (names, bit) -> {
      for (String name : names) {
        index.merge(name, bit, (a, b) -> a | b);
      }
    };
    list.accept(places.keySet(), LISTED_PLACE);
    list.accept(countries, LISTED_PLACE);
    list.accept(organizations.keySet(), LISTED_ORG);
    list.accept(events.keySet(), LISTED_EVENT);
    list.accept(firstNames.keySet(), LISTED_GIVEN_NAME);
    list.accept(demonyms.keySet(), LISTED_DEMONYM);
    list.accept(orgHeads, LISTED_ORG_HEAD);
    list.accept(placeHeads, LISTED_PLACE_HEAD);
    list.accept(gazetteerPrefixes, LISTED_PREFIX);
    gazetteerIndex = Map.copyOf(index);
    Set<String> titleStarts = new HashSet<>();
    for (String t : titles) {
      for (int i = t.indexOf(' '); i > 0; i = t.indexOf(' ', i + 1)) {
        titleStarts.add(t.substring(0, i));
      }
    }
    titlePrefixes = Set.copyOf(titleStarts);
    typer = EntityTyper.loadDefault();
  }

  private static final class Holder {
    static final Lexicon DEFAULT = new Lexicon();
  }

  /** The built-in lexicon, loaded on first use and shared. */
  public static Lexicon defaultLexicon() {
    return Holder.DEFAULT;
  }

  private static Set<String> foldedSet(List<String> lines) {
    Set<String> set = new HashSet<>();
    for (String l : lines) {
      set.add(NameKeys.fold(l));
    }
    return set;
  }

  private static List<String> readLines(String resource) {
    return WordFiles.lines(Lexicon.class, resource);
  }


  private static void readTsv(String resource, BiConsumer<String, String> sink) {
    for (String line : readLines(resource)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        sink.accept(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
      }
    }
  }

  /** Whether a word is an honorific ("Mr", "Mr.", "Sir"): what follows it is a person's name. */
  boolean isHonorific(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return honorifics.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
  }

  /** Capitalised abbreviations that name no organisation (TV, GMT, CEO, GDP …). */
  private static final Set<String> COMMON_ACRONYMS = Set.copyOf(List.of("TV", "PC", "GMT", "BST", "CET", "EST",
      "EDT", "PST", "UTC", "CEO", "CFO", "COO", "CTO", "GDP", "GNP", "CPI", "VAT", "IT", "AI", "ID", "OK", "AM", "PM",
      "MP", "MPS", "MEP", "MEPS", "DVD", "CD", "CDS", "DVDS", "PCS", "SMS", "MP3", "USB", "HIV", "AIDS", "DNA", "IQ",
      "FAQ", "PR", "HR", "IPO", "M&A", "QC", "VIP", "RIP", "ASAP", "AKA", "ETA", "FYI", "UK", "US", "USA", "EU",
      "UN", "THE", "AND", "FOR", "NOT", "BUT", "MR", "MRS", "MS", "DR", "II", "III", "IV", "VI", "VII", "VIII",
      "IX", "XI", "NO", "KM", "KG", "MPH", "PPM", "BC", "AD", "CE", "BCE", "HD", "LCD", "LED", "RAM", "CPU", "GPS",
      "WIFI", "URL", "WWW", "HTML", "PDF", "JPEG", "APP", "APPS"));

  /** True for capitalised abbreviations that are ordinary words, not organisations. */
  public boolean isCommonAcronym(String word) {
    return COMMON_ACRONYMS.contains(word.toUpperCase(Locale.ROOT));
  }

  /** The country a nationality word names ("Hungarian" → "Hungary"), or null (also for "European"). */
  public String countryOfDemonym(String word) {
    String place = demonyms.get(NameKeys.fold(word));
    return place != null && !CONTINENTS.contains(place) ? place : null;
  }

  /**
   * A role word as roles are compared: a nationality becomes its country ("russian" → "russia"), a party
   * word its party ("tory" → "conservative"); any other word stays as it is. Folded in, folded out.
   */
  public String roleWord(String folded) {
    String country = countryOfDemonym(folded);
    if (country != null) {
      return NameKeys.fold(country);
    }
    String party = partyWords.get(folded);
    return party != null ? party : folded;
  }

  /** Whether a word may stand before a title as part of the role: "shadow", "deputy", "Tory", "Labour". */
  boolean qualifiesRole(String folded) {
    return officeQualifiers.contains(folded) || partyWords.containsKey(folded);
  }

  /** Whether a place name is a country (or a home nation such as England), by its canonical name. */
  boolean isCountry(String placeName) {
    return countries.contains(NameKeys.fold(placeName));
  }

  /** "Mr", "Sir", "Singer", "President": a word before a name that is not part of it (case and full stop ignored). */
  boolean isNamePrefix(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return namePrefixes.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
  }

  boolean isTitle(String lowerPhrase) {
    return titles.contains(lowerPhrase);
  }

  /** A word GUM writes in lower case: at a sentence start, an ordinary word rather than a name. */
  boolean isOrdinary(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    // a plural of an ordinary word ("Economists said …") is ordinary too
    return ordinaryWords.contains(lower) || lower.length() > 4 && lower.endsWith("s")
        && ordinaryWords.contains(lower.substring(0, lower.length() - 1));
  }

  boolean isCommon(String word) {
    return commonWords.contains(word.toLowerCase(Locale.ROOT));
  }
}
