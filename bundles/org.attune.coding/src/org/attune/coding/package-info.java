/**
 * The researcher's headless actions, each one undoable: the codebook, coding and in vivo coding, coded segments,
 * memos, cases, and the sample study.
 */
package org.attune.coding;
