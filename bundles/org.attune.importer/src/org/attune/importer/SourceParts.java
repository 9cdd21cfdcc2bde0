package org.attune.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntConsumer;

import org.apache.tika.config.TikaConfig;
import org.attune.importer.SourceBuilder.Built;
import org.attune.importer.TypeDetection.DetectedType;
import org.attune.importer.media.MediaInfo;
import org.attune.importer.media.MediaInput;
import org.attune.importer.media.MediaProbe;
import org.attune.model.AttuneFactory;
import org.attune.model.TextSource;

/** The parts the builders of sources share: turns, sync points, the length of a text, times as the report writes them. */
final class SourceParts {
    static final AttuneFactory F = AttuneFactory.eINSTANCE;

    private SourceParts() {
    }

    /** A text source built: its length is its text's, in code points. */
    static Built text(TextSource source, String text, String detail) {
        source.setLength(text.codePointCount(0, text.length()));
        return new Built(source, detail, text);
    }

    /** A recording or picture to read: {@code file}, or the bytes {@code held} in memory only under its name (when not null). */
    static MediaInput media(Path file, byte[] held) {
        return held == null ? MediaInput.of(file) : MediaInput.held(file, held, () -> HeldContainers.open(held));
    }

    /** What ffprobe or Tika reads of a recording or picture; a file that is none is refused with the reason. */
    static MediaInfo probe(TikaConfig tika, MediaInput input, DetectedType detected) throws ImportProblem, IOException {
        try {
            return new MediaProbe(tika).probe(input, detected.mediaType(), detected.recognised());
        } catch (MediaProbe.NotMedia e) {
            throw new ImportProblem(e.getMessage(), e);
        }
    }

    static void setIfKnown(Integer value, IntConsumer setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    static String clock(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
}
