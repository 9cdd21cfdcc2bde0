package org.attune.exchange.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * A text as another tool exported it, and where each of that tool's positions lands in the text Attune stores.
 * The stored text is the exported one without a leading byte-order mark and with CR LF and lone CR line ends made
 * LF, as every other import stores text; positions are re-counted as code points over it.
 */
public final class ToolText {
    private final String raw;
    private final String stored;
    private final boolean astral;
    private final boolean crLf;
    private final Map<PositionModel, int[]> maps = new HashMap<>();
    private int[] codePoints;

    public ToolText(String exported) {
        this.raw = exported.startsWith("\uFEFF") ? exported.substring(1) : exported;
        this.crLf = raw.contains("\r\n");
        this.stored = raw.indexOf('\r') < 0 ? raw : raw.replace("\r\n", "\n").replace('\r', '\n');
        this.astral = raw.codePointCount(0, raw.length()) != raw.length();
    }

    public String stored() {
        return stored;
    }

    public boolean hasAstral() {
        return astral;
    }

    public boolean hasCrLf() {
        return crLf;
    }

    /** The code-point offset in the stored text of a position counted under {@code model}, or -1 outside the text. */
    public int toStored(long position, PositionModel model) {
        int[] map = maps.computeIfAbsent(model, this::map);
        return position < 0 || position >= map.length ? -1 : map[(int) position];
    }

    /** The stored text's code points (for checks of word boundaries). */
    int[] codePoints() {
        if (codePoints == null) {
            codePoints = stored.codePoints().toArray();
        }
        return codePoints;
    }

    /**
     * Position → stored offset. A position inside a CR LF (counted as two) is the line's end; one inside a surrogate
     * pair (counted as two units) is before the character: a selection never takes half a character.
     */
    private int[] map(PositionModel model) {
        int[] map = new int[raw.length() + 1];
        int position = 0;
        int offset = 0;
        for (int i = 0; i < raw.length();) {
            char c = raw.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1));
            boolean lineEnd = c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n';
            map[position++] = offset;
            if (pair && model.utf16Units() || lineEnd && !model.lineEndAsOne()) {
                map[position++] = offset;
            }
            offset++;
            i += pair || lineEnd ? 2 : 1;
        }
        map[position] = offset;
        return java.util.Arrays.copyOf(map, position + 1);
    }
}
