package dev.newsfacet.extract.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who "he" or "she" is, decided only where the text before the pronoun leaves one reading. Two steps, in order:
 * <ol>
 *   <li>{@code continuity}: the latest compatible speaker, in this paragraph or the one before, when no other
 *       compatible person has been named or described ("the Dutchman") outside reported words since;</li>
 *   <li>{@code only-candidate}: the one compatible person named in this sentence and the two before.</li>
 * </ol>
 * Otherwise the pronoun stays unresolved: a statement with an unknown speaker is better than one put in the
 * wrong mouth. Compatible means the same gender, or a gender the names do not tell.
 */
public final class Antecedents {
  /** What a name or a pronoun says about a person's gender. */
  public enum Gender { MALE, FEMALE, UNKNOWN }

  /**
   * A person the text names, or describes without a name ({@code canonical} null: "the striker").
   *
   * @param offset where the mention starts
   * @param sentence index of its sentence
   */
  public record Mention(int offset, String canonical, Gender gender, int sentence) {}

  /**
   * A statement found so far, with its resolved speaker ({@code canonical} null: someone unnamed, "the Portuguese").
   *
   * @param offset where the speaker's words start in the text (the name, or a resolved pronoun)
   * @param contentStart start of what was reported
   * @param contentEnd end of what was reported
   * @param paragraph index of the paragraph the speaker is named in
   */
  public record Speaker(int offset, int contentStart, int contentEnd, String canonical, Gender gender, int paragraph) {}

  /** The person a pronoun names and the step that decided. */
  public record Resolution(String canonical, String step) {}

  private static final int SENTENCES_BACK = 2;

  private final List<Mention> mentions;

  /** The article's person mentions outside quotations, in any order. */
  public Antecedents(List<Mention> mentions) {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(Mention::offset));
    this.mentions = List.copyOf(sorted);
  }

  /**
   * The person a pronoun at {@code offset} names, or null when the text leaves more than one reading.
   *
   * @param speakers the statements found before the pronoun, with resolved speakers, in any order
   */
  public Resolution resolve(Gender pronoun, int offset, int sentence, int paragraph, List<Speaker> speakers) {
    return resolve(pronoun, offset, sentence, paragraph, speakers, List.of());
  }

  /**
   * As {@link #resolve(Gender, int, int, int, List)}, for the speaker of statements whose contents are
   * {@code reported} ([start, end) pairs): no one named inside them is their speaker ("Mr Blair has failed, he
   * claimed").
   */
  public Resolution resolve(Gender pronoun, int offset, int sentence, int paragraph, List<Speaker> speakers,
                            List<int[]> reported) {
    Speaker last = null;
    for (Speaker s : speakers) {
      if (s.canonical() != null && s.offset() < offset && compatible(pronoun, s.gender())
          && (last == null || s.offset() > last.offset())) {
        last = s;
      }
    }
    if (last != null && paragraph - last.paragraph() <= 1
        && !competitorSince(pronoun, last, offset, speakers, reported)) {
      return new Resolution(last.canonical(), "continuity");
    }
    Set<String> names = new HashSet<>();
    boolean described = false;
    for (Speaker s : speakers) {
      if (s.canonical() == null && s.offset() < offset && paragraph - s.paragraph() <= 1) {
        described = true; // an unnamed speaker nearby may be whom the pronoun means
      }
    }
    for (Mention m : mentions) {
      if (m.offset() >= offset) {
        break;
      }
      if (m.sentence() >= sentence - SENTENCES_BACK && compatible(pronoun, m.gender())
          && !within(m.offset(), reported)) {
        if (m.canonical() == null) {
          described = true;
        } else {
          names.add(m.canonical());
        }
      }
    }
    if (names.size() == 1 && !described) {
      return new Resolution(names.iterator().next(), "only-candidate");
    }
    return null;
  }

  private boolean competitorSince(Gender pronoun, Speaker last, int offset, List<Speaker> speakers,
                                  List<int[]> reported) {
    for (Speaker s : speakers) {
      if (s.canonical() == null && s.offset() > last.offset() && s.offset() < offset) {
        return true;
      }
    }
    for (Mention m : mentions) {
      if (m.offset() >= offset) {
        break;
      }
      if (m.offset() > last.offset() && compatible(pronoun, m.gender()) && !last.canonical().equals(m.canonical())
          && !reported(m.offset(), speakers) && !within(m.offset(), reported)) {
        return true;
      }
    }
    return false;
  }

  /** Inside what someone was reported to say: "Ferguson said Wenger was wrong. He added …" is still Ferguson. */
  private static boolean reported(int offset, List<Speaker> speakers) {
    for (Speaker s : speakers) {
      if (offset >= s.contentStart() && offset < s.contentEnd()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Nouns that after "the" describe a person without naming them ("the striker", "the veteran"), from
   * {@code person-descriptions.txt}: one of them between a speaker and a pronoun leaves the pronoun open.
   */
  public static Set<String> personDescriptions() {
    return WordLists.read("person-descriptions.txt");
  }

  private static boolean within(int offset, List<int[]> spans) {
    for (int[] span : spans) {
      if (offset >= span[0] && offset < span[1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean compatible(Gender pronoun, Gender person) {
    return pronoun == Gender.UNKNOWN || person == Gender.UNKNOWN || pronoun == person;
  }
}
