package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** {@code attune cli audit} (#20): actions made with other commands are listed newest first, filtered, as JSON and CSV. */
class AuditCliTest {
    @Test
    void actionsOfOtherCommandsAreListedNewestFirstAndFiltered(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("study");
        CliTest.ok("project", "sample", project.toString());
        int before = audit(project).get("count").getAsInt();
        assertTrue(before > 0, "making the sample is logged too");
        Instant start = Instant.now();
        Run coded = CliTest.ok("code", project.toString(), "--source", "C01 Carer Dawn", "--words", "Now I wait", "--code",
                "Reading the baby", "--create", "--coder", "Ben");
        Run memo = CliTest.ok("memos", "add", project.toString(), "--title", "First pass", "--text", "Waiting recurs in C01.");

        JsonObject all = audit(project);
        assertEquals(before + 3, all.get("count").getAsInt(), "the new code, the coding, the memo: " + all);
        JsonArray entries = all.getAsJsonArray("entries");
        JsonObject newest = entries.get(0).getAsJsonObject();
        JsonObject coding = entries.get(1).getAsJsonObject();
        assertEquals("do", newest.get("kind").getAsString());
        assertTrue(newest.get("summary").getAsString().contains("First pass"), newest.toString());
        assertEquals(System.getProperty("user.name"), newest.get("user").getAsString(), "no --coder: the system user");
        assertEquals("Ben", coding.get("user").getAsString());
        assertTrue(coding.get("summary").getAsString().contains("Reading the baby"), coding.toString());
        assertTrue(coding.toString().contains("in C01 Carer Dawn"), "the coding's element names its source: " + coding);
        assertTrue(entries.get(0).getAsJsonObject().get("number").getAsLong() > coding.get("number").getAsLong());

        JsonObject ben = audit(project, "--user", "ben");
        assertEquals(2, ben.get("count").getAsInt(), ben.toString());
        assertTrue(ben.getAsJsonArray("entries").get(1).getAsJsonObject().get("summary").getAsString().contains("New code"), ben.toString());
        assertEquals(3, audit(project, "--since", start.toString()).get("count").getAsInt());
        assertEquals(0, audit(project, "--since", "2999-01-01").get("count").getAsInt());
        JsonObject about = audit(project, "--element", "first pass", "--since", start.toString());
        assertEquals(1, about.get("count").getAsInt(), about.toString());

        Run text = CliTest.ok("audit", project.toString(), "--user", "Ben");
        assertTrue(text.out().contains("Reading the baby") && text.out().contains("2 entries"), text.out());

        Run csv = CliTest.ok("audit", project.toString(), "--since", start.toString(), "--csv");
        List<String> lines = csv.out().lines().toList();
        assertEquals("Number,Time,User,Kind,Summary,Elements,Element ids", lines.get(0));
        assertEquals(4, lines.size(), csv.out());
        assertTrue(lines.get(1).contains("First pass") && lines.get(2).contains(",Ben,do,"), csv.out());

        Run bad = cli("audit", project.toString(), "--since", "last tuesday");
        assertEquals(Cli.USAGE, bad.exitCode());
        assertTrue(bad.err().contains("\"last tuesday\" is no date or time"), bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());
    }

    private static JsonObject audit(Path project, String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "audit";
        args[1] = project.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        args[args.length - 1] = "--json";
        Run run = CliTest.ok(args);
        return run.json();
    }
}
