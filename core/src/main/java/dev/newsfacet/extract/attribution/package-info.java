/**
 * The trained attribution model: a cue tagger that finds the words reporting speech, belief or stance,
 * and a span tagger that, given one cue, labels its source and its content in the sentence. Both are
 * averaged perceptrons over hashed features ({@link dev.newsfacet.extract.entity.TaggerModel}), decoded
 * greedily left to right by {@link dev.newsfacet.extract.attribution.SequenceDecoder}, the same loop in
 * training and tagging. The rules' own decisions are features, so the model learns where to trust them.
 */
package dev.newsfacet.extract.attribution;
