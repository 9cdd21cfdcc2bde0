package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.attune.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** {@code attune cli merge}: a colleague's copy of the sample study merged through the real command line. */
class MergeCliTest {
    @TempDir
    Path tmp;

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path rel = from.relativize(p);
                if (rel.startsWith("backups") || rel.toString().equals("project.lock")) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to.resolve(rel));
                } else {
                    Files.copy(p, to.resolve(rel));
                }
            }
        }
    }

    private static int codings(Path project) {
        return cli("project", "info", project.toString(), "--json").json().get("codings").getAsInt();
    }

    private static long items(JsonObject report, String outcome, String kind) {
        long n = 0;
        for (JsonElement e : report.getAsJsonArray("items")) {
            JsonObject i = e.getAsJsonObject();
            n += i.get("outcome").getAsString().equals(outcome) && i.get("kind").getAsString().equals(kind) ? 1 : 0;
        }
        return n;
    }

    @Test
    void aCoderCopyMergesOnceADryRunChangesNothingAndConflictsSetTheExitCode() throws Exception {
        Path a = tmp.resolve("ana");
        Path b = tmp.resolve("ben");
        assertEquals(Cli.OK, cli("project", "sample", a.toString()).exitCode());
        copy(a, b);
        assertEquals(Cli.OK, cli("code", b.toString(), "--source", "C01 Carer Dawn", "--words", "Now I wait", "--code",
                "Reading the baby", "--create", "--coder", "Ben").exitCode());
        assertEquals(Cli.OK, cli("memos", "add", b.toString(), "--title", "Ben's first pass", "--text", "Waiting recurs in C01.").exitCode());
        int before = codings(a);

        CliTest.Run dry = cli("merge", a.toString(), b.toString(), "--dry-run", "--json");
        assertEquals(Cli.OK, dry.exitCode(), dry.err());
        assertTrue(dry.json().get("dryRun").getAsBoolean());
        assertEquals(1, items(dry.json(), "ADDED", "coding"), dry.out());
        assertEquals(before, codings(a), "a dry run changes nothing");

        CliTest.Run merged = cli("merge", a.toString(), b.toString(), "--json");
        assertEquals(Cli.OK, merged.exitCode(), merged.err());
        assertEquals(dry.json().getAsJsonArray("items"), merged.json().getAsJsonArray("items"), "the dry run said what the merge did");
        assertEquals(1, items(merged.json(), "ADDED", "code"));
        assertEquals(1, items(merged.json(), "ADDED", "memo"));
        assertEquals(8, items(merged.json(), "MATCHED", "source"), "the six interviews, the practice recording and its transcript");
        assertEquals(0, merged.json().get("conflicts").getAsInt());
        assertEquals(before + 1, codings(a));
        CliTest.Run segments = cli("segments", a.toString(), "--code", "Reading the baby", "--json");
        assertTrue(segments.out().contains("Now I wait") && segments.out().contains("Ben"), segments.out());

        CliTest.Run again = cli("merge", a.toString(), b.toString());
        assertEquals(Cli.OK, again.exitCode(), again.err());
        assertTrue(again.out().contains("Merged ben: 0 added, 0 updated,"), again.out());
        assertEquals(before + 1, codings(a), "a second merge changes nothing");
        Path qdpx = tmp.resolve("ben.qdpx");
        assertEquals(Cli.OK, cli("export", "project", b.toString(), qdpx.toString()).exitCode());
        CliTest.Run fromQdpx = cli("merge", a.toString(), qdpx.toString(), "--json");
        assertEquals(Cli.OK, fromQdpx.exitCode(), fromQdpx.err());
        assertEquals(0, fromQdpx.json().get("added").getAsInt(), "the same work as a .qdpx is here already: " + fromQdpx.out());
        assertEquals(8, items(fromQdpx.json(), "MATCHED", "source"), fromQdpx.out());
        assertEquals(before + 1, codings(a));

        assertEquals(Cli.OK, cli("codes", "rename", a.toString(), "Reading the baby", "Reading her cues").exitCode());
        assertEquals(Cli.OK, cli("codes", "rename", b.toString(), "Reading the baby", "Baby's signals").exitCode());
        CliTest.Run conflict = cli("merge", a.toString(), b.toString());
        assertEquals(Cli.FAILED, conflict.exitCode(), conflict.out() + conflict.err());
        assertTrue(conflict.out().contains("conflict  code             Reading her cues: is \"Baby's signals\" in the other copy (renamed differently"),
                conflict.out());
        assertTrue(conflict.out().contains("1 conflict"), conflict.out());

        CliTest.Run missing = cli("merge", a.toString(), tmp.resolve("nosuch.qdpx").toString());
        assertEquals(Cli.FAILED, missing.exitCode());
        assertTrue(missing.err().contains("nosuch.qdpx") && missing.err().contains("there is no such project folder or file"), missing.err());
        assertFalse(missing.err().contains("Exception") || missing.err().contains("\tat "), missing.err());
    }
}
