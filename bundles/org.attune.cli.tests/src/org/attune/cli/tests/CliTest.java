package org.attune.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attune.cli.Cli;
import org.attune.cli.internal.ContributedCommands;
import org.attune.core.project.ProjectFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The command line as the Equinox application runs it, with commands from the extension registry. */
class CliTest {

    record Run(int exitCode, String out, String err) {
        JsonObject json() {
            return JsonParser.parseString(out).getAsJsonObject();
        }
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(ContributedCommands.load(), args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheContributedCommands() {
        Run run = cli("--help");
        assertEquals(Cli.OK, run.exitCode());
        assertTrue(run.out().contains("version") && run.out().contains("project"), run.out());
        assertTrue(run.out().contains("Exit codes"), run.out());
    }

    @Test
    void versionAsTextAndJson() {
        Run text = cli("version");
        assertEquals(Cli.OK, text.exitCode());
        assertTrue(text.out().startsWith("Attune 0.1.0"), text.out());
        Run json = cli("version", "--json");
        assertEquals(Cli.OK, json.exitCode());
        assertEquals("Attune", json.json().get("name").getAsString());
        assertTrue(json.json().get("version").getAsString().startsWith("0.1.0"));
        assertEquals(System.getProperty("java.version"), json.json().get("javaVersion").getAsString());
    }

    @Test
    void projectCreateThenInfo(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("study");
        Run created = cli("project", "create", folder.toString(), "--name", "VIG study", "--json");
        assertEquals(Cli.OK, created.exitCode(), created.err());
        assertEquals("VIG study", created.json().get("name").getAsString());
        assertEquals(folder.toAbsolutePath().toString(), created.json().get("folder").getAsString());
        assertEquals("VIG study", ProjectFolders.read(folder).name(), "the store must hold what the CLI reported");

        Run info = cli("project", "info", folder.toString());
        assertEquals(Cli.OK, info.exitCode());
        assertTrue(info.out().contains("Project:        VIG study"), info.out());
    }

    @Test
    void projectNameDefaultsToTheFolderName(@TempDir Path tmp) throws Exception {
        Run created = cli("project", "create", tmp.resolve("carers-2026").toString());
        assertEquals(Cli.OK, created.exitCode(), created.err());
        assertTrue(created.out().startsWith("Created project \"carers-2026\""), created.out());
    }

    @Test
    void failuresNameTheFolderAndExitWithOne(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("keep.txt"), "data");
        Run run = cli("project", "create", tmp.toString(), "--json");
        assertEquals(Cli.FAILED, run.exitCode());
        assertTrue(run.err().contains(tmp.toAbsolutePath().toString()) && run.err().contains("not empty"), run.err());
        assertEquals(1, run.json().get("exitCode").getAsInt());
        assertTrue(run.json().get("error").getAsString().contains("not empty"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(Cli.USAGE, cli().exitCode());
        Run unknown = cli("frobnicate");
        assertEquals(Cli.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("frobnicate"), unknown.err());
        Run missing = cli("project", "create");
        assertEquals(Cli.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("<dir>"), missing.err());
    }
}
