package org.attune.analysis;

import java.util.List;

import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.SpeakerTurn;

/**
 * One coding as the analyses see it: its code, source, span and the cases it belongs to.
 *
 * @param text whether {@code start}/{@code end} are code points of a text (else milliseconds of a recording,
 *        or 0/0 for a region of a picture)
 * @param turns the speaker turns the coded text overlaps
 * @param cases the cases it belongs to (see {@link CodingSet} for the rule), after any case filter
 */
public record CodedStretch(Coding coding, Code code, Source source, boolean text, long start, long end,
        List<SpeakerTurn> turns, List<Case> cases) {

    /** Each coding is one stretch: identity, not the (costly) comparison of every component. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    boolean overlaps(CodedStretch other) {
        return source == other.source && text == other.text && start < other.end && other.start < end;
    }
}
