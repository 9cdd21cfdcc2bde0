package org.attune.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a tool counted the text positions of its selections. REFI-QDA says Unicode code points over the plain text,
 * but NVivo counts UTF-16 code units (so every position after an emoji is shifted by one per emoji), and ATLAS.ti
 * counts a CR LF line end as one character while its text files keep both.
 *
 * @param utf16Units a character outside the Basic Multilingual Plane counts two (a surrogate pair), not one
 * @param lineEndAsOne a CR LF line end counts one, not two
 */
public record PositionModel(boolean utf16Units, boolean lineEndAsOne) {
    public static final PositionModel STANDARD = new PositionModel(false, false);

    /** What the tool that wrote the file is known to do; the standard for tools not known to deviate. */
    public static PositionModel expectedOf(String origin) {
        String o = origin == null ? "" : origin.toLowerCase(Locale.ROOT);
        if (o.contains("nvivo")) {
            return new PositionModel(true, false);
        }
        if (o.contains("atlas")) {
            return new PositionModel(false, true);
        }
        return STANDARD;
    }

    /** The models that place positions differently in texts with these traits, the expected one first. */
    public static List<PositionModel> candidates(PositionModel expected, boolean anyAstral, boolean anyCrLf) {
        List<PositionModel> list = new ArrayList<>();
        list.add(expected);
        for (boolean utf16 : anyAstral ? new boolean[] { false, true } : new boolean[] { expected.utf16Units }) {
            for (boolean asOne : anyCrLf ? new boolean[] { false, true } : new boolean[] { expected.lineEndAsOne }) {
                PositionModel m = new PositionModel(utf16, asOne);
                if (!list.contains(m)) {
                    list.add(m);
                }
            }
        }
        return list;
    }

    /** In words, for the import report. */
    public String describe() {
        return (utf16Units ? "UTF-16 code units" : "Unicode code points") + (lineEndAsOne ? ", a CR LF line end as one" : ", a CR LF line end as two");
    }
}
