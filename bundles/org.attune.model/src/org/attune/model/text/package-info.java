/**
 * Hand-written rules on a transcript's text: the units it is read in ({@link org.attune.model.text.TextUnits}),
 * speaker turns or, in a text without turns, paragraphs; and who speaks where ({@link org.attune.model.text.Speakers}:
 * the turn at a place, the cases a stretch belongs to); and the marks laid on a source ({@link org.attune.model.text.Marks}:
 * turns, sync points, selections, codings), made in one place. The one home of those rules for the search index and the
 * analyses.
 */
package org.attune.model.text;
