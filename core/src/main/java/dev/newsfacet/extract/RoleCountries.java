package dev.newsfacet.extract;

import dev.newsfacet.model.EntityMention;
import dev.newsfacet.model.EntityType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The documented demonym rule, as an extraction step: a nationality in a person's role ("Hungarian Prime
 * Minister") links the article to that country (the place facet lists it); nationality words elsewhere
 * make no places.
 */
final class RoleCountries {
  private static final Pattern ROLE_WORDS = Pattern.compile("[\\s-]+");

  private final Lexicon lexicon;

  RoleCountries(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The countries the roles of these mentions name, once each, in the order they first appear. */
  List<String> of(List<EntityMention> mentions) {
    Set<String> out = new LinkedHashSet<>();
    for (EntityMention m : mentions) {
      if (m.type() == EntityType.PERSON && m.role() != null) {
        for (String word : ROLE_WORDS.split(m.role())) {
          String country = lexicon.countryOfDemonym(word);
          if (country != null) {
            out.add(country);
          }
        }
      }
    }
    return List.copyOf(out);
  }
}
