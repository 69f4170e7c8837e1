package dev.newsfacet.extract.entity;

import java.util.List;

/**
 * The BILOU labels of a set of entity types: O (outside), then for each type its Begin, Inside, Last and
 * Unit labels. Label {@code 1 + 4 * type + position}, position B=0, I=1, L=2, U=3.
 */
public record Bilou(List<String> types) {
  public static final int OUTSIDE = 0;
  public static final int BEGIN = 0;
  public static final int INSIDE = 1;
  public static final int LAST = 2;
  public static final int UNIT = 3;

  /** The four CoNLL-2003 types the shipped tagger learns. */
  public static final Bilou CONLL = new Bilou(List.of("PER", "LOC", "ORG", "MISC"));

  public Bilou {
    types = List.copyOf(types);
  }

  public int size() {
    return 1 + 4 * types.size();
  }

  public int label(int type, int position) {
    return 1 + 4 * type + position;
  }

  /** The type of a label, or -1 for O. */
  public int typeOf(int label) {
    return label == OUTSIDE ? -1 : (label - 1) / 4;
  }

  /** The position (B, I, L or U) of a label, or -1 for O. */
  public int positionOf(int label) {
    return label == OUTSIDE ? -1 : (label - 1) % 4;
  }

  /** True for B and I: an entity is open after this label. */
  public boolean opens(int label) {
    int p = positionOf(label);
    return p == BEGIN || p == INSIDE;
  }

  /** Whether {@code label} may follow {@code previous}; {@code last} says the token ends its sentence. */
  public boolean allowed(int previous, int label, boolean last) {
    int p = positionOf(label);
    if (previous != OUTSIDE && opens(previous)) {
      return typeOf(label) == typeOf(previous) && (p == LAST || (p == INSIDE && !last));
    }
    return label == OUTSIDE || p == UNIT || (p == BEGIN && !last);
  }

  public String name(int label) {
    return label == OUTSIDE ? "O" : "BILU".charAt(positionOf(label)) + "-" + types.get(typeOf(label));
  }

  /** Labels [from, to) as one entity of {@code type}: U for one token, else B I… L. */
  public void fill(int[] labels, int from, int to, int type) {
    if (to - from == 1) {
      labels[from] = label(type, UNIT);
      return;
    }
    for (int i = from; i < to; i++) {
      labels[i] = label(type, i == from ? BEGIN : i == to - 1 ? LAST : INSIDE);
    }
  }
}
