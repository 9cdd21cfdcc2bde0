package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.transcribe.DraftTranscript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code transcribe}: a recording of speech spoken by espeak-ng, imported, gets its draft transcript by PocketSphinx
 * with the word error rate against what was said; the draft is marked corrected; a missing engine, an unknown one and
 * a source that is no recording each get one line naming the problem.
 */
class TranscribeCliTest {
    private static final String SAID = "He smiles when I copy his sound. What would you like to do more of at home?";

    @Test
    void draftTranscriptOfARecordingThenMarkedCorrected(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("study");
        CliTest.ok("project", "create", project.toString());
        Path wav = tmp.resolve("Home visit.wav");
        Process espeak = new ProcessBuilder("espeak-ng", "-v", "en-us+m1", "-s", "130", "-w", wav.toString(), SAID).start();
        assertTrue(espeak.waitFor(60, TimeUnit.SECONDS) && espeak.exitValue() == 0, "espeak-ng (installed by .ci/run) speaks");
        Run imported = cli("import", project.toString(), wav.toString());
        assertEquals(Cli.OK, imported.exitCode(), imported.out() + imported.err());
        Path reference = Files.writeString(tmp.resolve("said.txt"), SAID);

        Run run = cli("transcribe", project.toString(), "--source", "home visit", "--reference", reference.toString(), "--json");
        assertEquals(Cli.OK, run.exitCode(), run.out() + run.err());
        JsonObject result = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("Home visit", result.get("recording").getAsString());
        assertEquals("Home visit", result.get("transcript").getAsString());
        assertEquals("pocketsphinx", result.get("engine").getAsString());
        int utterances = result.get("utterances").getAsInt();
        assertTrue(utterances >= 1, run.out());
        JsonObject wer = result.getAsJsonObject("wordErrorRate");
        assertEquals(17, wer.get("referenceWords").getAsInt());
        assertTrue(wer.get("rate").getAsDouble() < 0.9, "most words heard: " + run.out());

        try (ProjectStore store = ProjectStore.open(project, OpenOptions.of("cli test").withBackups(false).withReadOnly(true))) {
            TextSource draft = (TextSource) store.project().getSources().stream().filter(s -> s instanceof TextSource).findFirst().orElseThrow();
            store.load(draft);
            assertTrue(DraftTranscript.isDraft(draft));
            assertEquals(utterances, draft.getTurns().size());
            assertEquals("Home visit", draft.getMedia().getName());
            assertEquals(utterances, store.text(draft).split("\n").length);
        }

        Run corrected = cli("transcribe", project.toString(), "--source", "Home visit", "--mark-corrected");
        assertEquals(Cli.OK, corrected.exitCode(), corrected.out() + corrected.err());
        assertEquals("Home visit: marked corrected", corrected.out().strip());
        try (ProjectStore store = ProjectStore.open(project, OpenOptions.of("cli test").withBackups(false).withReadOnly(true))) {
            for (Source s : store.project().getSources()) {
                assertFalse(DraftTranscript.isDraft(s), "corrected on disk: " + s.getName());
            }
        }
        Run plain = CliTest.ok("transcribe", project.toString(), "--source", "Home visit");
        assertTrue(plain.out().startsWith("Home visit: draft transcript \"Home visit draft\" by pocketsphinx, "), plain.out());
    }

    @Test
    void problemsGetOneLine(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("study");
        CliTest.ok("project", "create", project.toString());
        Path notes = Files.writeString(tmp.resolve("Notes.txt"), "Only text.");
        CliTest.ok("import", project.toString(), notes.toString());

        Run whisper = cli("transcribe", project.toString(), "--source", "Notes", "--engine", "whisper-cpp", "--whisper-model",
                tmp.resolve("ggml-base.bin").toString());
        assertNotEquals(Cli.OK, whisper.exitCode());
        assertEquals("no whisper.cpp executable is set (Preferences > Transcription, or --whisper-exe)", oneLine(whisper));

        Run unknown = cli("transcribe", project.toString(), "--source", "Notes", "--engine", "vosk");
        assertEquals("there is no speech engine \"vosk\"; there are pocketsphinx and whisper-cpp", oneLine(unknown));

        Run text = cli("transcribe", project.toString(), "--source", "Notes");
        assertNotEquals(Cli.OK, text.exitCode());
        assertTrue(oneLine(text).endsWith("\"Notes\" is not a recording; transcribe makes the draft transcript of a recording"), text.err());
    }

    private static String oneLine(Run run) {
        String said = run.err().strip();
        assertFalse(said.contains("\n") || said.contains("\tat "), "one line, no stack trace: " + said);
        return said.replaceFirst("^attune: ", "");
    }

    /** --empty: an empty transcript of the sample's practice recording (which has a transcript of its name already). */
    @Test
    void anEmptyTranscriptOfARecordingToType(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("sample");
        CliTest.ok("project", "sample", project.toString());
        String practice = "P01 Practice review Anna";
        Run run = cli("transcribe", project.toString(), "--source", practice, "--empty", "--json");
        assertEquals(Cli.OK, run.exitCode(), run.out() + run.err());
        JsonObject result = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(practice, result.get("recording").getAsString());
        assertEquals(practice + " transcript", result.get("transcript").getAsString());
        try (ProjectStore store = ProjectStore.open(project, OpenOptions.of("cli test").withBackups(false).withReadOnly(true))) {
            TextSource made = (TextSource) store.project().getSources().stream().filter(s -> s.getName().equals(practice + " transcript"))
                    .findFirst().orElseThrow();
            assertEquals("", store.text(made));
            assertEquals(practice, made.getMedia().getName());
            assertFalse(DraftTranscript.isDraft(made));
            assertTrue(made.getTurns().isEmpty() && made.getSyncPoints().isEmpty());
        }
        Run picture = cli("transcribe", project.toString(), "--source", "G01 Guider Anna", "--empty");
        assertEquals(1, picture.exitCode());
        assertEquals(1, picture.err().strip().lines().count(), picture.err());
        assertTrue(picture.err().contains("is not a recording"), picture.err());
    }
}
