package dev.newsfacet.model;

/** The words that mark an attribution ("said", "wrote on X", "according to"), with offsets. */
public record Cue(int start, int end, String text) {}
