package org.attune.transcribe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.attune.coding.Cases;
import org.attune.coding.TextEdits;
import org.attune.coding.Texts;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportOutcome;
import org.attune.importer.Importer;
import org.attune.model.Case;
import org.attune.model.MediaSource;
import org.attune.model.SpeakerTurn;
import org.attune.model.SyncPoint;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.transcribe.Transcribing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transcription mode's operations through the real import and store: an empty transcript of a recording, speakers
 * typed as new turns linked to their cases, time codes as sync points; each one undo step, all surviving reopening;
 * and a random mix of typing, speakers and time codes against a simple model of the transcript's lines.
 */
class TranscribingTest {
    private static final OpenOptions OPEN = OpenOptions.of("transcribing test").withBackups(false);

    @TempDir
    Path tmp;

    private MediaSource recording(ProjectStore store) throws Exception {
        Path wav = Speech.spoken("Shall we look at the clip together?", tmp.resolve("Home visit.wav"));
        ImportOutcome outcome = new Importer(store, ImportOptions.defaults()).importOne(wav);
        assertEquals(ImportOutcome.Status.IMPORTED, outcome.status(), outcome.detail());
        return (MediaSource) store.project().getSources().stream().filter(s -> s instanceof MediaSource).findFirst().orElseThrow();
    }

    @Test
    void anEmptyTranscriptTypedWithSpeakersAndTimeCodes() throws Exception {
        Path project = tmp.resolve("project");
        try (ProjectStore store = ProjectStore.create(project, "Typing", OPEN)) {
            MediaSource recording = recording(store);
            Cases cases = new Cases(store);
            Case dawn = cases.create("Dawn", null);
            Case family = cases.create("Family 1", null);
            store.apply("recording joins a case", () -> family.getSources().add(recording));
            Transcribing typing = new Transcribing(store);

            TextSource transcript = typing.newTranscript(recording);
            assertEquals("Home visit", transcript.getName());
            assertSame(recording, transcript.getMedia());
            assertEquals("", store.text(transcript));
            assertTrue(family.getSources().contains(transcript), "joins the recording's cases");
            assertEquals("Home visit transcript", typing.newTranscript(recording).getName());
            store.undo();

            int caret = typing.insertSpeaker(transcript, 0, "Interviewer");
            caret = typing.insertTimeCode(transcript, caret, 61_250);
            new TextEdits(store).edit(transcript, caret, caret, "Shall we look?");
            caret = transcript.getLength();
            caret = typing.insertSpeaker(transcript, caret, "dawn");
            new TextEdits(store).edit(transcript, caret, caret, "Yes. I was nervous.");
            String text = store.text(transcript);
            assertEquals("Interviewer: #00:01:01-2# Shall we look?\ndawn: Yes. I was nervous.", text);
            assertEquals(2, transcript.getTurns().size());
            SpeakerTurn first = transcript.getTurns().get(0);
            SpeakerTurn second = transcript.getTurns().get(1);
            assertEquals("Interviewer: #00:01:01-2# Shall we look?", Texts.slice(text, first.getStart(), first.getEnd()));
            assertEquals("dawn: Yes. I was nervous.", Texts.slice(text, second.getStart(), second.getEnd()));
            assertNull(first.getCase(), "no case is named Interviewer");
            assertSame(dawn, second.getCase(), "a speaker that is a case's name is linked to it, ignoring case");
            assertTrue(dawn.getSources().contains(transcript));
            assertEquals(1, transcript.getSyncPoints().size());
            assertEquals("Interviewer: ".length(), transcript.getSyncPoints().get(0).getOffset());
            assertEquals(61_250, transcript.getSyncPoints().get(0).getTimeMs());

            // a speaker typed inside a line splits its turn: each key one undo step
            int inside = "Interviewer: #00:01:01-2# Shall we".length();
            typing.insertSpeaker(transcript, inside, "Dawn");
            assertEquals(3, transcript.getTurns().size());
            assertEquals("Interviewer: #00:01:01-2# Shall we\nDawn:  look?\ndawn: Yes. I was nervous.", store.text(transcript));
            store.undo();
            assertEquals(text, store.text(transcript));
            assertEquals(2, transcript.getTurns().size());
            assertEquals("Interviewer: #00:01:01-2# Shall we look?", Texts.slice(text, first.getStart(), first.getEnd()));
            store.undo(); // the second turn's words
            store.undo(); // its speaker
            assertEquals("Interviewer: #00:01:01-2# Shall we look?", store.text(transcript));
            assertEquals(1, transcript.getTurns().size());
            store.redo();
            store.redo();
            assertEquals(text, store.text(transcript));
            assertSame(dawn, transcript.getTurns().get(1).getCase());
        }
        try (ProjectStore store = ProjectStore.open(project, OPEN)) {
            TextSource transcript = (TextSource) store.project().getSources().stream().filter(s -> s instanceof TextSource).findFirst().orElseThrow();
            store.load(transcript);
            assertEquals("Interviewer: #00:01:01-2# Shall we look?\ndawn: Yes. I was nervous.", store.text(transcript));
            assertEquals(2, transcript.getTurns().size());
            assertEquals("Dawn", transcript.getTurns().get(1).getCase().getName());
            assertEquals(1, transcript.getSyncPoints().size());
        }
    }

