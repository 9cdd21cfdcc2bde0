/**
 * The search index (Lucene): {@link org.attune.index.ProjectIndex} is built from the store and follows every
 * action; the search syntax, hits in context, coding all hits, coding queries.
 */
package org.attune.index;
