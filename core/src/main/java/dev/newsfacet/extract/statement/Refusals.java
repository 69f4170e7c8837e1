package dev.newsfacet.extract.statement;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reported acts that are no statement of their content: "declined to comment", "refused to answer
 * questions", "rejected calls for an inquiry". Listing "to comment" or "calls for an inquiry" as something
 * the speaker said would say the opposite of what happened, so these are left out. The cue verbs are in
 * {@code refusal-cues.txt}, as lemmas. A denial ("denied that he knew") is kept: its cue says what it is.
 */
public final class Refusals {
  private static final int SHORT = 12;
  private static final Pattern OTHER_CHARACTERS = Pattern.compile("[^\\p{L}\\p{N}' ]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern REQUEST_FOR_COMMENT =
      Pattern.compile("(for )?(any |further |immediate )?comments?( .*)?");

  private final Set<String> lemmas;
  private final Set<String> noComment;
  /** One word of each no-comment phrase ({@link #longestWord}). */
  private final Set<String> anchors;

  /** The built-in lists ({@code refusal-cues.txt}, {@code no-comment-phrases.txt}). */
  public Refusals() {
    this(WordLists.read("refusal-cues.txt"), WordLists.read("no-comment-phrases.txt"));
  }

  Refusals(Set<String> lemmas, Set<String> noComment) {
    this.lemmas = Set.copyOf(lemmas);
    this.noComment = Set.copyOf(noComment);
    this.anchors = this.noComment.stream().map(Refusals::longestWord).collect(Collectors.toUnmodifiableSet());
  }

  /** The longest word of a phrase: content without it cannot hold the phrase. */
  private static String longestWord(String phrase) {
    String longest = "";
    for (String w : phrase.split(" ")) {
      longest = w.length() > longest.length() ? w : longest;
    }
    return longest;
  }

  /**
   * Whether reported words are a refusal to comment or a request for one ("it had no comment", "calls
   * seeking comment"): a short clause holding a phrase of {@code no-comment-phrases.txt}, or one that
   * starts with "comment".
   */
  public boolean isNoComment(String content) {
    String lower = content.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (!lower.contains("comment") && anchors.stream().noneMatch(lower::contains)) {
      return false; // every phrase and every request names a word the content lacks: skip the clean-up
    }
    String c = SPACES.matcher(OTHER_CHARACTERS.matcher(lower).replaceAll(" ")).replaceAll(" ").strip();
    if (REQUEST_FOR_COMMENT.matcher(c).matches()) {
      return true;
    }
    if (c.chars().filter(ch -> ch == ' ').count() >= SHORT) {
      return false;
    }
    String padded = " " + c + " ";
    for (String phrase : noComment) {
      if (padded.contains(" " + phrase + " ")) {
        return true;
      }
    }
    return false;
  }

  /** Labels a headline starts with before a colon ("FACTBOX: …"), lower case: {@code headline-labels.txt}. */
  public static Set<String> headlineLabels() {
    return WordLists.read("headline-labels.txt");
  }

  /** Whether a statement with a cue of this lemma reports a refusal rather than words. */
  public boolean isRefusal(String cueLemma) {
    return cueLemma != null && lemmas.contains(cueLemma);
  }
}
