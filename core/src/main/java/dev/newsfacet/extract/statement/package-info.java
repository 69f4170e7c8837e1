/**
 * Steps of statement extraction that stand on their own: who a pronoun or a role phrase names
 * ({@link dev.newsfacet.extract.statement.Antecedents}, {@link dev.newsfacet.extract.statement.RoleHolders}) and
 * which reported acts are no statement of their content ({@link dev.newsfacet.extract.statement.Refusals}).
 * Each answers with the name of the step that decided, so that a statement can say how its speaker was found.
 */
package dev.newsfacet.extract.statement;
