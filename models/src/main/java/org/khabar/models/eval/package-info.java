/**
 * Evaluation of Khabar's components against the shared corpora ({@link
 * org.khabar.models.eval.SharedCorpora} finds them): {@link
 * org.khabar.models.eval.CliticEvaluation} scores tokens, proclitic boundaries and sentence
 * splitting on UD Arabic-PUD.
 */
package org.khabar.models.eval;
