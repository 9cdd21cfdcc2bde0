package org.attune.index;

/**
 * One hit in keyword-in-context form: where it is (source, speaker, code point range in the source's text and of
 * the turn, paragraph or coded stretch holding it, time in ms when the transcript is synced, else -1) and the words
 * around it. For a memo or a code definition, {@code sourceId} is null, {@code sourceName} reads "Memo: title" or
 * "Code: path", and positions count in the memo's title and text or the code's definition.
 *
 * @param kind what the hit is in
 * @param elementId the id of the coding, memo or code (for a transcript's unit: "sourceId#start")
 * @param code the code's path ("Parent/Child") of a coded stretch or code definition; null otherwise
 */
public record SearchHit(String sourceId, String sourceName, String speaker, int start, int end, int unitStart, int unitEnd,
        long timeMs, String before, String match, String after, HitKind kind, String elementId, String code) {

    /** Whether the hit is in a transcript's text, so that it can be coded. */
    public boolean inTranscript() {
        return sourceId != null && (kind == null || kind == HitKind.UNIT || kind == HitKind.CODING);
    }

    /** The hit's time as h:mm:ss, or empty for a transcript without time codes. */
    public String clock() {
        return timeMs < 0 ? "" : String.format(java.util.Locale.ROOT, "%d:%02d:%02d", timeMs / 3_600_000, timeMs / 60_000 % 60,
                timeMs / 1000 % 60);
    }
}
