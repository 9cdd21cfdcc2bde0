package org.attune.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attune.cli.Cli;
import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export codebook / export project / import-qdpx through the real command line. */
class ExchangeCliTest {

    private static void codedProject(Path folder) throws Exception {
        try (ProjectStore store = ProjectStore.create(folder, "VIG", OpenOptions.of("test").withBackups(false))) {
            AttuneFactory f = AttuneFactory.eINSTANCE;
            store.apply("build", () -> {
                Code theme = f.createCode();
                theme.setName("Attunement");
                theme.setDefinition("being in tune");
                Code child = f.createCode();
                child.setName("Waiting");
                theme.getChildren().add(child);
                store.project().getCodes().add(theme);
                TextSource text = f.createTextSource();
                text.setName("interview");
                String words = "She smiled and I waited for her.";
                text.setLength(words.length());
                store.stageText(text, words);
                TextSelection s = f.createTextSelection();
                s.setStart(15);
                s.setEnd(23);
                Coding coding = f.createCoding();
                coding.setCode(child);
                coding.setSelection(s);
                text.getCodings().add(coding);
                store.project().getSources().add(text);
            });
        }
    }

    @Test
    void exportHasSubcommands() {
        CliTest.Run run = CliTest.ok("export", "--help");
        assertTrue(run.out().contains("codebook") && run.out().contains("project"), run.out());
        assertEquals(Cli.USAGE, CliTest.cli("export").exitCode());
    }

    @Test
    void codebookProjectExportAndImport(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("study");
        codedProject(project);
        Path md = tmp.resolve("codebook.md");
        CliTest.Run doc = CliTest.ok("export", "codebook", project.toString(), md.toString(), "--examples", "2");
        String markdown = Files.readString(md);
        assertTrue(markdown.contains("## Attunement") && markdown.contains("### Waiting"), markdown);
        assertTrue(markdown.contains("“I waited”"), "an example quote from the coded text: " + markdown);
        assertTrue(markdown.contains("## Attunement\n\n1 coding in 1 source, sub-codes included\n"),
                "a code counts its sub-codes' codings, and says so: " + markdown);
        assertTrue(markdown.contains("### Waiting\n\n1 coding in 1 source\n"), markdown);
        CliTest.Run xlsx = CliTest.cli("export", "codebook", project.toString(), tmp.resolve("c.xlsx").toString(), "--json");
        assertEquals("xlsx", xlsx.json().get("format").getAsString());
        assertEquals(2, xlsx.json().get("codes").getAsInt());

        Path qdpx = tmp.resolve("study.qdpx");
        CliTest.Run exported = CliTest.ok("export", "project", project.toString(), qdpx.toString(), "--json");
        assertEquals(1, exported.json().get("codings").getAsInt());

        Path other = tmp.resolve("other");
        CliTest.ok("project", "create", other.toString());
        CliTest.Run imported = CliTest.ok("import-qdpx", other.toString(), qdpx.toString(), "--json");
        var elements = imported.json().getAsJsonObject("elements");
        assertEquals(2, elements.getAsJsonObject("codes").get("imported").getAsInt());
        assertEquals(1, elements.getAsJsonObject("codings").get("imported").getAsInt());
        CliTest.Run info = CliTest.cli("project", "info", other.toString(), "--json");
        assertEquals(1, info.json().get("codings").getAsInt());
        assertEquals(2, info.json().get("codes").getAsInt());

        CliTest.Run text = CliTest.cli("import-qdpx", tmp.resolve("third").toString(), qdpx.toString());
        assertEquals(Cli.FAILED, text.exitCode());
        Path junk = Files.writeString(tmp.resolve("junk.qdpx"), "not xml");
        CliTest.Run bad = CliTest.cli("import-qdpx", other.toString(), junk.toString(), "--json");
        assertEquals(Cli.FAILED, bad.exitCode());
        assertTrue(bad.json().get("error").getAsString().contains("junk.qdpx"), bad.out());
        assertEquals(2, CliTest.cli("project", "info", other.toString(), "--json").json().get("codes").getAsInt(), "nothing more was imported");
    }

    /** A project without codes has no valid REFI-QDA codebook: a refusal naming the file, exit 1, and no file. */
    @Test
    void anEmptyCodebookIsRefused(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("empty");
        CliTest.ok("project", "create", project.toString());
        Path qdc = tmp.resolve("codebook.qdc");
        CliTest.Run run = CliTest.cli("export", "codebook", project.toString(), qdc.toString(), "--json");
        assertEquals(Cli.FAILED, run.exitCode(), run.out());
        String error = run.json().get("error").getAsString();
        assertTrue(error.contains("codebook.qdc") && error.contains("no codes"), error);
        assertTrue(Files.notExists(qdc));
    }
}
