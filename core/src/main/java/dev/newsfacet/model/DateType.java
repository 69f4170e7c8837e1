package dev.newsfacet.model;

/** TIMEX3 types of temporal expression. */
public enum DateType { DATE, TIME, DURATION, SET }
