package dev.newsfacet.extract.date;

import dev.newsfacet.model.DateMention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one step after the rules: "Profit rose in the third quarter from $5 million a year earlier" — "a
 * year ago/earlier" means the period just spoken of, a year back (1988-Q3 after "the third quarter" of
 * 1989), not merely last year. The reference is the closest date with a quarter, month or day before it
 * in the last few hundred characters; without one the value stays as the rules gave it.
 */
final class YearAgo {
  private static final Pattern YEAR_AGO = Pattern.compile(
      "(?i)(?:the\\s+)?(?:(?:a|one) year (?:ago|earlier|before)|year-(?:earlier|ago)(?: period| quarter)?)");
  private static final Pattern YEAR_PERIOD = Pattern.compile("(?i)the (\\d{4}) period");
  private static final Pattern REFERENCE_VALUE = Pattern.compile("(\\d{4})(-Q[1-4]|-\\d{2}|-\\d{2}-\\d{2})");

  private YearAgo() {}

  static List<RuleBasedDateExtractor.Found> fromReference(List<RuleBasedDateExtractor.Found> found) {
    List<RuleBasedDateExtractor.Found> out = new ArrayList<>(found.size());
    DateMention reference = null;
    for (RuleBasedDateExtractor.Found f : found) {
      DateMention d = f.mention();
      Matcher v = reference != null && d.start() - reference.end() <= 300
          ? REFERENCE_VALUE.matcher(reference.value()) : null;
      if (v != null && v.matches() && YEAR_AGO.matcher(d.text()).matches()) {
        String value = (Integer.parseInt(v.group(1)) - 1) + v.group(2);
        out.add(new RuleBasedDateExtractor.Found(f.rule(), new DateMention(d.start(), d.end(), d.text(), d.type(), value)));
        continue;
      }
      Matcher period = YEAR_PERIOD.matcher(d.text());
      if (v != null && v.matches() && v.group(2).startsWith("-Q") && period.matches()) {
        // "the 1988 period" after "the third quarter": that quarter of 1988
        out.add(new RuleBasedDateExtractor.Found(f.rule(),
            new DateMention(d.start(), d.end(), d.text(), d.type(), period.group(1) + v.group(2))));
        continue;
      }
      out.add(f);
      if (d.value() != null && REFERENCE_VALUE.matcher(d.value()).matches()) {
        reference = d;
      }
    }
    return out;
  }
}
