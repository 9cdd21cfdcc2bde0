package org.attune.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attune.cli.Cli;
import org.attune.model.Case;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-survey through the real command line: the guessed plan, a chosen plan, a re-import, a bad row. */
class SurveyCliTest {
    private static final String SHEET = "Family,SDQ,Group,What helped?\n"
            + "F01,14,VIG,\"Seeing the clips of us together, and talking about them afterwards.\"\n"
            + "F02,9,control,\n"
            + ",11,VIG,no id here\n";

    @Test
    void aSheetBecomesCasesAndAnAnswerSourceAndAReImportUpdatesThem(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("study");
        CliTest.ok("project", "create", project.toString());
        Path csv = tmp.resolve("followup.csv");
        Files.writeString(csv, SHEET);

        CliTest.Run plan = CliTest.ok("import-survey", project.toString(), csv.toString(), "--id", "Family", "--dry-run", "--json");
        assertEquals("[{\"column\":\"Family\",\"role\":\"id\"},{\"column\":\"SDQ\",\"role\":\"number\"},{\"column\":\"Group\",\"role\":\"choice\"},"
                + "{\"column\":\"What helped?\",\"role\":\"answer\"}]", plan.json().get("columns").toString());

        CliTest.Run run = CliTest.cli("import-survey", project.toString(), csv.toString(), "--id", "Family", "--json");
        assertEquals(Cli.FAILED, run.exitCode(), "a skipped row makes the exit code 1: " + run.out());
        assertEquals(2, run.json().get("casesCreated").getAsInt());
        assertEquals("row 4: the id cell (Family) is empty; the row is skipped", run.json().get("problems").getAsJsonArray().get(0).getAsString());

        Files.writeString(csv, "Family,SDQ,Group,What helped?\nF02,10,control,Nothing much at first but later the feedback sessions.\n");
        CliTest.Run again = CliTest.cli("import-survey", project.toString(), csv.toString(), "--id", "family",
                "--attribute", "SDQ:number", "--answer", "What helped?");
        assertEquals(Cli.OK, again.exitCode(), again.out() + again.err());
        assertTrue(again.out().contains("0 new cases, 1 updated"), again.out());
        assertTrue(again.out().contains("1 attribute value, 2 answers in 1 question source") && !again.out().contains("question sources"),
                "counted in the singular where one (was \"1 attribute values … 1 question sources\"): " + again.out());

        try (ProjectStore store = ProjectStore.open(project, OpenOptions.of("test").withBackups(false))) {
            assertEquals(2, store.project().getCases().size());
            Case f02 = store.project().getCases().stream().filter(c -> c.getName().equals("F02")).findFirst().orElseThrow();
            assertEquals("10", f02.getValues().stream().filter(v -> v.getDefinition().getName().equals("SDQ")).findFirst().orElseThrow().getValue());
            assertEquals(1, store.project().getSources().size(), "the question's source is replaced, not doubled");
            TextSource answers = (TextSource) store.project().getSources().get(0);
            store.load(answers);
            assertEquals(2, answers.getTurns().size());
            assertTrue(store.text(answers).contains("F02: Nothing much at first"), store.text(answers));
        }

        CliTest.Run bad = CliTest.cli("import-survey", project.toString(), csv.toString(), "--id", "Nope");
        assertEquals(Cli.FAILED, bad.exitCode());
        assertTrue(bad.err().contains("followup.csv: there is no column \"Nope\""), bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());

        Path corrupt = tmp.resolve("broken.xlsx");
        Files.write(corrupt, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3});
        CliTest.Run broken = CliTest.cli("import-survey", project.toString(), corrupt.toString(), "--id", "Family", "--json");
        assertEquals(Cli.FAILED, broken.exitCode());
        assertTrue(broken.out().contains("broken.xlsx: it is not a readable spreadsheet"), broken.out());
        assertTrue(broken.err().startsWith("attune: broken.xlsx: it is not a readable spreadsheet"), broken.err());
        assertEquals(1, broken.err().strip().lines().count(), "one line, no stack trace: " + broken.err());
    }
}
