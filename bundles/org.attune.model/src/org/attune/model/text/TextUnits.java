package org.attune.model.text;

import java.util.ArrayList;
import java.util.List;

import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;

/**
 * The units a transcript is searched and counted in: its speaker turns in their order or, when it has none (a
 * diary, field notes), its paragraphs: the lines that hold more than white space.
 */
public final class TextUnits {
    private TextUnits() {
    }

    /** The units of a transcript whose turns are loaded; {@code text} is its text (read only when it has no turns). */
    public static List<TextUnit> of(TextSource source, String text) {
        List<TextUnit> units = new ArrayList<>();
        if (!source.getTurns().isEmpty()) {
            for (SpeakerTurn turn : source.getTurns()) {
                units.add(new TextUnit(source, turn.getStart(), turn.getEnd(), turn));
            }
            return units;
        }
        int start = 0;
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            int length = paragraph.codePointCount(0, paragraph.length());
            if (!paragraph.isBlank()) {
                units.add(new TextUnit(source, start, start + length, null));
            }
            start += length + 1;
        }
        return units;
    }
}
