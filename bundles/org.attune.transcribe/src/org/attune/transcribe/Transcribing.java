package org.attune.transcribe;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;

import org.attune.coding.Cases;
import org.attune.coding.TextEdits;
import org.attune.core.ActionLabel;
import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.MediaSource;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;

/**
 * Transcribing a recording by hand (transcription mode): an empty transcript linked to the recording, time codes
 * typed at the caret that are sync points, and speaker labels that start a new turn linked to the case of that name.
 * Each call is one undoable action; the typing between them is {@link TextEdits}'.
 */
public final class Transcribing {
    private final ProjectStore store;

    public Transcribing(ProjectStore store) {
        this.store = store;
    }

    /**
     * Adds an empty transcript of {@code recording} (named after it, or "NAME transcript", "NAME transcript 2" when a
     * transcript has that name), linked to it and to its cases, as one undoable action.
     */
    public TextSource newTranscript(MediaSource recording) {
        TextSource transcript = AttuneFactory.eINSTANCE.createTextSource();
        transcript.setName(DraftTranscript.freeName(store, recording.getName(), "transcript"));
        transcript.setLanguage(recording.getLanguage());
        transcript.setImportedAt(Date.from(Instant.now()));
        transcript.setMedia(recording);
        transcript.setLength(0);
        store.stageText(transcript, "");
        store.apply("New transcript of " + ActionLabel.q(recording.getName()), () -> {
            store.project().getSources().add(transcript);
            for (Case c : recording.getCases()) {
                c.getSources().add(transcript);
            }
        });
        return transcript;
    }

    /** The time code typed for {@code ms}, as f4transkript writes it: {@code #hh:mm:ss-t#} (t: tenths of a second). */
    public static String timeCode(long ms) {
        long t = Math.max(0, ms);
        return String.format(Locale.ROOT, "#%02d:%02d:%02d-%d#", t / 3_600_000, t / 60_000 % 60, t / 1000 % 60, t / 100 % 10);
    }

    /**
     * Types the time code of {@code ms} and a space at code point {@code at} and ties that place to {@code ms} of the
     * recording (a sync point at the time code's start), as one action. Returns the caret after the insertion.
     */
    public int insertTimeCode(TextSource transcript, int at, long ms) {
        String code = timeCode(ms) + " ";
        store.applyAsOne("Insert time code in " + ActionLabel.q(transcript.getName()), () -> {
            new TextEdits(store).edit(transcript, at, at, code); // a time code typed is a sync point (TextEdits)
            // the player's time to the millisecond, not the code's tenth
            transcript.getSyncPoints().stream().filter(p -> p.getOffset() == at && TextEdits.madeBy(p, ms)).findFirst()
                    .ifPresent(point -> store.apply("sync point", () -> point.setTimeMs(ms)));
        });
        return at + code.length();
    }

    /**
     * Starts a new turn of {@code speaker} at code point {@code at}: a line break first unless {@code at} starts a
     * line, then "{@code speaker}: ". The turn holding {@code at} ends there and the new one takes the rest of it (or
     * runs to the next turn, or the end); a speaker that is the name of a case is linked to it and the transcript joins
     * that case, as import and drafts do ({@link #linkToCase}). One action; returns the caret after the label.
     */
    public int insertSpeaker(TextSource transcript, int at, String speaker) {
        String name = speaker.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a speaker needs a name");
        }
        store.load(transcript);
        String text = store.text(transcript);
        int utf16 = text.offsetByCodePoints(0, Math.min(at, text.codePointCount(0, text.length())));
        boolean lineStart = utf16 == 0 || text.charAt(utf16 - 1) == '\n';
        String label = (lineStart ? "" : "\n") + name + ": ";
        int turnStart = lineStart ? at : at + 1;
        int caret = at + label.codePointCount(0, label.length());
        store.applyAsOne("Insert speaker " + ActionLabel.q(name) + " in " + ActionLabel.q(transcript.getName()), () -> {
            new TextEdits(store).edit(transcript, at, at, label);
            int length = transcript.getLength();
            SpeakerTurn holding = transcript.getTurns().stream().filter(t -> t.getStart() < turnStart && t.getEnd() >= turnStart)
                    .findFirst().orElse(null);
            int end = holding != null ? holding.getEnd() : transcript.getTurns().stream().mapToInt(SpeakerTurn::getStart)
                    .filter(s -> s >= caret).min().orElse(length);
            SpeakerTurn turn = AttuneFactory.eINSTANCE.createSpeakerTurn();
            turn.setSpeaker(name);
            turn.setStart(turnStart);
            turn.setEnd(Math.max(end, caret));
            Case participant = linkToCase(new Cases(store), turn);
            store.apply("turn", () -> {
                if (holding != null) {
                    holding.setEnd(Math.max(holding.getStart(), turnStart - (lineStart ? 0 : 1)));
                }
                // turns stay in the order of their starts
                int index = 0;
                while (index < transcript.getTurns().size() && transcript.getTurns().get(index).getStart() <= turnStart) {
                    index++;
                }
                transcript.getTurns().add(index, turn);
                if (participant != null && !participant.getSources().contains(transcript)) {
                    participant.getSources().add(transcript);
                }
            });
        });
        return caret;
    }

    /**
     * The speaker → case rule of import and drafts, in one place: a turn whose speaker is the name of a case (ignoring
     * case and surrounding spaces) is linked to it. Returns that case, or null.
     */
    static Case linkToCase(Cases cases, SpeakerTurn turn) {
        if (turn.getSpeaker() == null || turn.getSpeaker().isBlank()) {
            return null;
        }
        Case found = cases.find(turn.getSpeaker()).orElse(null);
        if (found != null) {
            turn.setCase(found);
        }
        return found;
    }
}
