package org.attune.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.cli.Cli;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
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
        Cli.Outcome outcome = Cli.run(args);
        return new Run(outcome.exitCode(), outcome.out(), outcome.err());
    }

    /** Runs a command line that must fail with exit code {@code code}, saying {@code says} on stderr. */
    static Run refused(int code, String says, String... args) {
        Run run = cli(args);
        assertEquals(code, run.exitCode(), String.join(" ", args) + ": " + run.out() + run.err());
        assertTrue(run.err().contains(says), run.err());
        return run;
    }

    /** Runs a command line that must succeed (exit 0); the failure names the command line and what it said. */
    static Run ok(String... args) {
        Run run = cli(args);
        assertEquals(Cli.OK, run.exitCode(), String.join(" ", args) + ": " + run.err());
        return run;
    }

    /** A command line builds only the command it names (a faster start); help and unknown names get them all. */
    @Test
    void aCommandLineBuildsOnlyTheCommandItNames() {
        int all = Cli.commands().size();
        assertTrue(all >= 18, "top-level commands: " + all);
        List<Object> version = Cli.commands("version", "--json");
        assertEquals(1, version.size());
        assertEquals("version", new picocli.CommandLine(version.get(0)).getCommandName());
        List<Object> export = Cli.commands("export", "matrix", "--help");
        assertEquals(1, export.size());
        assertTrue(((picocli.CommandLine) export.get(0)).getSubcommands().keySet().containsAll(List.of("codebook", "project", "matrix")),
                "export keeps the sub-commands other bundles contribute");
        assertEquals(all, Cli.commands("--help").size());
        assertEquals(all, Cli.commands("nosuch").size());
        Run unknown = cli("nosuch");
        assertEquals(Cli.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("nosuch") && unknown.err().contains("version"), unknown.err());
    }

    @Test
    void helpListsTheContributedCommands() {
        Run run = cli("--help");
        assertEquals(Cli.OK, run.exitCode());
        assertTrue(run.out().contains("version") && run.out().contains("project"), run.out());
        assertTrue(run.out().contains("Exit codes"), run.out());
    }

    /** Every command and sub-command prints its help with --help and exits 0 (it said "Missing required parameters"). */
    @Test
    void everyCommandPrintsItsHelpWithHelp() {
        List<List<String>> paths = new java.util.ArrayList<>();
        for (Object command : Cli.commands()) {
            collect(command instanceof picocli.CommandLine c ? c : new picocli.CommandLine(command), List.of(), paths);
        }
        assertTrue(paths.size() > 30, "commands and sub-commands: " + paths);
        assertEquals(Cli.USAGE, cli("codes", "merge", "-V").exitCode(), "a command has no version option of its own to print nothing");
        assertEquals(Cli.USAGE, cli("export", "-V").exitCode(), "nor has a command that only groups others");
        ok("export", "--help");
        // picocli reports a help text it cannot format (a lone '%') on the process's own System.err, not the command's
        java.io.ByteArrayOutputStream processErr = new java.io.ByteArrayOutputStream();
        java.io.PrintStream realErr = System.err;
        System.setErr(new java.io.PrintStream(processErr, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (List<String> path : paths) {
                for (String help : List.of("--help", "-h")) {
                    String[] args = java.util.stream.Stream.concat(path.stream(), java.util.stream.Stream.of(help)).toArray(String[]::new);
                    Run run = cli(args);
                    assertEquals(Cli.OK, run.exitCode(), String.join(" ", args) + ": " + run.err());
                    assertTrue(run.out().startsWith("Usage: attune cli " + String.join(" ", path)), String.join(" ", args) + ": " + run.out());
                    assertEquals("", run.err(), String.join(" ", args));
                }
            }
        } finally {
            System.setErr(realErr);
        }
        String printed = processErr.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!printed.contains("picocli WARN"), "a help text picocli could not format: " + printed);
    }

    private static void collect(picocli.CommandLine command, List<String> parent, List<List<String>> paths) {
        List<String> path = new java.util.ArrayList<>(parent);
        path.add(command.getCommandName());
        paths.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            if (name.equals(sub.getCommandName())) { // not an alias
                collect(sub, path, paths);
            }
        });
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
        assertEquals(System.getProperty("java.home"), json.json().get("javaHome").getAsString());
    }

    @Test
    void projectCreateThenInfo(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("study");
        Run created = ok("project", "create", folder.toString(), "--name", "VIG study", "--json");
        assertEquals("VIG study", created.json().get("name").getAsString());
        assertEquals(folder.toAbsolutePath().toString(), created.json().get("folder").getAsString());
        assertEquals("VIG study", ProjectStore.summary(folder, OpenOptions.of("test")).name(),
                "the store must hold what the CLI reported");

        Run info = cli("project", "info", folder.toString());
        assertEquals(Cli.OK, info.exitCode());
        assertTrue(info.out().contains("Project:        VIG study"), info.out());
        assertTrue(info.out().contains("Codings:        0"), info.out());
        Run json = cli("project", "info", folder.toString(), "--json");
        assertEquals(org.attune.store.ProjectStore.SCHEMA_VERSION, json.json().get("schemaVersion").getAsInt());
        assertEquals(0, json.json().get("codes").getAsInt());
        assertEquals(false, json.json().get("encrypted").getAsBoolean());
    }

    @Test
    void encryptedProjectNeedsItsPassphrase(@TempDir Path tmp) throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "correct horse battery staple\n");
        Path wrong = Files.writeString(tmp.resolve("wrong.txt"), "incorrect\n");
        Path folder = tmp.resolve("sealed");
        Run created = ok("project", "create", folder.toString(), "--encrypt", "--passphrase-file", secret.toString());
        assertTrue(created.out().startsWith("Created encrypted project"), created.out());

        refused(Cli.FAILED, "wrong passphrase", "project", "info", folder.toString(), "--passphrase-file", wrong.toString());

        Run withRight = ok("project", "info", folder.toString(), "--passphrase-file", secret.toString(), "--json");
        assertTrue(withRight.json().get("encrypted").getAsBoolean());
        for (String command : List.of("search", "saturation", "export")) { // the commands that read through OnProject.read
            List<String> args = new java.util.ArrayList<>(switch (command) {
                case "search" -> List.of("search", folder.toString(), "anything");
                case "export" -> List.of("export", "project", folder.toString(), tmp.resolve("sealed.qdpx").toString());
                default -> List.of(command, folder.toString());
            });
            args.addAll(List.of("--passphrase-file", secret.toString()));
            Run read = cli(args.toArray(String[]::new));
            assertEquals(Cli.OK, read.exitCode(), command + ": " + read.err());
            args.set(args.size() - 1, wrong.toString());
            assertTrue(cli(args.toArray(String[]::new)).err().contains("wrong passphrase"), command);
        }
    }

    @Test
    void aProjectOpenElsewhereIsReportedWithItsHolder(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("busy");
        try (ProjectStore open = ProjectStore.create(folder, "Busy", OpenOptions.of("Attune workbench").withBackups(false))) {
            Run run = cli("project", "info", folder.toString());
            assertEquals(Cli.FAILED, run.exitCode());
            assertTrue(run.err().contains("open in Attune workbench (user "), run.err());
            assertTrue(run.err().contains("process " + ProcessHandle.current().pid()), run.err());
        }
        assertEquals(Cli.OK, cli("project", "info", folder.toString()).exitCode(), "closing releases the lock");
    }

    @Test
    void projectNameDefaultsToTheFolderName(@TempDir Path tmp) throws Exception {
        Run created = ok("project", "create", tmp.resolve("carers-2026").toString());
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
        refused(Cli.USAGE, "frobnicate", "frobnicate");
        refused(Cli.USAGE, "<dir>", "project", "create");
    }

    @Test
    void importReportsEveryFileAndFailsWhenOneFailed(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        ok("project", "create", folder.toString());
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("carer-1.txt"), "Interviewer: How was it?\nCarer: Calmer than before.");
        Files.createFile(in.resolve("empty.txt"));
        Run run = cli("import", folder.toString(), in.toString(), "--json");
        assertEquals(Cli.FAILED, run.exitCode(), run.err());
        assertEquals(1, run.json().get("imported").getAsInt());
        assertEquals(1, run.json().get("failed").getAsInt());
        assertTrue(run.err().contains("[1/2]"), run.err());
        Run again = cli("import", folder.toString(), in.resolve("carer-1.txt").toString());
        assertEquals(Cli.OK, again.exitCode());
        assertTrue(again.out().contains("SKIPPED") && again.out().contains("same content"), again.out());
        assertEquals(1, ProjectStore.summary(folder, OpenOptions.of("test")).sources());
    }

    @Test
    void importOfAMailboxReportsEachMessageAndTheBrokenOneByNumber(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        ok("project", "create", folder.toString());
        Path mbox = Files.writeString(tmp.resolve("replies.mbox"), """
                From a@example.org Mon Mar  2 10:15:00 2026
                From: Carer One <carer1@example.org>
                Subject: What helped
                Date: Mon, 2 Mar 2026 10:15:00 +0000

                The evening calls helped.

                From b Mon Mar  2 11:00:00 2026
                no header here

                From c@example.org Tue Mar  3 09:00:00 2026
                From: carer2@example.org
                Subject: Re: What helped
                Date: Tue, 3 Mar 2026 09:00:00 +0000

                Knowing someone would listen.
                > The evening calls helped.
                """);
        Run run = cli("import", folder.toString(), mbox.toString());
        assertEquals(Cli.FAILED, run.exitCode(), run.err());
        assertTrue(run.out().contains("message 1: \"What helped") && run.out().contains("message 3: \"Re: What helped"), run.out());
        assertTrue(run.out().contains("FAILED") && run.out().contains("message 2: it is not a readable e-mail"), run.out());
        assertTrue(run.out().contains("2 imported, 0 skipped, 1 failed"), run.out());
        assertFalse(run.err().contains("Exception"), run.err());
        Run json = cli("import", folder.toString(), mbox.toString(), "--json");
        assertEquals(3, json.json().getAsJsonArray("files").size(), json.out());
        assertEquals(2, json.json().get("skipped").getAsInt(), "imported already: " + json.out());
        Run search = cli("search", folder.toString(), "listen", "--json");
        assertEquals(1, search.json().get("count").getAsInt(), search.out());
        assertEquals(2, cli("search", folder.toString(), "evening", "--json").json().get("count").getAsInt(),
                "the new text of one message and the quoted line of its reply");
    }

    @Test
    void searchPrintsKeywordsInContextAndRefusesAMalformedQuery(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        ok("project", "create", folder.toString());
        Path file = Files.writeString(tmp.resolve("guider.txt"), "Interviewer: [00:00:05] How was it?\nGuider: [00:01:02] She felt attuned to him.");
        ok("import", folder.toString(), file.toString());
        Run run = ok("search", folder.toString(), "attune");
        assertTrue(run.out().contains("[attuned]") && run.out().contains("0:01:02") && run.out().contains("Guider"), run.out());
        Run json = cli("search", folder.toString(), "speaker:guider", "AND", "felt", "--json");
        assertEquals(1, json.json().get("count").getAsInt());
        assertEquals(List.of("attuned"), cli("search", folder.toString(), "atuned~1", "--json").json().getAsJsonArray("hits").asList()
                .stream().map(h -> h.getAsJsonObject().get("match").getAsString()).toList(), "a fuzzy word meets the words as written");
        Run none = cli("search", folder.toString(), "atuned", "--json");
        assertEquals(0, none.json().get("count").getAsInt());
        assertEquals("no transcript, memo or code definition has the word \"atuned\"; did you mean attuned?",
                none.json().get("explanation").getAsString());
        assertEquals("felt", json.json().getAsJsonArray("hits").get(0).getAsJsonObject().get("match").getAsString());
        Run coded = cli("search", folder.toString(), "attune", "--code", "Attunement", "--turns", "--json");
        assertEquals(1, coded.json().getAsJsonObject("coding").get("coded").getAsInt());
        assertTrue(coded.json().getAsJsonObject("coding").get("newCode").getAsBoolean());
        Run again = cli("search", folder.toString(), "attune", "--code", "attunement", "--turns");
        assertTrue(again.out().contains("coded 0 with \"Attunement\", 1 were coded with it already"), again.out());
        assertEquals(1, ProjectStore.summary(folder, OpenOptions.of("test")).codings());
        Run slash = cli("search", folder.toString(), "attune", "--code", "Nope/Child");
        assertEquals(Cli.FAILED, slash.exitCode(), slash.err());
        assertTrue(slash.err().contains(folder + ": a code name cannot contain '/'") && !slash.err().contains("internal error"),
                slash.err());
        Run query = cli("query", folder.toString(), "--codes", "Attunement", "--json");
        assertEquals(1, query.json().get("count").getAsInt());
        assertTrue(query.json().getAsJsonArray("segments").get(0).getAsJsonObject().get("text").getAsString()
                .contains("She felt attuned to him."));
        refused(Cli.USAGE, "there is no code named \"Empathy\"", "query", folder.toString(), "--codes", "Attunement AND Empathy");
        refused(Cli.USAGE, "a bracket is not closed", "search", folder.toString(), "(attuned");
    }

    @Test
    void queryFiltersByCaseAndFolderCombinesTextAndCountsCooccurrence(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        ok("project", "create", folder.toString());
        Path file = Files.writeString(tmp.resolve("session.txt"), """
                Guider: She was attuned to him in the clip.
                Carer: I was attuned to him, I saw his strengths.
                """);
        ok("import", folder.toString(), file.toString(), "--case", "Carer 03");
        try (ProjectStore store = ProjectStore.open(folder, OpenOptions.of("test").withBackups(false))) {
            var source = (org.attune.model.TextSource) store.project().getSources().get(0);
            store.load(source);
            String text = store.text(source);
            var cases = new org.attune.coding.Cases(store);
            var guider = cases.create("Guider 1", "guider");
            cases.linkSpeaker(source, "Guider", guider);
            cases.setAttribute(cases.find("Carer 03").orElseThrow(), "role", "carer");
            var codebook = new org.attune.coding.Codebook(store);
            var coder = new org.attune.coding.Coder(store);
            var attunement = codebook.create("Attunement", null, org.attune.model.AnalyticLevel.OPEN);
            var strengths = codebook.create("Strengths", null, org.attune.model.AnalyticLevel.OPEN);
            for (String words : new String[] {"She was attuned to him", "I was attuned to him"}) {
                int at = text.indexOf(words);
                coder.code(source, at, at + words.length(), attunement);
            }
            int at = text.indexOf("him, I saw his strengths");
            coder.code(source, at, at + "him, I saw his strengths".length(), strengths);
        }
        Run carers = ok("query", folder.toString(), "--codes", "Attunement", "--where", "role=carer", "--json");
        assertEquals(1, carers.json().get("count").getAsInt());
        assertEquals("I was attuned to him", carers.json().getAsJsonArray("segments").get(0).getAsJsonObject().get("text").getAsString());
        Run both = ok("query", folder.toString(), "--codes", "Attunement AND Strengths", "--text", "attun*");
        assertTrue(both.out().contains("0 segments"), "the overlap 'him' holds no 'attun*': " + both.out());
        Run text = cli("query", folder.toString(), "--codes", "Attunement", "--text", "she", "--json");
        assertEquals(1, text.json().get("count").getAsInt(), text.out());
        Run pairs = ok("query", folder.toString(), "--cooccurrence", "--json");
        var pair = pairs.json().getAsJsonArray("pairs").get(0).getAsJsonObject();
        assertEquals("Attunement", pair.get("codeA").getAsString());
        assertEquals("Strengths", pair.get("codeB").getAsString());
        assertEquals(1, pair.get("overlapping").getAsInt());
        assertEquals(1, pair.get("sameTurn").getAsInt());
        Run table = cli("query", folder.toString(), "--cooccurrence", "--where", "role=guider");
        assertTrue(table.out().contains("0 pairs of codes"), table.out());
        Run coded = cli("search", folder.toString(), "code:Attunement", "--kind", "coding", "--json");
        assertEquals(2, coded.json().get("count").getAsInt(), coded.out());
        assertEquals("CODING", coded.json().getAsJsonArray("hits").get(0).getAsJsonObject().get("kind").getAsString());
        refused(Cli.USAGE, "there is no case attribute named \"site\"", "query", folder.toString(), "--codes", "Attunement", "--where", "site=north");
        refused(Cli.USAGE, "either --codes EXPRESSION or --cooccurrence", "query", folder.toString());
    }
}
