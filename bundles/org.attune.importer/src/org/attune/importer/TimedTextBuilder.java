package org.attune.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.tika.io.TikaInputStream;
import org.attune.importer.ImportOutcome.Status;
import org.attune.importer.TypeDetection.DetectedType;
import org.attune.importer.timed.Cue;
import org.attune.importer.timed.Elan;
import org.attune.importer.timed.Subtitles;
import org.attune.importer.timed.TimedFormatException;

/** Subtitles (srt, vtt, sbv) or an ELAN file: one line per cue ("Speaker: text" when the file names speakers), synced at both ends. */
enum TimedTextBuilder implements SourceBuilder {
    SUBTITLES("subtitle", "subtitles") {
        @Override
        List<Cue> cues(Path file) throws IOException, TimedFormatException {
            return Subtitles.read(file.getFileName().toString(), readText(file));
        }
    },
    ELAN("ELAN", "ELAN annotations") {
        @Override
        List<Cue> cues(Path file) throws IOException, TimedFormatException {
            try (InputStream eaf = Files.newInputStream(file)) {
                return Elan.read(eaf);
            }
        }
    };

    /** Subtitle and ELAN files are read whole; real ones are a few megabytes at most. */
    static final long MAX_WHOLE_FILE_BYTES = 64L << 20;

    private final String fileKind;
    private final String what;

    TimedTextBuilder(String fileKind, String what) {
        this.fileKind = fileKind;
        this.what = what;
    }

    abstract List<Cue> cues(Path file) throws IOException, TimedFormatException;

    @Override
    public Built build(Path file, TikaInputStream in, DetectedType detected) throws ImportProblem, IOException {
        checkWholeSize(file);
        List<Cue> cues;
        try {
            cues = cues(file);
        } catch (TimedFormatException e) {
            throw new ImportProblem(e.getMessage() + "; nothing of it was imported", e);
        }
        CueTranscript transcript = CueTranscript.of(cues);
        return SourceParts.text(transcript.source(), transcript.text(), String.format(Locale.ROOT, "%s: %d cues from %s to %s", what, cues.size(),
                SourceParts.clock(cues.get(0).startMs()), SourceParts.clock(cues.stream().mapToLong(Cue::endMs).max().orElse(0))));
    }

    /** Refuses a file read whole that is too large to hold, rather than running out of memory on it. */
    private void checkWholeSize(Path file) throws IOException, ImportProblem {
        long size = Files.size(file);
        if (size > MAX_WHOLE_FILE_BYTES) {
            throw new ImportProblem(Status.FAILED, String.format(Locale.ROOT, "it is %,d MB; %s files are read whole, and Attune"
                    + " reads at most %,d MB of them; nothing of it was imported", size >> 20, fileKind, MAX_WHOLE_FILE_BYTES >> 20));
        }
    }

    private static String readText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1); // older subtitle files are often Latin-1
        }
    }
}
