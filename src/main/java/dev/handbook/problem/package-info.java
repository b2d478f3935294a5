/**
 * Problems as data: what went wrong, and where in the writer's file.
 *
 * <p>Every stage reports {@link dev.handbook.problem.Problem}s instead of throwing on the first one, so a
 * build can show a writer all of them at once; {@link dev.handbook.problem.BuildFailure} carries them out.
 */
package dev.handbook.problem;
