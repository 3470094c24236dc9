/**
 * Khabar's JSON: {@link org.khabar.json.ArticleJson} writes an {@link org.khabar.article.Article}
 * as one versioned JSON object and reads it back exactly; {@link org.khabar.json.JsonOptions} says
 * which layers to write. Depends on Jackson's streaming core only (2.15 or later).
 */
package org.khabar.json;
