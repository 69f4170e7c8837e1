package dev.newsfacet.extract;

import dev.newsfacet.extract.entity.EntityTagger;
import dev.newsfacet.extract.entity.Features;
import dev.newsfacet.extract.entity.TaggerInput;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import dev.newsfacet.text.NameKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Turns the tagger's spans into entity mentions: the tagger decides where a name is and what it names;
 * the rules' resolution supplies the canonical name and role where the rules found the same span, and
 * otherwise the lexicon's canonical form, a surname linked to the article's full name, or the text.
 * Events stay the rules' (the tagger's MISC is not an event), and so do places and organisations of the
 * lexicon where the tagger found nothing (on CoNLL eng.testa this changes nothing; on news it keeps "the
 * Kremlin said" a named speaker, a word CoNLL's 1996 training text hardly has).
 */
final class TaggedMentions {
  private final Lexicon lexicon;

  TaggedMentions(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<EntityMention> merge(TextAnalysis ta, List<EntityMention> rules, TaggerInput input, List<EntityTagger.Span> spans) {
    Map<Long, EntityMention> ruleBySpan = new HashMap<>();
    for (EntityMention m : rules) {
      ruleBySpan.putIfAbsent(key(m.start(), m.end()), m);
    }
    List<EntityMention> out = new ArrayList<>();
    Set<EntityMention> singles = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<String, String> fullNameBySurname = new HashMap<>();
    Map<String, String> fullNameByGivenName = new HashMap<>();
    List<int[]> titleCaseLines = titleCaseLines(ta);
    spans = joinedAtHyphens(ta, spans);
    Set<String> hyphenated = hyphenatedSurnames(ta, spans);
    for (EntityTagger.Span tagged : spans) {
      EntityTagger.Span s = tagged.type().equals("PER") ? throughHyphen(ta, tagged, hyphenated) : tagged;
      EntityType type = switch (s.type()) {
        case "PER" -> EntityType.PERSON;
        case "LOC" -> EntityType.PLACE;
        case "ORG" -> EntityType.ORG;
        default -> null;
      };
      int lastWord = ta.tokens.get(s.to() - 1).text().equals(".") && s.to() - s.from() > 1 ? s.to() - 2 : s.to() - 1;
      if (type == EntityType.PERSON && lastWord > s.from() && lexicon.companySuffixes.contains(ta.tokens.get(lastWord).lower())) {
        type = EntityType.ORG; // no person's name ends in "Corp" or "Co"
      }
      if (type != EntityType.PERSON && honorificBeforeName(ta, s.from(), s.to())) {
        type = EntityType.PERSON; // "Sir Howard", "Mr Brown": an honorific stands before a person's name only
      }
      int from = s.from();
      String prefix = null;
      while (type == EntityType.PERSON && from + 1 < s.to() && (lexicon.isNamePrefix(ta.tokens.get(from).text())
          || ta.tokens.get(from).text().equals(".") || describesName(ta, from, s.to()))) {
        // "Mr Blair", "Singer Bruce Springsteen": the title is a role, the name starts after it
        prefix = prefix == null ? ta.tokens.get(from).text() : prefix + ta.tokens.get(from).text();
        from++;
      }
      int start = ta.tokens.get(from).start();
      int end = ta.tokens.get(s.to() - 1).end();
      if (type == null || within(titleCaseLines, start)) {
        continue;
      }
      EntityMention titled = titledPersonInside(rules, start, end);
      if (titled != null) {
        // "U.S. First Lady Melania Trump" taken whole: the rules know the title, and the name after it
        for (EntityMention r : rules) {
          if (r.start() >= start && r.end() <= end && r.type() != EntityType.OTHER && r.type() != EntityType.EVENT) {
            out.add(r.withBy("rules:titled-person"));
            if (r.type() == EntityType.PERSON && r.canonical().indexOf(' ') > 0) {
              String[] parts = r.canonical().split(" ");
              fullNameBySurname.putIfAbsent(NameKeys.fold(parts[parts.length - 1]), r.canonical());
            }
          }
        }
        continue;
      }
      String text = ta.text.substring(start, end);
      EntityMention rule = ruleBySpan.get(key(start, end));
      if (rule == null && ordinaryWordCapitalisedByItsPlace(ta, input, from, s.to())) {
        continue;
      }
      if (rule != null && type == EntityType.PLACE && rule.type() == EntityType.ORG && known(rule)
          && !lexicon.places.containsKey(NameKeys.fold(rule.text()))) {
        type = EntityType.ORG; // the lexicon knows the name as an organisation only ("the Kremlin said")
      }
      EntityMention m;
      String role = rule != null && rule.role() != null ? rule.role() : prefix;
      if (rule != null && rule.type() == type && type != EntityType.PERSON) {
        m = rule.withBy(EntityMention.BY_MODEL); // the tagger decided; the rules named it
      } else if (rule != null && rule.type() == type) {
        // a person's full name comes from the tagger's own full names below, not from what the rules
        // glued to a single name ("Automaker Chrysler")
        String canonical = withoutPrefix(rule.canonical());
        m = new EntityMention(start, end, text, type, s.to() - s.from() == 1 && from == s.from() ? text : canonical, role,
            EntityMention.BY_MODEL);
      } else {
        m = new EntityMention(start, end, text, type, canonical(type, text), role, EntityMention.BY_MODEL);
      }
      out.add(m);
      if (type == EntityType.PERSON) {
        String[] parts = m.canonical().split(" ");
        if (parts.length > 1 && (!inHeadline(ta, start) || !hasBody(ta))) {
          fullNameBySurname.putIfAbsent(NameKeys.fold(parts[parts.length - 1]), m.canonical());
          fullNameByGivenName.putIfAbsent(NameKeys.fold(parts[0]), m.canonical());
        } else if (parts.length == 1) {
          singles.add(m);
        }
      }
    }
    // a surname alone names the article's person of that surname ("Orban" after "Viktor Orban")
    for (int i = 0; i < out.size(); i++) {
      EntityMention m = out.get(i);
      if (singles.contains(m)) {
        boolean givenName = afterGivenNameHonorific(ta.text(), m.start());
        // "Sir Howard" after "Howard Fenwick" is Howard Fenwick, not a person surnamed Howard
        String full = givenName ? fullNameByGivenName.get(NameKeys.fold(m.text())) : fullNameBySurname.get(NameKeys.fold(m.text()));
        if (full != null) {
          out.set(i, m.withCanonical(full));
        } else if (givenName) {
          int from = ta.text().startsWith("Sir ", m.start() - 4) ? m.start() - 4 : m.start() - 5;
          out.set(i, m.withCanonical(ta.text().substring(from, m.start()) + m.canonical()));
        }
      }
    }
    // a single name the tagger took for a person, which the lexicon knows as an organisation and the
    // article never gives a person's full name with ("Chelsea" the club, "Chrysler" the carmaker)
    for (int i = 0; i < out.size(); i++) {
      EntityMention m = out.get(i);
      String folded = NameKeys.fold(m.text());
      if (m.type() == EntityType.PERSON && m.text().indexOf(' ') < 0 && m.canonical().indexOf(' ') < 0
          && lexicon.organizations.containsKey(folded) && !fullNameBySurname.containsKey(folded)) {
        out.set(i, new EntityMention(m.start(), m.end(), m.text(), EntityType.ORG, lexicon.organizations.get(folded), null,
            m.by() + "+lexicon-type"));
      }
    }
    // a lone plural of an ordinary word the tagger took for a person, with no full name in the article to
    // stand for ("according to Acme Estimates"): a capitalised common noun, not a surname
    out.removeIf(m -> m.type() == EntityType.PERSON && m.text().indexOf(' ') < 0 && m.canonical().indexOf(' ') < 0
        && m.text().length() > 3 && m.text().endsWith("s") && lexicon.isOrdinary(m.text())
        && !fullNameBySurname.containsKey(NameKeys.fold(m.text())) && !lexicon.firstNames.containsKey(NameKeys.fold(m.text())));
    List<EntityMention> found = List.copyOf(out);
    out.removeIf(m -> ungroundedHeadlineName(ta, m, found));
    sameTypeForSameName(out, fullNameBySurname);
    BitSet covered = new BitSet();
    for (EntityMention m : out) {
      covered.set(m.start(), m.end());
    }
    for (EntityMention m : rules) {
      if (m.type() != EntityType.OTHER && within(titleCaseLines, m.start())) {
        out.add(m.withBy("rules:heading")); // a title-case heading: the tagger learnt from headlines in capitals
      } else if (m.type() == EntityType.EVENT || (known(m) && covered.nextSetBit(m.start()) < 0
          || known(m) && covered.nextSetBit(m.start()) >= m.end())) {
        // events are the rules'; a lexicon name the tagger passed over is kept (neutral on CoNLL)
        out.add(m.withBy(m.type() == EntityType.EVENT ? "rules:event" : "rules:lexicon"));
      }
    }
    out.sort(Comparator.comparingInt(EntityMention::start).thenComparing(m -> -m.end()));
    return out;
  }

  /**
   * "Anna Kerr" "-" "Davies" tagged as two persons written without spaces around the hyphen are one
   * ("Anna Kerr-Davies"), unless the part after the hyphen is the surname of another person the article
   * names in full: "the Blair-Brown feud" after "Tony Blair and Gordon Brown" stays two.
   */
  private static List<EntityTagger.Span> joinedAtHyphens(TextAnalysis ta, List<EntityTagger.Span> spans) {
    List<EntityTagger.Span> out = null;
    for (int i = 0; i + 1 < spans.size(); i++) {
      EntityTagger.Span a = spans.get(i);
      EntityTagger.Span b = spans.get(i + 1);
      if (!a.type().equals("PER") || !b.type().equals("PER") || b.from() != a.to() + 1
          || !ta.tokens.get(a.to()).text().equals("-") || ta.tokens.get(a.to() - 1).end() != ta.tokens.get(a.to()).start()
          || ta.tokens.get(a.to()).end() != ta.tokens.get(b.from()).start()) {
        continue;
      }
      String right = ta.text.substring(ta.tokens.get(b.from()).start(), ta.tokens.get(b.to() - 1).end());
      boolean otherPerson = false;
      for (EntityTagger.Span o : spans) {
        if (o != a && o != b && o.type().equals("PER") && o.to() - o.from() >= 2
            && ta.tokens.get(o.to() - 1).text().equals(right)) {
          otherPerson = true;
        }
      }
      if (!otherPerson) {
        if (out == null) {
          out = new ArrayList<>(spans);
        }
        int at = out.indexOf(a);
        out.set(at, new EntityTagger.Span(a.from(), b.to(), "PER"));
        out.remove(at + 1);
      }
    }
    return out == null ? spans : out;
  }

  /** The last words of the tagger's persons that hold a hyphen ("Murphy-O'Connor" of "Cormac Murphy-O'Connor"). */
  private static Set<String> hyphenatedSurnames(TextAnalysis ta, List<EntityTagger.Span> spans) {
    Set<String> out = new HashSet<>();
    for (EntityTagger.Span s : spans) {
      if (s.type().equals("PER") && s.to() - s.from() >= 3) {
        int first = s.to() - 1;
        while (first > s.from() && ta.tokens.get(first - 1).end() == ta.tokens.get(first).start()) {
          first--; // back over the tokens of the last word, written without spaces
        }
        String word = ta.text.substring(ta.tokens.get(first).start(), ta.tokens.get(s.to() - 1).end());
        if (word.indexOf('-') > 0) {
          out.add(word);
        }
      }
    }
    return out;
  }

  /**
   * "Later Murphy-O'Connor added": a person the tagger ended or began at a hyphen takes in the whole
   * hyphenated word when it is the surname of a person the article names in full.
   */
  private static EntityTagger.Span throughHyphen(TextAnalysis ta, EntityTagger.Span s, Set<String> hyphenated) {
    if (hyphenated.isEmpty()) {
      return s;
    }
    // the word, written without spaces, that the span's last token is part of ("Kerr-Davies" around "Davies")
    int first = s.to() - 1;
    while (first > 0 && ta.tokens.get(first - 1).end() == ta.tokens.get(first).start()) {
      first--;
    }
    int to = s.to();
    while (to < ta.tokens.size() && ta.tokens.get(to).start() == ta.tokens.get(to - 1).end()) {
      to++;
    }
    String word = ta.text.substring(ta.tokens.get(first).start(), ta.tokens.get(to - 1).end());
    if (!hyphenated.contains(word) || first < s.from() && ta.sentenceOf(first) != ta.sentenceOf(s.from())) {
      return s;
    }
    return new EntityTagger.Span(Math.min(first, s.from()), to, s.type());
  }

  /** "Sir Howard", "Mr Brown": a span opening with an honorific, then a name (not "Lord 's", the ground; not "MX"). */
  private boolean honorificBeforeName(TextAnalysis ta, int from, int to) {
    if (to - from < 2) {
      return false;
    }
    Token first = ta.tokens.get(from);
    String next = ta.tokens.get(from + 1).text();
    return lexicon.isHonorific(first.text()) && !first.isAllCaps() && !next.startsWith("'") && !next.startsWith("’");
  }

  /**
   * "House prices fell": one word opening a sentence, which the article writes in lower case elsewhere and
   * never capitalises inside a sentence, and the lexicon does not know: an ordinary word capitalised by its
   * place, not a name.
   */
  private boolean ordinaryWordCapitalisedByItsPlace(TextAnalysis ta, TaggerInput input, int from, int to) {
    if (to - from != 1 || ta.sentences.get(ta.sentenceOf(from)).from() != from) {
      return false;
    }
    Token t = ta.tokens.get(from);
    String folded = NameKeys.fold(t.text());
    return input.lowerCaseWords().contains(t.lower()) && !input.capitalisedWords().contains(t.lower())
        && !lexicon.places.containsKey(folded) && !lexicon.organizations.containsKey(folded)
        && !lexicon.countries.contains(folded) && !lexicon.firstNames.containsKey(folded);
  }

  /**
   * A word before a full name that is no part of it: a party ("Conservative Graham Brady") or an ordinary
   * word ("Defiant Matt Williams"), when a given name and a surname follow.
   */
  private boolean describesName(TextAnalysis ta, int at, int to) {
    if (to - at < 3) {
      return false;
    }
    String word = NameKeys.fold(ta.tokens.get(at).text());
    String next = NameKeys.fold(ta.tokens.get(at + 1).text());
    return (lexicon.partyWords.containsKey(word) || lexicon.isOrdinary(word)) && lexicon.firstNames.containsKey(next);
  }

  /** "Sir" and "Dame" go with a given name: "Sir Alex", "Dame Judi". */
  private static boolean afterGivenNameHonorific(String text, int start) {
    return text.startsWith("Sir ", Math.max(0, start - 4)) || text.startsWith("Dame ", Math.max(0, start - 5));
  }

  private void sameTypeForSameName(List<EntityMention> out, Map<String, String> fullNameBySurname) {
    Map<String, int[]> votes = new HashMap<>();
    for (EntityMention m : out) {
      if (m.type() != EntityType.EVENT && m.text().indexOf(' ') < 0) {
        int[] v = votes.computeIfAbsent(m.text(), k -> new int[EntityType.values().length]);
        v[m.type().ordinal()]++;
        if (fullNameBySurname.containsKey(NameKeys.fold(m.text()))) {
          // the surname of a person the article names in full is that person ("Trump" after "Donald
          // Trump"), however often the tagger typed it otherwise (1996's Trump was mostly a casino firm)
          v[EntityType.PERSON.ordinal()] += 1000;
        }
      }
    }
    for (int i = 0; i < out.size(); i++) {
      EntityMention m = out.get(i);
      int[] v = votes.get(m.text());
      if (v == null || m.type() == EntityType.EVENT) {
        continue;
      }
      int best = m.type().ordinal();
      for (int t = 0; t < v.length; t++) {
        if (v[t] > v[best]) {
          best = t;
        }
      }
      if (best != m.type().ordinal()) {
        EntityType type = EntityType.values()[best];
        String full = type == EntityType.PERSON ? fullNameBySurname.get(NameKeys.fold(m.text())) : null;
        out.set(i, new EntityMention(m.start(), m.end(), m.text(), type, full != null ? full : m.text(),
            type == EntityType.PERSON ? m.role() : null, m.by() + "+same-name-type"));
      }
    }
  }

  /** A person the rules found with a title, ending where a tagger span ends and starting inside it. */
  private static EntityMention titledPersonInside(List<EntityMention> rules, int start, int end) {
    for (EntityMention r : rules) {
      if (r.type() == EntityType.PERSON && r.role() != null && r.end() == end && r.start() > start) {
        return r;
      }
    }
    return null;
  }

  /** A name with the titles before it left out: "Producer Mel Gibson" is Mel Gibson. */
  private String withoutPrefix(String name) {
    String[] words = name.split(" ");
    int k = 0;
    while (k + 1 < words.length && lexicon.isNamePrefix(words[k])) {
      k++;
    }
    return k == 0 ? name : String.join(" ", Arrays.copyOfRange(words, k, words.length));
  }

  private static boolean inHeadline(TextAnalysis ta, int offset) {
    return !ta.paragraphs.isEmpty() && offset < ta.paragraphs.get(0)[1];
  }

  private static boolean hasBody(TextAnalysis ta) {
    return ta.paragraphs.size() > 1;
  }

  /**
   * A headline names people and organisations the article goes on to introduce; a name of several words
   * in the headline that the body never mentions (not its words, not a person of its surname) is taken
   * for a headline's capitalised words ("Record crowds for Summer Carnival parade", "Injured Rovers striker …").
   */
  private boolean ungroundedHeadlineName(TextAnalysis ta, EntityMention m, List<EntityMention> all) {
    if ((m.type() != EntityType.PERSON && m.type() != EntityType.ORG) || !inHeadline(ta, m.start()) || !hasBody(ta)
        || m.text().indexOf(' ') < 0) {
      return false;
    }
    int bodyStart = ta.paragraphs.get(0)[1];
    if (ta.text.indexOf(m.text(), bodyStart) >= 0) {
      return false;
    }
    String[] words = m.canonical().split(" ");
    String last = NameKeys.fold(words[words.length - 1]);
    if (m.type() == EntityType.PERSON && !lexicon.firstNames.containsKey(NameKeys.fold(words[0]))) {
      return true; // "Summer Carnival": no given name, and the body never writes it
    }
    for (EntityMention o : all) {
      if (o.start() >= bodyStart && o.type() == m.type()) {
        String[] w = o.canonical().split(" ");
        if (o.canonical().equals(m.canonical()) || NameKeys.fold(w[w.length - 1]).equals(last)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Character ranges of the title-case lines ("Trump Says Tariffs Will Stay"). */
  private static List<int[]> titleCaseLines(TextAnalysis ta) {
    List<int[]> out = new ArrayList<>();
    String[] words = new String[ta.tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = ta.tokens.get(i).text();
    }
    for (int k = 0; k < ta.sentences.size(); k++) {
      Sentence s = ta.sentences.get(k);
      boolean wholeParagraph = (k == 0 || ta.sentences.get(k - 1).paragraph() != s.paragraph())
          && (k + 1 == ta.sentences.size() || ta.sentences.get(k + 1).paragraph() != s.paragraph());
      // the headline, or a heading further down: a paragraph of one short title-case line with no digits
      // and no full stop (title case in tables and lists is the tagger's to read)
      boolean heading = s.paragraph() == 0 || (wholeParagraph && s.size() <= 15 && !words[s.to() - 1].equals(".")
          && IntStream.range(s.from(), s.to()).noneMatch(i -> Character.isDigit(words[i].charAt(0))));
      if (heading && Features.Line.of(words, s.from(), s.to()).titleCase()) {
        out.add(new int[] {s.start(), s.end()});
      }
    }
    return out;
  }

  private static boolean within(List<int[]> ranges, int offset) {
    for (int[] r : ranges) {
      if (offset >= r[0] && offset < r[1]) {
        return true;
      }
    }
    return false;
  }


  /** A place or organisation of the lexicon: the rules' surest mentions, kept where the tagger found nothing. */
  private boolean known(EntityMention m) {
    String folded = NameKeys.fold(m.text());
    return switch (m.type()) {
      case PLACE -> lexicon.places.containsKey(folded) || lexicon.countries.contains(folded);
      case ORG -> lexicon.organizations.containsKey(folded);
      default -> false;
    };
  }

  /** The lexicon's name for a place or organisation, else the text (a line in capitals title-cased). */
  private String canonical(EntityType type, String text) {
    String folded = NameKeys.fold(text);
    String known = switch (type) {
      case PLACE -> lexicon.places.get(folded);
      case ORG -> lexicon.organizations.get(folded);
      default -> null;
    };
    if (known != null) {
      return known;
    }
    String spaced = text.replaceAll("\\s+", " ");
    return isAllCaps(spaced) && spaced.length() > 4 ? RuleBasedEntityExtractor.titleCase(spaced) : spaced;
  }

  private static boolean isAllCaps(String s) {
    return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }
}
