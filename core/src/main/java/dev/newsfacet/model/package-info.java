/** Plain records passed between ingest, extraction, indexing and search. */
package dev.newsfacet.model;
