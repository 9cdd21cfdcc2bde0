package org.attune.importer.media;

/** What Attune records about a recording or picture; unknown values are null. */
public record MediaInfo(String mediaType, Long durationMs, String audioCodec, Integer channels, Integer sampleRate,
        String videoCodec, Integer width, Integer height, Double frameRate, java.util.Date takenAt, String readBy) {
}
