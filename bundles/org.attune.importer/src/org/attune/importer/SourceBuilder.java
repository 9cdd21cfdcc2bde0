package org.attune.importer;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.attune.importer.TypeDetection.DetectedType;
import org.attune.importer.TypeDetection.Kind;
import org.attune.importer.text.DocumentReader;
import org.attune.model.Source;

/** Makes the source of one kind of file (not in the project yet), on a reading thread. */
interface SourceBuilder {
    /** A source built from a file, what the report says of it, and its text (null for a recording or picture). */
    record Built(Source source, String detail, String text) {
        Built(Source source, String detail) {
            this(source, detail, null);
        }
    }

    /**
     * @param in a stream on {@code file} the caller opened for detecting its type (and closes); builders that read the
     *        file another way ignore it
     */
    Built build(Path file, TikaInputStream in, DetectedType detected) throws ImportProblem, IOException;

    /**
     * The builder of each kind of source; documents are read by {@code reader} (split at headings as {@code options} say),
     * recordings and pictures probed with {@code tika}.
     *
     * @param held the file's bytes when it is held in memory only (a document, recording or picture), else null
     */
    static SourceBuilder of(Kind kind, DocumentReader reader, TikaConfig tika, ImportOptions options, byte[] held) {
        return switch (kind) {
            case DOCUMENT -> new DocumentBuilder(reader, options.splitHeadings(), held);
            case SUBTITLES -> TimedTextBuilder.SUBTITLES;
            case ELAN -> TimedTextBuilder.ELAN;
            case AUDIO -> new RecordingBuilder(tika, false, held);
            case VIDEO -> new RecordingBuilder(tika, true, held);
            case IMAGE -> new PictureBuilder(tika, held);
        };
    }
}
