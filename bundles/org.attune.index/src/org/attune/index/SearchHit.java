package org.attune.index;

/**
 * One hit in keyword-in-context form: where it is (source, speaker, code point range in the source's text,
 * time in ms when the transcript is synced, else -1) and the words around it.
 */
public record SearchHit(String sourceId, String sourceName, String speaker, int start, int end, long timeMs, String before,
        String match, String after) {
}
