package dev.newsfacet.extract.attribution;

import dev.newsfacet.extract.entity.Bilou;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds attributions with the trained model: the chunker cuts each sentence into phrases, the cue tagger
 * marks cues sentence by sentence, then for
 * each cue the span tagger labels the words around it as its source and its content; the spans nearest
 * the cue win. Token ranges are {@code [from, to)}; -1 where no span was found. Thread-safe.
 */
public final class AttributionTagger {
  /** How far from its cue (in tokens) a source or content may reach: keeps the work per cue bounded. */
  public static final int REACH = 60;

  /**
   * One attribution the model found, as token ranges, with what the chunker made of its content: the
   * type of the chunk its first word is in ({@link ChunkFeatures#LABELS}; -1 for none) and whether a verb
   * phrase starts inside it (a clause, not a bare noun phrase).
   */
  public record Found(int cueFrom, int cueTo, int sourceFrom, int sourceTo, int contentFrom, int contentTo,
                      int contentFirstChunk, boolean contentHasVerb) {
    /** A find with nothing known of its content's chunks. */
    public Found(int cueFrom, int cueTo, int sourceFrom, int sourceTo, int contentFrom, int contentTo) {
      this(cueFrom, cueTo, sourceFrom, sourceTo, contentFrom, contentTo, -1, false);
    }

    public boolean hasSource() {
      return sourceFrom >= 0;
    }

    public boolean hasContent() {
      return contentFrom >= 0;
    }
  }

  private final AttributionModel model;
  private final ConcurrentHashMap<String, int[]> formCache = new ConcurrentHashMap<>();
  private final Chunker chunker;
  private final CueFeatures cueFeatures;
  private final SpanFeatures spanFeatures;
  private final SequenceDecoder cueDecoder = new SequenceDecoder(AttributionModel.CUE_LABELS);
  private final SequenceDecoder spanDecoder = new SequenceDecoder(AttributionModel.SPAN_LABELS);

  public AttributionTagger(AttributionModel model) {
    this.model = model;
    this.chunker = new Chunker(model.chunks(), model.clusters());
    this.cueFeatures = new CueFeatures(model.clusters());
    this.spanFeatures = new SpanFeatures(model.clusters());
  }

  /** How many words before its last a cue may start: the cue tagger reads this much before each cue word. */
  public static final int CUE_WINDOW = 6;
  /** How many words before a cue window the chunker starts, so that its labels have settled at the cue. */
  private static final int CHUNK_LEAD = 3;

  /**
   * Which cues a caller wants: the model only looks at the words before a wanted cue word, and keeps a
   * cue the caller would use, so that no work is spent where its answer would be thrown away.
   */
  public interface Wanted {
    /** The lexicon's cue words outside quotations that the rules did not take for a statement's cue. */
    Wanted LEFT_BY_RULES = new Wanted() {
      @Override
      public boolean cueWord(AttributionInput in, int t) {
        return !in.cueClasses()[t].isEmpty() && !in.quoted()[t] && (in.rules()[t] & AttributionInput.RULE_CUE) == 0;
      }
    };

    /** Whether a cue may end at token {@code t}. */
    boolean cueWord(AttributionInput in, int t);

    /** Whether a cue the model found over tokens [from, to) is kept. */
    default boolean cue(AttributionInput in, int from, int to) {
      return true;
    }
  }

