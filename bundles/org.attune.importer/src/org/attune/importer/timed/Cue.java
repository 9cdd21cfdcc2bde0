package org.attune.importer.timed;

/** One timed piece of a transcript: [startMs, endMs), its text, and its speaker when the file names one. */
public record Cue(long startMs, long endMs, String speaker, String text) {
}
