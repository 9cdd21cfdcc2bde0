/**
 * Merging another copy of a project (a colleague's copy, or a REFI-QDA archive of the same transcripts) into this
 * one: matching its sources, codes and codings to this project's, planning what a merge would do and applying it as
 * one action ({@link org.attune.exchange.merge.ProjectMerge}; docs/merge.md).
 */
package org.attune.exchange.merge;
