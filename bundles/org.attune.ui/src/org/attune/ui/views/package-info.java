/**
 * The views of the Coding perspective: Project Explorer, Codebook, Coded Segments, Memos, Cases, Search.
 */
package org.attune.ui.views;
