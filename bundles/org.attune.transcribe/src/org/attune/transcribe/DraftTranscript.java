package org.attune.transcribe;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.attune.coding.Cases;
import org.attune.core.ActionLabel;
import org.attune.importer.CueTranscript;
import org.attune.importer.timed.Cue;
import org.attune.model.Case;
import org.attune.model.MediaSource;
import org.attune.model.Source;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;
import org.attune.store.Originals;
import org.attune.store.ProjectStore;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The draft transcript of a recording: a new transcript linked to the recording, one line and one speaker turn per
 * utterance the engine heard, synced at both ends of each line, and marked as a draft (the import fact
 * {@value #DRAFT_KEY}, naming the engine and when it ran) until someone marks it corrected. Speakers that are the names
 * of cases are linked to them, as import does, and the draft joins the recording's cases.
 */
public final class DraftTranscript {
    /** The import fact marking a transcript as a draft: "engine, time". */
    public static final String DRAFT_KEY = "draftTranscript";
    /** The speaker of an utterance when the engine does not tell speakers apart. */
    public static final String UNKNOWN_SPEAKER = "Speaker";

    private DraftTranscript() {
    }

    /** The file of a recording in the project, or null if it has none. */
    public static Path file(ProjectStore store, MediaSource recording) {
        return store.originals().file(recording);
    }

    /**
     * Runs {@code engine} on the recording's file (off the model thread; long). Nothing of the project changes.
     *
     * @throws TranscriptionException when the engine cannot run or fails, or heard no speech
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     */
    public static List<Cue> recognise(Path file, String language, String recordingName, SpeechEngine engine, IProgressMonitor monitor)
            throws TranscriptionException {
        return recognise(Originals.plainFiles(), file, language, recordingName, engine, monitor);
    }

    /**
     * {@link #recognise(Path, String, String, SpeechEngine, IProgressMonitor)} of a project's recording, read through
     * its {@code originals} (decrypted through a pipe when encrypted).
     */
    public static List<Cue> recognise(Originals originals, Path file, String language, String recordingName, SpeechEngine engine,
            IProgressMonitor monitor) throws TranscriptionException {
        if (file == null || !java.nio.file.Files.isRegularFile(file)) {
            throw new TranscriptionException(recordingName + ": the recording's file is missing (" + file + ")");
        }
        List<Cue> cues = engine.transcribe(originals, file, language, monitor);
        if (cues.isEmpty()) {
            throw new TranscriptionException(recordingName + ": " + engine.name() + " heard no speech in it; nothing was added");
        }
        return cues;
    }

    /**
     * Adds the draft transcript of {@code recording} holding {@code cues}, as one undoable action on disk when this
     * returns; on the model thread.
     */
    public static TextSource add(ProjectStore store, MediaSource recording, List<Cue> cues, String engineName) {
        if (cues.isEmpty()) {
            throw new IllegalArgumentException(recording.getName() + ": no utterances to add");
        }
        List<Cue> spoken = new ArrayList<>(cues.size());
        for (Cue cue : cues) {
            spoken.add(cue.speaker() == null || cue.speaker().isBlank() ? new Cue(cue.startMs(), cue.endMs(), UNKNOWN_SPEAKER, cue.text()) : cue);
        }
        CueTranscript transcript = CueTranscript.of(spoken);
        TextSource draft = transcript.source();
        draft.setName(freeName(store, recording.getName(), "draft"));
        draft.setLanguage(recording.getLanguage());
        draft.setImportedAt(Date.from(Instant.now()));
        draft.setMedia(recording);
        draft.getImportMetadata().put(DRAFT_KEY, engineName + ", " + Instant.now().toString());
        Cases cases = new Cases(store);
        List<Case> speakers = new ArrayList<>();
        for (SpeakerTurn turn : draft.getTurns()) {
            Case c = Transcribing.linkToCase(cases, turn);
            if (c != null && !speakers.contains(c)) {
                speakers.add(c);
            }
        }
        store.stageText(draft, transcript.text());
        store.apply("Draft transcript of " + ActionLabel.q(recording.getName()), () -> {
            store.project().getSources().add(draft);
            for (Case c : recording.getCases()) {
                c.getSources().add(draft);
            }
            for (Case c : speakers) {
                if (!c.getSources().contains(draft)) {
                    c.getSources().add(draft);
                }
            }
        });
        return draft;
    }

    /** Whether {@code source} is a draft transcript not yet marked corrected. */
    public static boolean isDraft(Source source) {
        return source instanceof TextSource && source.getImportMetadata().containsKey(DRAFT_KEY);
    }

    /** "engine, time" of a draft, or null. */
    public static String draftBy(Source source) {
        return source instanceof TextSource ? source.getImportMetadata().get(DRAFT_KEY) : null;
    }

    /** Marks a draft transcript as corrected (one undoable action); false if it was no draft. */
    public static boolean markCorrected(ProjectStore store, TextSource source) {
        if (!isDraft(source)) {
            return false;
        }
        store.apply("Mark " + ActionLabel.q(source.getName()) + " corrected", () -> source.getImportMetadata().removeKey(DRAFT_KEY));
        return true;
    }

    /** The recording's name if no transcript has it, else "NAME what", "NAME what 2", ... */
    static String freeName(ProjectStore store, String recording, String what) {
        List<String> taken = new ArrayList<>();
        for (Source s : store.project().getSources()) {
            if (s instanceof TextSource && s.getName() != null) {
                taken.add(s.getName().toLowerCase(Locale.ROOT));
            }
        }
        String name = recording;
        for (int n = 1; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = recording + " " + what + (n == 1 ? "" : " " + n);
        }
        return name;
    }
}
