package dev.newsfacet.extract.statement;

import dev.newsfacet.extract.TextAnalysis;
import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import dev.newsfacet.model.Statement;
import dev.newsfacet.text.NameKeys;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker steps that run once an article's statements are all found, each deciding a speaker from
 * what the whole article says and recording its name in the statement's {@code by}: appositions and
 * titles ({@link #appositions}: "the head of the inquiry, Ruth Kerr,", "Peter Lang of the Nurses Forum",
 * "Bishop Alan Harcourt-Smythe"), roles tied to a person by the article ({@link #rolesAgain}), and
 * pronouns ({@link #pronouns}). Stateless; thread-safe.
 */
public final class SpeakerResolution {
  /** What the steps read and change of one article: its statements (changed in place) and what was found. */
  public record Steps(TextAnalysis ta, List<EntityMention> entities, List<Statement> statements, BitSet quoted,
      List<RoleHolders.Holder> roleHolders, Antecedents antecedents,
      Function<List<Statement>, List<Antecedents.Speaker>> speakersOf) {}

  private static final Map<String, Antecedents.Gender> PRONOUNS = Map.of("he", Antecedents.Gender.MALE,
      "she", Antecedents.Gender.FEMALE);

  private final RoleHolders roleHolders;
  private final Predicate<String> partyOrPeople;

  /**
   * @param roleHolders how a role phrase finds its holder
   * @param partyOrPeople whether a folded head word names a party or a people ("conservative", "chinese"):
   *     no office, so never a role
   */
  public SpeakerResolution(RoleHolders roleHolders, Predicate<String> partyOrPeople) {
    this.roleHolders = roleHolders;
    this.partyOrPeople = partyOrPeople;
  }

  /** All three steps, in order. */
  public void resolve(Steps run) {
    appositions(run);
    rolesAgain(run);
    pronouns(run);
  }

  /**
   * A role phrase that names its holder in apposition is that person: "the chairman of the committee,
   * Labour MP Jo Parry", "its chairman, Sir Ian Welland" — one person named inside the speaker's
   * own words, after a comma.
   */
  void appositions(Steps run) {
    for (int i = 0; i < run.statements().size(); i++) {
      Statement st = run.statements().get(i);
      EntityMention sp = st.speaker();
      // an organisation (or one the tagger took for a person) named after "of": the person before it speaks
      EntityMention owner = sp != null && sp.type() != EntityType.OTHER ? personBeforeOrganisation(run, sp) : null;
      if (owner != null) {
        // "Peter Lang of the Nurses Forum said": the organisation only says which Peter Lang
        run.statements().set(i, st.withSpeaker(owner, "person-of"));
        continue;
      }
      if (sp == null || sp.type() != EntityType.OTHER) {
        continue;
      }
      EntityMention leading = personOfSpeaker(run, sp);
      if (leading != null) {
        // "Ann Fell of the Nurses' Forum said": the person, of the organisation
        run.statements().set(i, st.withSpeaker(new EntityMention(sp.start(), sp.end(), sp.text(), EntityType.PERSON,
            leading.canonical(), null), "person-of"));
        continue;
      }
      EntityMention last = personEndingSpeaker(run, sp);
      if (last != null) {
        // "Bishop Alan Harcourt-Smythe": a title, then the name (the tagger stopped inside its last word)
        run.statements().set(i, st.withSpeaker(new EntityMention(sp.start(), sp.end(), sp.text(), EntityType.PERSON,
            last.canonical(), null), "titled-name"));
        continue;
      }
      int comma = sp.text().indexOf(',');
      // "The head of the inquiry, Ruth Kerr, later said": the name between the role and the cue
      int until = st.cue() != null && st.cue().start() > sp.end() ? st.cue().start() : sp.end();
      int after = comma >= 0 ? sp.start() + comma : -1;
      for (int c = sp.end(); after < 0 && c < until; c++) {
        if (run.ta().text().charAt(c) == ',') {
          after = c;
        }
      }
      if (after < 0 || after >= until) {
        continue;
      }
      EntityMention named = null;
      for (EntityMention m : run.entities()) {
        if (m.type() == EntityType.PERSON && m.canonical() != null && m.start() > after && m.end() <= until
            && !run.quoted().get(m.start())) {
          if (named != null && !named.canonical().equals(m.canonical())) {
            named = null;
            break;
          }
          named = m;
        }
      }
      if (named != null) {
        run.statements().set(i, st.withSpeaker(new EntityMention(sp.start(), sp.end(), sp.text(), EntityType.PERSON,
            named.canonical(), null), "apposition"));
      }
    }
  }

  /** "a spokesman", "an official": someone the text introduces without saying who, never a known holder. */
  public static boolean indefinite(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return t.startsWith("a ") || t.startsWith("an ") || t.startsWith("one ") || t.startsWith("another ");
  }

  /** The person named just before "of (the)" / "from (the)" an organisation speaker: "Peter Lang of the Nurses Forum". */
  private static EntityMention personBeforeOrganisation(Steps run, EntityMention org) {
    String before = run.ta().text().substring(Math.max(0, org.start() - 10), org.start());
    Matcher m = OF_THE.matcher(before);
    if (!m.find()) {
      return null;
    }
    int end = org.start() - (before.length() - m.start());
    for (EntityMention p : run.entities()) {
      if (p.type() == EntityType.PERSON && p.canonical() != null && p.end() == end) {
        return p;
      }
    }
    return null;
  }

  private static final Pattern OF_THE = Pattern.compile(" (?:of|from|at)(?: the)? $");

  /** A person named first in a speaker's words and qualified after: "Ann Fell of the Nurses' Forum", "X from Y". */
  private static EntityMention personOfSpeaker(Steps run, EntityMention sp) {
    for (EntityMention m : run.entities()) {
      if (m.type() == EntityType.PERSON && m.canonical() != null && m.start() == sp.start() && m.end() < sp.end()) {
        String rest = sp.text().substring(m.end() - sp.start());
        return rest.startsWith(" of ") || rest.startsWith(" from ") || rest.startsWith(" at ") ? m : null;
      }
    }
    return null;
  }

  /** A person named at the end of a speaker's words, the rest of the last word only glued on ("-O'Connor"). */
  private static EntityMention personEndingSpeaker(Steps run, EntityMention sp) {
    if (indefinite(sp.text())) {
      return null; // "a spokeswoman for Delgado" is not Delgado
    }
    for (EntityMention m : run.entities()) {
      if (m.type() == EntityType.PERSON && m.canonical() != null && m.start() > sp.start() && m.end() <= sp.end()
          && sp.text().substring(m.end() - sp.start()).chars().noneMatch(Character::isWhitespace)) {
        String before = sp.text().substring(0, m.start() - sp.start()).toLowerCase(Locale.ROOT);
        for (String w : before.split("[\\s,]+")) {
          if (TITLE_BREAKERS.contains(w)) {
            return null; // "the spokesman for Delgado", "the aide to Smith": someone else, about the person
          }
        }
        return before.contains(",") ? null : m;
      }
    }
    // no mention inside (a headline the tagger left untagged: "US President Donald Trump plans …"): the
    // full name of a person the article names elsewhere, ending the speaker after title words
    String text = sp.text();
    for (EntityMention m : run.entities()) {
      String name = m.canonical();
      if (m.type() != EntityType.PERSON || name == null || name.indexOf(' ') < 0 || text.contains(",")
          || text.length() <= name.length() + 1 || text.charAt(text.length() - name.length() - 1) != ' '
          || !text.regionMatches(true, text.length() - name.length(), name, 0, name.length())) {
        continue;
      }
      String before = text.substring(0, text.length() - name.length()).toLowerCase(Locale.ROOT);
      for (String w : before.split("\\s+")) {
        if (TITLE_BREAKERS.contains(w)) {
          return null;
        }
      }
      // the name where this speaker writes it, so that what precedes it is the title
      return new EntityMention(sp.end() - name.length(), sp.end(), text.substring(text.length() - name.length()),
          EntityType.PERSON, name, null);
    }
    return null;
  }

  /** Words that cannot stand inside a title before a name: the name is then someone the speaker is related to. */
  private static final Set<String> TITLE_BREAKERS = Set.copyOf(List.of("for", "of", "to", "with", "at", "from", "by",
      "and", "or", "about", "against", "like", "than"));

  /**
   * Role phrases decided again once every speaker is known: a title written before a name in a speaker
   * ("Bishop Alan Harcourt-Smythe said") ties that role to the person too, so "the bishop said" later
   * is him — still only when one person holds the role.
   */
  void rolesAgain(Steps run) {
    List<RoleHolders.Holder> holders = new ArrayList<>(run.roleHolders());
    for (Statement st : run.statements()) {
      EntityMention sp = st.speaker();
      if (sp == null || sp.type() != EntityType.PERSON || sp.canonical() == null) {
        continue;
      }
      EntityMention named = personEndingSpeaker(run, sp);
      if (named != null) {
        String title = StatementWords.LEADING_DETERMINER.matcher(sp.text().substring(0, named.start() - sp.start()).strip()
            .toLowerCase(Locale.ROOT)).replaceFirst("");
        if (!title.isEmpty() && title.split("\\s+").length <= 4 && !title.contains(",")) {
          holders.add(new RoleHolders.Holder(sp.canonical(), NameKeys.fold(title)));
        }
      }
    }
    if (holders.size() == run.roleHolders().size()) {
      return;
    }
    for (int i = 0; i < run.statements().size(); i++) {
      Statement st = run.statements().get(i);
      EntityMention sp = st.speaker();
      if (sp == null || sp.type() != EntityType.OTHER || sp.canonical() == null || sp.canonical().contains(",")
          || indefinite(sp.text())) {
        continue;
      }
      String[] words = NameKeys.fold(sp.canonical()).split(" ");
      String head = words[words.length - 1];
      if (partyOrPeople.test(head)) {
        continue; // "Conservative", "the Chinese": a party or a people, no office
      }
      Set<String> qualifiers = new HashSet<>(List.of(words).subList(0, words.length - 1));
      String holder = roleHolders.holder(head, qualifiers, holders);
      if (holder != null) {
        run.statements().set(i, st.withSpeaker(new EntityMention(sp.start(), sp.end(), sp.text(), EntityType.PERSON, holder, null),
            "role:article"));
      }
    }
  }

  /**
   * Every pronoun speaker decided again once all statements are known, in text order: what a statement
   * reports cannot name its own speaker ("Mr Blair has failed to act, he claimed" is not Blair), and a
   * pronoun continues only a speaker the text has not since given a rival.
   */
  void pronouns(Steps run) {
    TextAnalysis ta = run.ta();
    // one pronoun may speak several statements ("…, he claimed, saying …"): they share one answer
    Map<Integer, List<int[]>> contentsBySpeaker = new HashMap<>();
    for (Statement st : run.statements()) {
      if (st.speaker() != null) {
        contentsBySpeaker.computeIfAbsent(st.speaker().start(), k -> new ArrayList<>()).add(new int[] {st.start(), st.end()});
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < run.statements().size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> run.statements().get(i).speaker() == null ? run.statements().get(i).start()
        : run.statements().get(i).speaker().start()));
    List<Antecedents.Speaker> before = new ArrayList<>(); // the speakers so far, kept as the pass goes
    Map<Integer, Antecedents.Resolution> decided = new HashMap<>();
    for (int i : order) {
      Statement st = run.statements().get(i);
      EntityMention sp = st.speaker();
      Antecedents.Gender gender = sp == null ? null : PRONOUNS.get(sp.text().toLowerCase(Locale.ROOT));
      if (gender != null) {
        Antecedents.Resolution r = decided.computeIfAbsent(sp.start(), start -> {
          Antecedents.Resolution found = run.antecedents().resolve(gender, start,
              ta.sentenceOf(ta.tokenAt(start)), ta.paragraphOf(start), before,
              contentsBySpeaker.get(start));
          return found == null ? new Antecedents.Resolution(null, "open") : found;
        });
        st = st.withSpeaker(sp.withCanonical(r.canonical()), "pronoun:" + r.step());
        run.statements().set(i, st);
      }
      before.addAll(run.speakersOf().apply(List.of(st)));
    }
  }
}
