package org.attune.index;

/**
 * One hit in keyword-in-context form: where it is (source, speaker, code point range in the source's text and
 * of the turn or paragraph holding it, time in ms when the transcript is synced, else -1) and the words around it.
 */
public record SearchHit(String sourceId, String sourceName, String speaker, int start, int end, int unitStart, int unitEnd,
        long timeMs, String before, String match, String after) {
}
