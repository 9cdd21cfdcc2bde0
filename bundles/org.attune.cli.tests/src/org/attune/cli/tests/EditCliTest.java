package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.coding.Texts;
import org.attune.model.Coding;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/** {@code attune cli edit}: scripted corrections of a coded transcript of the sample study, checked in the reopened store. */
class EditCliTest {
    private static final OpenOptions OPEN = OpenOptions.of("cli test").withBackups(false);
    private static final String ANNA = "G01 Guider Anna";

    private static Path sample(Path tmp) {
        Path project = tmp.resolve("sample");
        Run run = CliTest.ok("project", "sample", project.toString(), "--json");
        return project;
    }

    /** The coded words of a transcript, by code path (one line per coding, in order of position). */
    private static Map<String, String> codedWords(Path project) throws Exception {
        try (ProjectStore store = ProjectStore.open(project, OPEN)) {
            TextSource source = (TextSource) store.project().getSources().stream().filter(s -> s.getName().equals(ANNA)).findFirst()
                    .orElseThrow();
            store.load(source);
            String text = store.text(source);
            assertEquals(text.codePointCount(0, text.length()), source.getLength());
            Map<String, String> words = new TreeMap<>();
            for (Coding c : source.getCodings()) {
                TextSelection s = (TextSelection) c.getSelection();
                words.merge(c.getCode().getName(), Texts.slice(text, s.getStart(), s.getEnd()), (a, b) -> a + " | " + b);
            }
            words.put("", text);
            return words;
        }
    }

    @Test
    void aSingleReplacementCorrectsTheWordsAndTheCodingKeepsThem(@TempDir Path tmp) throws Exception {
        Path project = sample(tmp);
        Run run = CliTest.ok("edit", project.toString(), "--source", ANNA, "--replace", "camera", "--with", "video 📹 camera", "--json");
        JsonObject json = run.json();
        assertEquals(1, json.get("replacements").getAsInt());
        assertEquals(0, json.getAsJsonArray("removed").size());
        Map<String, String> words = codedWords(project);
        assertTrue(words.get("").contains("He thought the video 📹 camera was there"), words.get(""));
        assertTrue(words.get("Fear of judgement").contains("He thought the video 📹 camera was there to catch him out."),
                words.toString());
        assertEquals("It took three visits before he trusted me enough to watch.", words.get("Building trust over visits"),
                "a coding after the edit covers the same words (positions moved by the emoji's one code point)");
    }

    @Test
    void anAmbiguousReplacementIsRefusedUnlessAllAndAllReplacesEveryOccurrenceInOneGo(@TempDir Path tmp) throws Exception {
        Path project = sample(tmp);
        Map<String, String> before = codedWords(project);
        Run refused = cli("edit", project.toString(), "--source", ANNA, "--replace", "parent", "--with", "carer");
        assertNotEquals(Cli.OK, refused.exitCode());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertTrue(refused.err().contains(project.getFileName().toString()) && refused.err().contains("occurs")
                && refused.err().contains("--all"), refused.err());
        assertFalse(refused.err().contains("Exception") || refused.err().contains("\tat "), refused.err());
        assertEquals(before, codedWords(project), "nothing changed");

        long occurrences = before.get("").split("parent", -1).length - 1;
        assertTrue(occurrences > 1, "control: 'parent' occurs several times");
        Run all = CliTest.ok("edit", project.toString(), "--source", ANNA, "--replace", "parent", "--with", "carer", "--all", "--json");
        assertEquals(occurrences, all.json().get("replacements").getAsInt());
        Map<String, String> after = codedWords(project);
        assertFalse(after.get("").contains("parent"));
        assertEquals(before.get("").replace("parent", "carer"), after.get(""));
        before.forEach((code, words) -> assertEquals(words.replace("parent", "carer"), after.get(code), code));
    }

    @Test
    void deletingCodedWordsReportsTheCodingsShrunkAndRemoved(@TempDir Path tmp) throws Exception {
        Path project = sample(tmp);
        Run run = CliTest.ok("edit", project.toString(), "--source", ANNA, "--replace", "Once he saw his daughter reaching for him, he went quiet",
                "--with", "", "--json");
        JsonObject json = run.json();
        assertEquals(List.of("he went quiet"), json.getAsJsonArray("removed").asList().stream()
                .map(e -> e.getAsJsonObject().get("words").getAsString()).toList(), "a coding held whole by the deletion goes");
        assertEquals(1, json.getAsJsonArray("shrunk").size());
        assertEquals("Seeing strengths/Noticing the child's initiatives", json.getAsJsonArray("shrunk").get(0).getAsJsonObject().get("code")
                .getAsString());
        Map<String, String> words = codedWords(project);
        assertEquals(" and said, I didn't know she did that.", words.get("Noticing the child's initiatives"));
        assertEquals("the mother cried", words.get("Emotional response to the film"), "the other coding of the code stays");
        assertFalse(words.values().stream().anyMatch(w -> w.contains("he went quiet")));
    }

    @Test
    void wordsNotFoundAndUnknownSourcesGetOneClearLine(@TempDir Path tmp) throws Exception {
        Path project = sample(tmp);
        Run missing = cli("edit", project.toString(), "--source", ANNA, "--replace", "walrus", "--with", "seal");
        assertNotEquals(Cli.OK, missing.exitCode());
        assertTrue(missing.err().contains("\"walrus\" does not occur in \"" + ANNA + "\"") || missing.err().contains("walrus"), missing.err());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        Run unknown = cli("edit", project.toString(), "--source", "Nobody", "--replace", "a", "--with", "b");
        assertNotEquals(Cli.OK, unknown.exitCode());
        assertTrue(unknown.err().contains("no source named \"Nobody\""), unknown.err());
    }

    /**
     * The sample's practice recording and its transcript share the name "P01 Practice review Anna": edit, a text
     * command, takes the transcript (it took the recording and said it had no text); transcribe still takes the recording.
     */
    @Test
    void aTextCommandTakesTheTranscriptWhereARecordingHasTheSameName(@TempDir Path tmp) throws Exception {
        Path project = sample(tmp);
        String practice = "P01 Practice review Anna";
        Run run = CliTest.ok("edit", project.toString(), "--source", practice, "--replace", "nervous", "--with", "anxious", "--json");
        assertEquals(1, run.json().get("replacements").getAsInt());
        try (ProjectStore store = ProjectStore.open(project, OPEN)) {
            List<TextSource> texts = store.project().getSources().stream().filter(s -> s.getName().equals(practice))
                    .filter(TextSource.class::isInstance).map(TextSource.class::cast).toList();
            assertEquals(1, texts.size());
            assertTrue(store.project().getSources().stream().anyMatch(s -> s.getName().equals(practice) && !(s instanceof TextSource)),
                    "the recording of that name is still there");
            store.load(texts.get(0));
            String text = store.text(texts.get(0));
            assertTrue(text.contains("I was anxious about watching it.") && !text.contains("nervous"), text);
        }
        Run code = CliTest.ok("code", project.toString(), "--source", practice, "--words", "anxious", "--code", "Fear of judgement");
        Run notText = CliTest.ok("transcribe", project.toString(), "--source", practice, "--mark-corrected");
    }
}
