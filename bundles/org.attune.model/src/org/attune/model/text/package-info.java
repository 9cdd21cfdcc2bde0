/**
 * Hand-written rules on a transcript's text: the units it is read in ({@link org.attune.model.text.TextUnits}),
 * speaker turns or, in a text without turns, paragraphs; the one home of that rule for the search index and the
 * analyses.
 */
package org.attune.model.text;
