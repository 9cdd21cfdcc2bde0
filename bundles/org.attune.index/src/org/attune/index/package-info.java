/**
 * The search index (Lucene): {@link org.attune.index.ProjectIndex} is built from the store and follows every
 * action; the search syntax and hits in context. What does not need Lucene lives elsewhere: coding all hits in
 * {@code org.attune.coding.SearchAndCode}, coding queries in {@code org.attune.analysis.CodingQuery}.
 */
package org.attune.index;
