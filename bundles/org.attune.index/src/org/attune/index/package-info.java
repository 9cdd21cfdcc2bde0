/**
 * The search index (Lucene): {@link org.attune.index.ProjectIndex} is built from the store and rebuilt when
 * damaged, {@link org.attune.index.IndexFollower} follows every action, {@link org.attune.index.ProjectSearcher}
 * reads the search syntax and gives hits in context. What does not need Lucene lives elsewhere: coding all hits in
 * {@code org.attune.coding.SearchAndCode}, coding queries in {@code org.attune.analysis.CodingQuery}.
 */
package org.attune.index;
