package dev.newsfacet.extract.statement;

import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What kind of speaker a statement has, for the {@code speaker_kind} facet: a named person or organisation,
 * an office ("the chancellor"), a group ("analysts"), someone anonymous ("a source"), a body or document ("the
 * report"), a pronoun the text does not resolve, or none. The speaker facet lists only named speakers; this
 * dimension keeps the rest countable without mixing them in.
 */
public enum SpeakerKind {
  NAMED, ROLE, GROUP, ANONYMOUS, BODY, PRONOUN, NONE;

  private static final class Heads {
    static final Map<String, SpeakerKind> BY_WORD = load();
  }

  /** The value as the index and the facet show it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind of a statement's speaker (null: none found). */
  public static SpeakerKind of(EntityMention speaker) {
    if (speaker == null) {
      return NONE;
    }
    if (speaker.type() != EntityType.OTHER) {
      return speaker.canonical() == null ? PRONOUN : NAMED;
    }
    String phrase = speaker.canonical() != null ? speaker.canonical() : speaker.text();
    String[] words = phrase.toLowerCase(Locale.ROOT).strip().split("\\s+");
    String head = words[words.length - 1];
    if (words.length == 1 && Set.of("i", "we", "you", "they", "it").contains(head)) {
      return PRONOUN;
    }
    SpeakerKind listed = Heads.BY_WORD.get(head);
    if (listed != null) {
      return listed;
    }
    return head.length() > 3 && head.endsWith("s") && !head.endsWith("ss") ? GROUP : BODY;
  }

  private static Map<String, SpeakerKind> load() {
    Map<String, SpeakerKind> out = new HashMap<>();
    try (InputStream in = SpeakerKind.class.getResourceAsStream("speaker-heads.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource speaker-heads.tsv beside " + SpeakerKind.class.getName());
      }
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> {
            String[] parts = l.split("\t");
            out.put(parts[0], SpeakerKind.valueOf(parts[1].toUpperCase(Locale.ROOT)));
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
