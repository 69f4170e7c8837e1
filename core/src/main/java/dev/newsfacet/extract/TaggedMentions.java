package dev.newsfacet.extract;

import dev.newsfacet.extract.entity.EntityTagger;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

  List<EntityMention> merge(TextAnalysis ta, List<EntityMention> rules, List<EntityTagger.Span> spans) {
    Map<Long, EntityMention> ruleBySpan = new HashMap<>();
    for (EntityMention m : rules) {
      ruleBySpan.putIfAbsent(key(m.start(), m.end()), m);
    }
    List<EntityMention> out = new ArrayList<>();
    List<EntityMention> singles = new ArrayList<>();
    Map<String, String> fullNameBySurname = new HashMap<>();
    List<int[]> titleCaseLines = titleCaseLines(ta);
    for (EntityTagger.Span s : spans) {
      EntityType type = switch (s.type()) {
        case "PER" -> EntityType.PERSON;
        case "LOC" -> EntityType.PLACE;
        case "ORG" -> EntityType.ORG;
        default -> null;
      };
      int start = ta.tokens.get(s.from()).start();
      int end = ta.tokens.get(s.to() - 1).end();
      if (type == null || (within(titleCaseLines, start))) {
        continue;
      }
      String text = ta.text.substring(start, end);
      EntityMention rule = ruleBySpan.get(key(start, end));
      if (rule != null && type == EntityType.PLACE && rule.type() == EntityType.ORG && known(rule)
          && !lexicon.places.containsKey(NameKeys.fold(rule.text()))) {
        type = EntityType.ORG; // the lexicon knows the name as an organisation only ("the Kremlin said")
      }
      EntityMention m;
      if (rule != null && rule.type() == type) {
        m = rule;
      } else {
        m = new EntityMention(start, end, text, type, canonical(type, text), rule == null ? null : rule.role());
      }
      out.add(m);
      if (type == EntityType.PERSON) {
        String[] parts = m.canonical().split(" ");
        if (parts.length > 1) {
          fullNameBySurname.putIfAbsent(NameKeys.fold(parts[parts.length - 1]), m.canonical());
        } else if (rule == null || rule.type() != type) {
          singles.add(m);
        }
      }
    }
    // a surname alone names the article's person of that surname ("Orban" after "Viktor Orban")
    for (int i = 0; i < out.size(); i++) {
      EntityMention m = out.get(i);
      if (singles.contains(m)) {
        String full = fullNameBySurname.get(NameKeys.fold(m.text()));
        if (full != null) {
          out.set(i, m.withCanonical(full));
        }
      }
    }
    for (EntityMention m : rules) {
      if (m.type() != EntityType.OTHER && within(titleCaseLines, m.start())) {
        out.add(m); // a title-case headline: the tagger learnt from headlines in capitals, the rules know these
      } else if (m.type() == EntityType.EVENT || (known(m) && !overlaps(out, m))) {
        out.add(m); // events are the rules'; a lexicon name the tagger passed over is kept (neutral on CoNLL)
      }
    }
    out.sort(Comparator.comparingInt(EntityMention::start).thenComparing(m -> -m.end()));
    return out;
  }

  /** Character ranges of the title-case lines ("Trump Says Tariffs Will Stay"). */
  private static List<int[]> titleCaseLines(TextAnalysis ta) {
    List<int[]> out = new ArrayList<>();
    String[] words = new String[ta.tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = ta.tokens.get(i).text();
    }
    for (Sentence s : ta.sentences) {
      if (s.paragraph() > 0) {
        break; // the headline only: title case further down is mostly tables and lists, which the tagger reads better
      }
      if (dev.newsfacet.extract.entity.Features.Line.of(words, s.from(), s.to()).titleCase()) {
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

  private static boolean overlaps(List<EntityMention> taken, EntityMention m) {
    for (EntityMention t : taken) {
      if (t.start() < m.end() && m.start() < t.end()) {
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
    return isAllCaps(spaced) && spaced.length() > 4 ? titleCase(spaced) : spaced;
  }

  private static boolean isAllCaps(String s) {
    return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
  }

  private static String titleCase(String caps) {
    StringBuilder sb = new StringBuilder(caps.length());
    boolean start = true;
    for (char c : caps.toCharArray()) {
      sb.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return sb.toString();
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }
}
