/**
 * The researcher's headless actions, each one undoable: the codebook, coding and in vivo coding, coded segments,
 * memos, cases, and coding a search's hits at once ({@link org.attune.coding.SearchAndCode}).
 */
package org.attune.coding;
