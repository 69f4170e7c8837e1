package dev.newsfacet;

/** Whether an add created a new article or replaced one with the same id. */
public enum AddResult { ADDED, UPDATED }
