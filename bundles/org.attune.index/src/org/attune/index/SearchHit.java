package org.attune.index;

/**
 * One hit in keyword-in-context form: where it is (source, speaker, code point range in the source's text and
 * of the turn or paragraph holding it, time in ms when the transcript is synced, else -1) and the words around it.
 */
public record SearchHit(String sourceId, String sourceName, String speaker, int start, int end, int unitStart, int unitEnd,
        long timeMs, String before, String match, String after) {

    /** The hit's time as h:mm:ss, or empty for a transcript without time codes. */
    public String clock() {
        return timeMs < 0 ? "" : String.format(java.util.Locale.ROOT, "%d:%02d:%02d", timeMs / 3_600_000, timeMs / 60_000 % 60,
                timeMs / 1000 % 60);
    }
}
