/**
 * Evaluation of Khabar's components against the shared corpora ({@link
 * org.khabar.tools.eval.SharedCorpora} finds them): {@link
 * org.khabar.tools.eval.CliticEvaluation} scores tokens, proclitic boundaries and sentence
 * splitting on UD Arabic-PUD.
 */
package org.khabar.tools.eval;
