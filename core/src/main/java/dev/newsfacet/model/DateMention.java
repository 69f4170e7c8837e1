package dev.newsfacet.model;

/**
 * A temporal expression with its TIMEX3-style normalised value ({@code 2025-10-17}, {@code 2025-W43},
 * {@code XXXX-08-15}, {@code P2Y}, {@code PRESENT_REF}).
 */
public record DateMention(int start, int end, String text, DateType type, String value) {}
