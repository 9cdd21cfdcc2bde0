package org.attune.transcribe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attune.importer.timed.Cue;
import org.attune.importer.timed.Subtitles;
import org.attune.importer.timed.TimedFormatException;
import org.attune.store.Originals;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * whisper.cpp (github.com/ggml-org/whisper.cpp): the executable the user built or installed ({@code whisper-cli},
 * formerly {@code main}) and a model file of theirs ({@code ggml-base.en.bin}, say). Runs {@code EXE -m MODEL -f F.wav
 * -l LANG -osrt -of OUT -pp} on the sound converted by FFmpeg and reads the SubRip file it writes, one cue per segment;
 * the progress comes from its "progress = N%" lines.
 */
public final class WhisperCppEngine implements SpeechEngine {
    public static final String NAME = "whisper-cpp";
    private static final Pattern PROGRESS = Pattern.compile("progress\\s*=\\s*(\\d+)\\s*%");
    /** What whisper writes for a stretch without speech: "[BLANK_AUDIO]", "(music)". */
    private static final Pattern NO_SPEECH = Pattern.compile("\\s*[\\[(][^\\])]*[\\])]\\s*");

    private final Path executable;
    private final Path model;

    public WhisperCppEngine(Path executable, Path model) {
        this.executable = executable;
        this.model = model;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String unavailable() {
        if (executable == null || executable.toString().isBlank()) {
            return "no whisper.cpp executable is set (Preferences > Transcription, or --whisper-exe)";
        }
        if (!Files.isRegularFile(executable) || !Files.isExecutable(executable)) {
            return executable + ": the whisper.cpp executable is missing or cannot be run";
        }
        if (model == null || model.toString().isBlank()) {
            return "no whisper.cpp model file is set (Preferences > Transcription, or --whisper-model)";
        }
        if (!Files.isRegularFile(model)) {
            return model + ": the whisper.cpp model file is missing";
        }
        return Audio.unavailable();
    }

    @Override
    public List<Cue> transcribe(Path media, String language, IProgressMonitor monitor) throws TranscriptionException {
        return transcribe(Originals.plainFiles(), media, language, monitor);
    }

    @Override
    public List<Cue> transcribe(Originals originals, Path media, String language, IProgressMonitor monitor) throws TranscriptionException {
        String why = unavailable();
        if (why != null) {
            throw new TranscriptionException(why);
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Transcribing " + media.getFileName() + " with whisper.cpp", 1000);
        Path folder = Audio.temporaryFolder();
        try (Audio.Sound sound = Audio.prepare(originals, media, folder, progress.split(50))) {
            Path wav = sound.wav;
            SubMonitor recognising = progress.split(950);
            recognising.beginTask("Recognising speech", 100);
            int[] reported = {0};
            List<String> command = new ArrayList<>(List.of(executable.toAbsolutePath().toString(), "-m", model.toAbsolutePath().toString(),
                    "-f", wav.toString(), "-l", language == null || language.isBlank() ? "auto" : language, "-osrt", "-of",
                    folder.resolve("out").toString(), "-pp"));
            EngineProcess.run("whisper.cpp", command, folder, recognising, line -> {
            }, line -> {
                Matcher percent = PROGRESS.matcher(line);
                if (percent.find()) {
                    int done = Math.min(100, Integer.parseInt(percent.group(1)));
                    synchronized (reported) {
                        if (done > reported[0]) {
                            recognising.worked(done - reported[0]);
                            reported[0] = done;
                        }
                    }
                }
            });
            TranscriptionException unread = sound.failure();
            if (unread != null) {
                throw unread;
            }
            Path srt = folder.resolve("out.srt");
            if (!Files.isRegularFile(srt)) {
                throw new TranscriptionException("whisper.cpp wrote no transcript (" + executable.getFileName() + " made no out.srt)");
            }
            String subtitles = Files.readString(srt, StandardCharsets.UTF_8);
            return subtitles.isBlank() ? List.of() : speech(Subtitles.read("out.srt", subtitles));
        } catch (IOException e) {
            throw new TranscriptionException(media.getFileName() + ": " + e.getMessage(), e);
        } catch (TimedFormatException e) {
            throw new TranscriptionException("whisper.cpp's transcript could not be read: " + e.getMessage(), e);
        } finally {
            Audio.delete(folder);
        }
    }

    /** The cues that hold speech, without the marks of silence. */
    private static List<Cue> speech(List<Cue> cues) {
        List<Cue> spoken = new ArrayList<>();
        for (Cue cue : cues) {
            String text = NO_SPEECH.matcher(cue.text()).replaceAll(" ").strip();
            if (!text.isEmpty()) {
                spoken.add(new Cue(cue.startMs(), cue.endMs(), cue.speaker(), text));
            }
        }
        return spoken;
    }
}