  /**
   * The token ranges the cue tagger reads in sentence [from, to): the {@value #CUE_WINDOW} words before each
   * wanted cue word and the word itself, overlapping ranges joined.
   */
  public static List<int[]> cueWindows(AttributionInput in, int from, int to, Wanted wanted) {
    List<int[]> out = new ArrayList<>();
    for (int t = from; t < to; t++) {
      if (!wanted.cueWord(in, t)) {
        continue;
      }
      int a = Math.max(from, t - CUE_WINDOW);
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && a <= last[1]) {
        last[1] = t + 1;
      } else {
        out.add(new int[] {a, t + 1});
      }
    }
    return out;
  }

  /** The attributions of the wanted cues, in text order. */
  public List<Found> find(AttributionInput unchunked, Wanted wanted) {
    int n = unchunked.sentences();
    List<List<int[]>> windows = new ArrayList<>(n);
    List<int[]> chunkRanges = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      int from = unchunked.sentenceFrom()[s];
      int to = unchunked.sentenceTo()[s];
      List<int[]> w = cueWindows(unchunked, from, to, wanted);
      windows.add(w);
      for (int[] r : w) {
        chunkRanges.add(new int[] {Math.max(from, r[0] - CHUNK_LEAD), Math.min(to, r[1] + 2)});
      }
    }
    // one word's forms serve the chunker and both taggers, and are kept for the next article
    WordForms forms = WordForms.of(unchunked.words(), model.clusters(), formCache);
    int[] chunks = new int[unchunked.size()];
    chunker.chunk(unchunked, forms, joined(chunkRanges), chunks);
    AttributionInput in = unchunked.withChunks(chunks);
    List<Found> out = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      int from = in.sentenceFrom()[s];
      int to = in.sentenceTo()[s];
      List<int[]> cues = new ArrayList<>();
      for (int[] w : windows.get(s)) {
        int[] labels = cueDecoder.decode(w[0], w[1],
            (i, p1, p2, f) -> cueFeatures.of(in, forms, i, from, to, p1, p2, f), model.cues()::add, null);
        cues.addAll(spans(labels, w[0], AttributionModel.CUE_LABELS, 0));
      }
      cues.removeIf(cue -> !wanted.cueWord(in, cue[1] - 1) || !wanted.cue(in, cue[0], cue[1]));
      if (cues.isEmpty()) {
        continue;
      }
      // the span tagger reads the chunks of the whole sentence
      int[] whole = chunks.clone();
      chunker.chunk(in, forms, List.of(new int[] {from, to}), whole);
      AttributionInput sentence = in.withChunks(whole);
      SentenceCounts counts = SpanFeatures.counts(sentence, from, to);
      for (int[] cue : cues) {
        out.add(spansOf(sentence, forms, SpanFeatures.context(sentence, from, to, cue[0], cue[1], counts)));
      }
    }
    return out;
  }

  /** Ranges in text order with the overlapping ones joined. */
  private static List<int[]> joined(List<int[]> ranges) {
    List<int[]> out = new ArrayList<>();
    for (int[] r : ranges) {
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && r[0] <= last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        out.add(r.clone());
      }
    }
    return out;
  }

  /** The source and content of one cue. */
  Found spansOf(AttributionInput in, WordForms forms, SpanFeatures.CueContext c) {
    int lo = Math.max(c.from(), c.cueFrom() - REACH);
    int hi = Math.min(c.to(), c.cueTo() + REACH);
    int[] labels = spanDecoder.decode(lo, hi, (i, p1, p2, f) -> spanFeatures.of(in, forms, c, i, p1, p2, f),
        model.spans()::add, null);
    int[] source = nearest(spans(labels, lo, AttributionModel.SPAN_LABELS, AttributionModel.SOURCE), c);
    int[] content = nearest(spans(labels, lo, AttributionModel.SPAN_LABELS, AttributionModel.CONTENT), c);
    int firstChunk = -1;
    boolean verb = false;
    if (content != null) {
      int label = in.chunkAt(content[0], c.from(), c.to());
      firstChunk = label <= 0 ? -1 : ChunkFeatures.LABELS.typeOf(label);
      verb = c.counts().verbPhrasesBetween(content[0], content[1]) > 0;
    }
    return new Found(c.cueFrom(), c.cueTo(), source == null ? -1 : source[0], source == null ? -1 : source[1],
        content == null ? -1 : content[0], content == null ? -1 : content[1], firstChunk, verb);
  }

  private static int[] nearest(List<int[]> spans, SpanFeatures.CueContext c) {
    int[] best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int[] sp : spans) {
      int d = sp[1] <= c.cueFrom() ? c.cueFrom() - sp[1] : sp[0] - c.cueTo();
      if (d < bestDistance) {
        best = sp;
        bestDistance = d;
      }
    }
    return best;
  }

  /** The spans of {@code type} in labels that start at token {@code offset}. */
  public static List<int[]> spans(int[] labels, int offset, Bilou bilou, int type) {
    List<int[]> out = new ArrayList<>();
    int start = -1;
    for (int k = 0; k < labels.length; k++) {
      int l = labels[k];
      if (bilou.typeOf(l) != type) {
        start = -1;
        continue;
      }
      int p = bilou.positionOf(l);
      if (p == Bilou.UNIT) {
        out.add(new int[] {offset + k, offset + k + 1});
      } else if (p == Bilou.BEGIN) {
        start = k;
      } else if (p == Bilou.LAST && start >= 0) {
        out.add(new int[] {offset + start, offset + k + 1});
        start = -1;
      }
    }
    return out;
  }
}