    /** A caret not inside a speaker's label nor a time code (typing there changes the label, which is the typist's to do). */
    private static int safeCaret(TextSource transcript, Random random) {
        while (true) {
            int caret = random.nextInt(transcript.getLength() + 1);
            boolean inLabel = transcript.getTurns().stream()
                    .anyMatch(t -> caret >= t.getStart() && caret < t.getStart() + t.getSpeaker().length() + 2);
            boolean inCode = transcript.getSyncPoints().stream().anyMatch(p -> caret > p.getOffset() && caret <= p.getOffset() + 12);
            if (!inLabel && !inCode) {
                return caret;
            }
        }
    }

    /**
     * Random typing, speakers and time codes at random carets (seeded, the seed in the message): every speaker
     * typed (not inside a label or time code) starts a turn at its line holding its label, turns stay in order without overlap, every time code's sync
     * point sits at its '#' with its time, and undoing everything gives the empty transcript back.
     */
    @Test
    void randomTranscribingKeepsTurnsAndSyncPointsWithTheirLabels() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("random"), "Random", OPEN)) {
            MediaSource recording = recording(store);
            new Cases(store).create("Dawn", null);
            Transcribing typing = new Transcribing(store);
            TextSource transcript = typing.newTranscript(recording);
            String[] speakers = {"Interviewer", "Dawn", "Child"};
            String[] words = {"yes ", "and ", "he waits. ", "é ", "😀 ", "no"};
            List<Long> times = new ArrayList<>();
            int actions = 0;
            for (int i = 0; i < 120; i++) {
                int caret = safeCaret(transcript, random);
                switch (random.nextInt(3)) {
                    case 0 -> typing.insertSpeaker(transcript, caret, speakers[random.nextInt(speakers.length)]);
                    case 1 -> {
                        long ms = random.nextInt(3_600_000);
                        times.add(ms);
                        typing.insertTimeCode(transcript, caret, ms);
                    }
                    default -> new TextEdits(store).edit(transcript, caret, caret, words[random.nextInt(words.length)]);
                }
                actions++;
                String text = store.text(transcript);
                String where = "seed " + seed + ", step " + i + ": " + text;
                assertEquals(text.codePointCount(0, text.length()), transcript.getLength(), where);
                int previousEnd = 0;
                for (SpeakerTurn turn : transcript.getTurns()) {
                    assertTrue(turn.getStart() >= previousEnd && turn.getEnd() >= turn.getStart(), where);
                    String said = Texts.slice(text, turn.getStart(), turn.getEnd());
                    assertTrue(said.startsWith(turn.getSpeaker() + ":"), where + " / turn " + said);
                    assertTrue(turn.getStart() == 0 || text.codePointAt(text.offsetByCodePoints(0, turn.getStart() - 1)) == '\n', where);
                    assertEquals("Dawn".equals(turn.getSpeaker()), turn.getCase() != null, where);
                    previousEnd = turn.getEnd();
                }
                assertEquals(times.size(), transcript.getSyncPoints().size(), where);
                for (SyncPoint point : transcript.getSyncPoints()) {
                    String at = Texts.slice(text, point.getOffset(), Math.min(transcript.getLength(), point.getOffset() + 13));
                    assertEquals(Transcribing.timeCode(point.getTimeMs()), at.strip(), where);
                }
            }
            for (int i = 0; i < actions; i++) {
                store.undo();
            }
            assertEquals("", store.text(transcript), "seed " + seed);
            assertTrue(transcript.getTurns().isEmpty() && transcript.getSyncPoints().isEmpty(), "seed " + seed);
        }
    }
}
