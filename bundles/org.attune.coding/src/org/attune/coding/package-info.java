/**
 * The researcher's headless actions, each one undoable: the codebook, coding and in vivo coding, coded segments,
 * memos, cases, coding a search's hits at once ({@link org.attune.coding.SearchAndCode}), and correcting a coded
 * transcript ({@link org.attune.coding.TextEdits}: one call, one undoable edit in code points, with codings, turns and
 * sync points following the words).
 */
package org.attune.coding;
