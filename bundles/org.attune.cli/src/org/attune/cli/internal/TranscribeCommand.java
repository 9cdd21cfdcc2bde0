package org.attune.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.attune.cli.CliFailure;
import org.attune.importer.timed.Cue;
import org.attune.model.MediaSource;
import org.attune.model.TextSource;
import org.attune.transcribe.DraftTranscript;
import org.attune.transcribe.Engines;
import org.attune.transcribe.SpeechEngine;
import org.attune.transcribe.TranscriptionException;
import org.attune.transcribe.Transcribing;
import org.attune.transcribe.WordErrorRate;
import org.eclipse.core.runtime.NullProgressMonitor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code transcribe <project> --source NAME [--engine pocketsphinx|whisper-cpp]}: the draft transcript of a recording by
 * a speech engine installed on this machine, or with {@code --mark-corrected} a draft marked corrected.
 */
@Command(name = "transcribe", description = "Make the draft transcript of a recording by offline speech recognition (PocketSphinx, or "
        + "whisper.cpp with your executable and model), one line per utterance with its time codes, marked as a draft until corrected; "
        + "with --empty an empty transcript of it to type.")
public class TranscribeCommand extends OnProject {
    @Option(names = "--source", required = true, paramLabel = "NAME",
            description = "The recording (with --mark-corrected: the draft transcript).")
    String source;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "pocketsphinx",
            description = "pocketsphinx (default; Debian: apt-get install pocketsphinx pocketsphinx-en-us) or whisper-cpp.")
    String engine;

    @Option(names = "--whisper-exe", paramLabel = "FILE", description = "whisper.cpp's executable (whisper-cli) for --engine whisper-cpp.")
    Path whisperExe;

    @Option(names = "--whisper-model", paramLabel = "FILE", description = "whisper.cpp's model file (ggml-*.bin) for --engine whisper-cpp.")
    Path whisperModel;

    @Option(names = "--language", paramLabel = "CODE", description = "The language spoken (en, de, ...); default: the recording's.")
    String language;

    @Option(names = "--reference", paramLabel = "FILE",
            description = "A plain-text file of what is really said: also print the word error rate of the draft against it.")
    Path reference;

    @Option(names = "--mark-corrected", description = "Mark the draft transcript --source corrected instead (it is no draft any more).")
    boolean markCorrected;

    @Option(names = "--empty", description = "Add an empty transcript linked to the recording instead, to type it by hand "
            + "(the workbench's New Transcript for Recording; no engine runs).")
    boolean empty;

    record Rate(double rate, int errors, int referenceWords) {
    }

    record Result(Path project, String recording, String transcript, String engine, int utterances, long firstMs, long lastMs, Rate wordErrorRate) {
    }

    record Corrected(Path project, String transcript, boolean wasDraft) {
    }

    record Empty(Path project, String recording, String transcript) {
    }

    @Override
    public Integer call() {
        if (markCorrected) {
            return change(p -> {
                // a draft often has its recording's name: the transcript of that name, not the recording
                TextSource text = p.textSource(source);
                boolean was = DraftTranscript.markCorrected(p.store, text);
                return output.done(new Corrected(p.folder, text.getName(), was),
                        was ? text.getName() + ": marked corrected" : text.getName() + ": no draft (it was corrected already or not transcribed)");
            });
        }
        if (empty) {
            return change(p -> {
                MediaSource recording = p.recording(source, "; --empty adds the transcript of a recording");
                TextSource transcript = new Transcribing(p.store).newTranscript(recording);
                return output.done(new Empty(p.folder, recording.getName(), transcript.getName()),
                        recording.getName() + ": empty transcript \"" + transcript.getName() + "\" linked to it");
            });
        }
        SpeechEngine speech;
        try {
            speech = Engines.named(engine, whisperExe, whisperModel);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage());
        }
        String why = speech.unavailable();
        if (why != null) {
            throw new CliFailure(why);
        }
        String referenceText = readReference();
        return change(p -> {
            MediaSource recording = p.recording(source, "; transcribe makes the draft transcript of a recording");
            List<Cue> cues;
            try {
                cues = DraftTranscript.recognise(p.store.originals(), DraftTranscript.file(p.store, recording), language != null ? language : recording.getLanguage(),
                        recording.getName(), speech, new NullProgressMonitor());
            } catch (TranscriptionException e) {
                throw p.failure(e.getMessage());
            }
            TextSource draft = DraftTranscript.add(p.store, recording, cues, speech.name());
            Rate rate = null;
            String werLine = "";
            if (referenceText != null) {
                WordErrorRate wer = WordErrorRate.of(referenceText, String.join(" ", cues.stream().map(Cue::text).toList()));
                rate = new Rate(wer.rate(), wer.errors(), wer.referenceWords());
                werLine = String.format(Locale.ROOT, "%nword error rate against %s: %.3f (%d errors in %d words)", reference.getFileName(),
                        wer.rate(), wer.errors(), wer.referenceWords());
            }
            long first = cues.get(0).startMs();
            long last = cues.get(cues.size() - 1).endMs();
            return output.done(new Result(p.folder, recording.getName(), draft.getName(), speech.name(), cues.size(), first, last, rate),
                    String.format(Locale.ROOT, "%s: draft transcript \"%s\" by %s, %d utterance%s from %s to %s (a draft until marked corrected)%s",
                            recording.getName(), draft.getName(), speech.name(), cues.size(), cues.size() == 1 ? "" : "s", clock(first),
                            clock(last), werLine));
        });
    }

    private String readReference() {
        if (reference == null) {
            return null;
        }
        try {
            return Files.readString(reference, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliFailure(reference + ": the reference text cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String clock(long ms) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60);
    }
}
