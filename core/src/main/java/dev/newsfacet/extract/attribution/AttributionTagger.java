package dev.newsfacet.extract.attribution;

import dev.newsfacet.extract.entity.Bilou;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds attributions with the trained model: the cue tagger marks cues sentence by sentence, then for
 * each cue the span tagger labels the words around it as its source and its content; the spans nearest
 * the cue win. Token ranges are {@code [from, to)}; -1 where no span was found. Thread-safe.
 */
public final class AttributionTagger {
  /** How far from its cue (in tokens) a source or content may reach: keeps the work per cue bounded. */
  public static final int REACH = 60;

  /** One attribution the model found, as token ranges. */
  public record Found(int cueFrom, int cueTo, int sourceFrom, int sourceTo, int contentFrom, int contentTo) {
    public boolean hasSource() {
      return sourceFrom >= 0;
    }

    public boolean hasContent() {
      return contentFrom >= 0;
    }
  }

  private final AttributionModel model;
  private final CueFeatures cueFeatures;
  private final SpanFeatures spanFeatures;
  private final SequenceDecoder cueDecoder = new SequenceDecoder(AttributionModel.CUE_LABELS);
  private final SequenceDecoder spanDecoder = new SequenceDecoder(AttributionModel.SPAN_LABELS);

  public AttributionTagger(AttributionModel model) {
    this.model = model;
    this.cueFeatures = new CueFeatures(model.clusters());
    this.spanFeatures = new SpanFeatures(model.clusters());
  }

  public AttributionModel model() {
    return model;
  }

  /** Every attribution the model finds in the article, in text order. */
  public List<Found> find(AttributionInput in) {
    List<Found> out = new ArrayList<>();
    for (int s = 0; s < in.sentences(); s++) {
      int from = in.sentenceFrom()[s];
      int to = in.sentenceTo()[s];
      int[] labels = cueDecoder.decode(from, to,
          (i, p1, p2, f) -> cueFeatures.of(in, i, from, to, p1, p2, f), model.cues()::add, null);
      List<int[]> cues = spans(labels, from, AttributionModel.CUE_LABELS, 0);
      if (cues.isEmpty()) {
        continue;
      }
      SentenceCounts counts = SpanFeatures.counts(in, from, to);
      for (int[] cue : cues) {
        out.add(spansOf(in, SpanFeatures.context(in, from, to, cue[0], cue[1], counts)));
      }
    }
    return out;
  }

  /** The source and content of one cue. */
  Found spansOf(AttributionInput in, SpanFeatures.CueContext c) {
    int lo = Math.max(c.from(), c.cueFrom() - REACH);
    int hi = Math.min(c.to(), c.cueTo() + REACH);
    int[] labels = spanDecoder.decode(lo, hi, (i, p1, p2, f) -> spanFeatures.of(in, c, i, p1, p2, f),
        model.spans()::add, null);
    int[] source = nearest(spans(labels, lo, AttributionModel.SPAN_LABELS, AttributionModel.SOURCE), c);
    int[] content = nearest(spans(labels, lo, AttributionModel.SPAN_LABELS, AttributionModel.CONTENT), c);
    return new Found(c.cueFrom(), c.cueTo(), source == null ? -1 : source[0], source == null ? -1 : source[1],
        content == null ? -1 : content[0], content == null ? -1 : content[1]);
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
