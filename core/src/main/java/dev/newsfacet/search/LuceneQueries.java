package dev.newsfacet.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.QueryBuilder;

/** Compiles {@link Clause}s to Lucene queries: for the embedded index, and for highlighting on any backend. */
public final class LuceneQueries {
  private final QueryBuilder text;

  public LuceneQueries(Analyzer analyzer) {
    this.text = new QueryBuilder(analyzer);
  }

  public Query compile(Clause clause) {
    return switch (clause) {
      case Clause.Term t -> {
        // an exact value matches or not: it scores its boost, whatever its frequency
        Query q = new ConstantScoreQuery(new TermQuery(new Term(t.field(), t.value())));
        yield t.boost() == 1f ? q : new BoostQuery(q, t.boost());
      }
      case Clause.Phrase p -> orNothing(text.createPhraseQuery(p.field(), p.text()));
      case Clause.Words w -> orNothing(text.createBooleanQuery(w.field(), w.text(), BooleanClause.Occur.MUST));
      case Clause.KeywordRange r -> TermRangeQuery.newStringRange(r.field(), r.from(), r.to(), true, true);
      case Clause.LongRange r -> LongField.newRangeQuery(r.field(), r.from(), r.to());
      case Clause.AnyOf any -> any.clauses().isEmpty() ? new MatchNoDocsQuery("no alternatives")
          : bool(any.clauses(), BooleanClause.Occur.SHOULD);
      case Clause.AllOf all -> bool(all.clauses(), BooleanClause.Occur.MUST);
      case Clause.None none -> new BooleanQuery.Builder().add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.FILTER)
          .add(compile(none.clause()), BooleanClause.Occur.MUST_NOT).build();
    };
  }

  /** The main query of a plan: filters unscored, scored clauses required, newest-first plans match all. */
  public Query base(QueryPlan plan) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    plan.filters().forEach(c -> b.add(compile(c), BooleanClause.Occur.FILTER));
    plan.scored().forEach(c -> b.add(compile(c), BooleanClause.Occur.MUST));
    if (!plan.scoring()) {
      b.add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  private BooleanQuery bool(List<Clause> clauses, BooleanClause.Occur occur) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    clauses.forEach(c -> b.add(compile(c), occur));
    return b.build();
  }

  private static Query orNothing(Query q) {
    return q != null ? q : new MatchNoDocsQuery("no words after analysis");
  }
}
