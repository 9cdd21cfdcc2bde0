package org.attune.transcribe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attune.importer.timed.Cue;
import org.attune.store.Originals;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * CMU PocketSphinx as Debian packages it ({@code pocketsphinx}, {@code pocketsphinx-en-us}, 0.8+5prealpha): runs
 * {@value #PROGRAM} {@code -infile F.wav -time yes} on the sound converted by FFmpeg, and reads each utterance's words
 * with their times ("word start end confidence" in seconds, between {@code <s>} and {@code </s>}). US English only.
 */
public final class PocketSphinxEngine implements SpeechEngine {
    public static final String NAME = "pocketsphinx";
    static final String PROGRAM = "pocketsphinx_continuous";
    /** One word of an utterance with its times: "word start end confidence". */
    private static final Pattern WORD = Pattern.compile("(\\S+) (\\d+(?:\\.\\d+)?) (\\d+(?:\\.\\d+)?) (-?\\d+(?:\\.\\d+)?(?:e-?\\d+)?)");
    /** An alternative pronunciation's mark on a word: "don't(2)". */
    private static final Pattern VARIANT = Pattern.compile("\\(\\d+\\)$");

    private final String program;

    public PocketSphinxEngine() {
        this(PROGRAM);
    }

    /** With another executable (a test's stand-in), run as PocketSphinx is. */
    PocketSphinxEngine(String program) {
        this.program = program;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String unavailable() {
        if (!EngineProcess.onPath(program)) {
            return "PocketSphinx is not installed (" + program + " was not found; Debian: apt-get install pocketsphinx pocketsphinx-en-us)";
        }
        return Audio.unavailable();
    }

    @Override
    public List<Cue> transcribe(Path media, String language, IProgressMonitor monitor) throws TranscriptionException {
        return transcribe(Originals.plainFiles(), media, language, monitor);
    }

    @Override
    public List<Cue> transcribe(Originals originals, Path media, String language, IProgressMonitor monitor) throws TranscriptionException {
        if (language != null && !language.isBlank() && !language.toLowerCase(Locale.ROOT).startsWith("en")) {
            throw new TranscriptionException(media.getFileName() + ": PocketSphinx has a model for English only, the recording's language is "
                    + language + "; use whisper.cpp with a multilingual model");
        }
        String why = unavailable();
        if (why != null) {
            throw new TranscriptionException(why);
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Transcribing " + media.getFileName() + " with PocketSphinx", 1000);
        Path folder = Audio.temporaryFolder();
        try (Audio.Sound sound = Audio.prepare(originals, media, folder, progress.split(50))) {
            Path wav = sound.wav;
            long duration = sound.durationMs;
            List<String> command = new ArrayList<>();
            if (EngineProcess.onPath("stdbuf")) {
                command.addAll(List.of("stdbuf", "-oL")); // each utterance as it is recognised, for the progress
            }
            command.addAll(List.of(program, "-infile", wav.toString(), "-time", "yes"));
            Utterances utterances = new Utterances();
            SubMonitor recognising = progress.split(950);
            recognising.beginTask("Recognising speech", 1000);
            int[] reported = {0};
            EngineProcess.run("PocketSphinx", command, folder, recognising, line -> {
                long heard = utterances.read(line);
                int permille = (int) Math.min(1000, heard * 1000 / duration);
                synchronized (reported) {
                    if (permille > reported[0]) {
                        recognising.worked(permille - reported[0]);
                        reported[0] = permille;
                    }
                }
            }, line -> {
            });
            utterances.finish(); // an utterance the output ended in
            TranscriptionException unread = sound.failure();
            if (unread != null && utterances.cues.isEmpty()) {
                throw unread;
            }
            return utterances.cues;
        } finally {
            Audio.delete(folder);
        }
    }

    /** Reads PocketSphinx's output line by line into cues. */
    static final class Utterances {
        final List<Cue> cues = new ArrayList<>();
        private final StringBuilder words = new StringBuilder();
        private long start = -1;
        private long end;
        private long heard;

        /** Reads one line of output; returns how far into the sound (ms) the recognition has got. */
        synchronized long read(String line) {
            Matcher word = WORD.matcher(line.strip());
            if (!word.matches()) {
                return heard; // the utterance's hypothesis, or an empty line
            }
            String token = word.group(1);
            long from = Math.round(Double.parseDouble(word.group(2)) * 1000);
            long to = Math.round(Double.parseDouble(word.group(3)) * 1000);
            heard = Math.max(heard, to);
            if (token.equals("</s>")) {
                finish();
            } else if (!token.startsWith("<") && !token.startsWith("[") && !token.startsWith("++")) {
                if (start < 0) {
                    start = from;
                }
                end = to;
                words.append(words.length() == 0 ? "" : " ").append(VARIANT.matcher(token).replaceFirst(""));
            }
            return heard;
        }

        synchronized void finish() {
            if (words.length() > 0) {
                cues.add(new Cue(start, Math.max(end, start + 1), null, words.toString()));
            }
            words.setLength(0);
            start = -1;
        }
    }
}
