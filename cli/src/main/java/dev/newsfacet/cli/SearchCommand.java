package dev.newsfacet.cli;

import dev.newsfacet.NewsBackend;
import dev.newsfacet.NewsQuery;
import dev.newsfacet.SearchResult;
import dev.newsfacet.search.NewsQueryParser;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the index.", "",
        "Natural phrasings:",
        "  statements by Orban            quotes by Trump about Tomahawks",
        "  what did Trump say about Tomahawks",
        "  mentions of Alaska summit      articles about Zelensky",
        "Fielded syntax (combine freely with each other and with free text):",
        "  speaker:orban  person:\"viktor orban\"  place:budapest  org:kremlin  event:\"alaska summit\"",
        "  source:ndtv  type:article|statement|quote  kind:direct|indirect|mixed",
        "  published:2025-10  published:[2025-10-01 TO 2025-10-31]  mentioned:2025-08-15  limit:20",
        "Time phrases at the end: statements by Trump in October 2025, mentions of Alaska summit since August,",
        "  articles about Zelensky between 2025-10-01 and 2025-10-20 (published dates).",
        "Names match through every spelling, surname and role seen in the index, ignoring case and accents.",
        "The same statement carried by several outlets is one result listing each article."})
final class SearchCommand implements Callable<Integer> {
  @Mixin IndexOptions indexOptions;

  @Option(names = "--json", description = "Print the result as JSON (the same as --format json).")
  boolean json;

  /** How results are printed. */
  enum Format { text, json, jsonl, csv }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (the default), json (the whole result), jsonl (one hit per line, for export) or csv "
          + "(one row per hit and article: type, article id, title, source, published, speaker, kind, text).")
  Format format;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0",
      description = "Pass over the first N results (paging: --offset 10 -n 10 is the second page; at most "
          + NewsQuery.MAX_OFFSET + ").")
  int offset;

  @Option(names = "--sort", paramLabel = "ORDER",
      description = "relevance, newest or oldest (default: relevance when the query has words to match, else newest).")
  NewsQuery.Sort sort;

  @Option(names = "--group", paramLabel = "stories",
      description = "stories: one article hit per story, its other matching articles listed with it (the same as "
          + "group:stories in the query; story:ID then finds all of a story's articles and statements).")
  String group;

  @Option(names = "--facet-values", paramLabel = "N", defaultValue = "10",
      description = "How many values of each facet to list (default ${DEFAULT-VALUE}, at most " + NewsQuery.MAX_FACET_VALUES + ").")
  int facetValues;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Most results to show (default ${DEFAULT-VALUE}).",
      defaultValue = "10")
  int limit;

  @Option(names = "--no-facets", negatable = false, description = "Leave out the facet counts.")
  boolean noFacets;

  @Option(names = "--exact-counts", negatable = false,
      description = "Count facets over every match. By default, when more than " + NewsQuery.EXACT_COUNTS_UP_TO
          + " documents match, facet counts are estimated from a random sample of that size (repeatable, shown as ~N).")
  boolean exactCounts;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several words are joined.")
  List<String> words;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (offset < 0 || offset > NewsQuery.MAX_OFFSET) {
      throw new dev.newsfacet.QuerySyntaxException("--offset must be from 0 to " + NewsQuery.MAX_OFFSET);
    }
    if (facetValues < 1 || facetValues > NewsQuery.MAX_FACET_VALUES) {
      throw new dev.newsfacet.QuerySyntaxException("--facet-values must be from 1 to " + NewsQuery.MAX_FACET_VALUES);
    }
    try (NewsBackend index = indexOptions.openForReading()) {
      NewsQuery query = index.parse(String.join(" ", words));
      if (limit < 1 || limit > NewsQuery.MAX_LIMIT) {
        throw new dev.newsfacet.QuerySyntaxException("--limit must be from 1 to " + NewsQuery.MAX_LIMIT);
      }
      // a limit:N in the query is the user's too; --limit given on the command line wins over it
      if (spec.commandLine().getParseResult().hasMatchedOption("--limit")) {
        query = query.withLimit(limit);
      }
      if (exactCounts) {
        query = query.withExactCounts();
      }
      if (group != null) {
        if (!group.equalsIgnoreCase(NewsQuery.GROUP_STORIES)) {
          throw new dev.newsfacet.QuerySyntaxException("--group takes 'stories', not '" + group + "'");
        }
        if (query.target() == NewsQuery.Target.STATEMENTS) {
          throw new dev.newsfacet.QuerySyntaxException("--group stories groups articles, and this query asks for "
              + "statements (statements of one story: story:ARTICLE_ID)");
        }
        query = query.withStories();
      }
      query = query.withOffset(offset).withSort(sort).withFacetValues(facetValues == 10 ? 0 : facetValues);
      SearchResult result = index.search(query);
      switch (json ? Format.json : format) {
        case json -> out.println(Json.write(Json.result(result)));
        case jsonl -> Export.jsonLines(result, out);
        case csv -> Export.csv(result, out);
        case text -> new Output(out, Output.isTerminal()).result(result, !noFacets);
      }
      String why = index.whyNothing(query, result);
      if (why != null) {
        spec.commandLine().getErr().println(Output.safe(why));
      }
    }
    return Main.OK;
  }
}
