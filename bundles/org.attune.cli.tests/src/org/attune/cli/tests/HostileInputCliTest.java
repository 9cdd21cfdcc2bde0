package org.attune.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.attune.cli.Cli;
import org.attune.core.UserLog;
import org.attune.model.Code;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine.Command;

/**
 * Hostile, huge and mislabelled input through the real command line: every failure is one line naming the file
 * and the problem, exit code 1, and nothing else reaches the console (no stack trace, no parser chatter); what
 * libraries have to say goes to the log file.
 */
class HostileInputCliTest {

    /** A command line run with System.out and System.err captured too: libraries print there, not to the CLI's writers. */
    record Run(int exitCode, String out, String err, String console) {
        void assertQuiet() {
            for (String text : List.of(out, err, console)) {
                assertFalse(text.contains("\tat "), "no stack trace: " + text);
                assertFalse(text.contains("[Fatal Error]"), "no XML parser chatter: " + text);
            }
            assertFalse(console.contains("Exception"), "nothing from libraries on the console: " + console);
        }
    }

    static Run cli(List<Object> commands, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        int code;
        try {
            code = Cli.run(commands, args, new PrintWriter(out), new PrintWriter(err));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(), err.toString(), console.toString(StandardCharsets.UTF_8));
    }

    static Run cli(String... args) {
        return cli(Cli.commands(), args);
    }

    private static Path project(Path tmp) {
        Path folder = tmp.resolve("p");
        CliTest.ok("project", "create", folder.toString());
        return folder;
    }

    @Test
    void aRandomDocxIsReportedInOneLineAndTheLibrariesWarningsGoToTheLog(@TempDir Path tmp) throws Exception {
        Path folder = project(tmp);
        byte[] noise = new byte[200_000];
        new Random(23).nextBytes(noise);
        Path docx = Files.write(tmp.resolve("random-bytes.docx"), noise);
        Run run = cli("import", folder.toString(), docx.toString());
        assertEquals(Cli.FAILED, run.exitCode(), run.toString());
        assertTrue(run.out().contains("random-bytes.docx  it is damaged or not what its type says"), run.out());
        run.assertQuiet();
        String log = Files.readString(UserLog.file());
        assertTrue(log.contains("random-bytes.docx"), "POI's warning about the file is in the log: " + log);
    }

    /** Searching and exporting the sample (REFI-QDA, DOCX, XLSX and CSV writers) print their results and nothing else. */
    @Test
    void searchAndExportsSayNothingButTheirResults(@TempDir Path tmp) throws Exception {
        Path sample = tmp.resolve("sample");
        CliTest.ok("project", "sample", sample.toString());
        List<String[]> commands = List.of(new String[] {"search", sample.toString(), "waiting"},
                new String[] {"export", "project", sample.toString(), tmp.resolve("sample.qdpx").toString()},
                new String[] {"export", "codebook", sample.toString(), tmp.resolve("codebook.docx").toString()},
                new String[] {"export", "codebook", sample.toString(), tmp.resolve("codebook.xlsx").toString()},
                new String[] {"export", "matrix", sample.toString(), tmp.resolve("matrix.xlsx").toString(), "--format=xlsx"});
        for (String[] command : commands) {
            Run run = cli(command);
            String what = String.join(" ", command);
            assertEquals(Cli.OK, run.exitCode(), what + ": " + run);
            assertFalse(run.out().isBlank(), what + " says what it did");
            assertEquals("", run.err(), what + ": nothing on the error stream");
            assertEquals("", run.console(), what + ": nothing from libraries on the console");
            run.assertQuiet();
        }
        for (String file : List.of("sample.qdpx", "codebook.docx", "codebook.xlsx", "matrix.xlsx")) {
            assertTrue(Files.size(tmp.resolve(file)) > 1000, file + " was written");
        }
    }

    @Test
    void badXmlIsOneMessageWithoutParserChatter(@TempDir Path tmp) throws Exception {
        Path folder = project(tmp);
        Path qde = Files.writeString(tmp.resolve("broken.qde"), "<Project xmlns=\"urn:QDA-XML:project:1.0\"><CodeBook>");
        Run run = cli("import-qdpx", folder.toString(), qde.toString());
        assertEquals(Cli.FAILED, run.exitCode());
        assertTrue(run.err().startsWith("attune: " + qde + ": broken.qde is not well-formed XML"), run.err());
        run.assertQuiet();
    }

    /**
     * A text entry of 130 MB at about 150:1 passes the zip bomb ratio; held whole it ran the import out of memory, which
     * printed nothing and exited 0. It is refused by its size before anything is read.
     */
    @Test
    void aHugeTextEntryInAnArchiveIsRefusedByItsSize(@TempDir Path tmp) throws Exception {
        Path folder = project(tmp);
        Path qdpx = tmp.resolve("huge-text.qdpx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(qdpx))) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(("<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Sources>"
                    + "<TextSource guid=\"11111111-2222-3333-4444-555555555556\" name=\"t\" plainTextPath=\"internal://t.txt\"/>"
                    + "</Sources></Project>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("sources/t.txt"));
            writeCompressible(zip, 130L << 20);
            zip.closeEntry();
        }
        Run run = cli("import-qdpx", folder.toString(), qdpx.toString(), "--json");
        assertEquals(Cli.FAILED, run.exitCode(), run.toString());
        assertEquals("attune: " + qdpx + ": the entry \"sources/t.txt\" unpacks to more than 134,217,728 bytes, the most Attune holds"
                + " in memory for one entry (a source's text); refused; nothing was imported", run.err().strip());
        run.assertQuiet();
        assertEquals(0, CliTest.cli("project", "info", folder.toString(), "--json").json().get("sources").getAsInt());
    }

    /**
     * A description or an attribute value of 24 MB (over Xodus' file size) used to fail the import with "Can't write a
     * loggable which size is greater than file size" and a trace. Long values are stored in chunks: it is imported
     * whole, read back as it was, with nothing on the console.
     */
    @Test
    void aHugeDescriptionOrAttributeValueIsImportedWhole(@TempDir Path tmp) throws Exception {
        Random random = new Random(11);
        StringBuilder words = new StringBuilder(24 << 20).append('a');
        while (words.length() < 24 << 20) { // random letters: not a zip bomb
            words.append((char) (random.nextInt(8) == 0 ? ' ' : 'a' + random.nextInt(26)));
        }
        String huge = words.append('z').toString();
        for (String kind : List.of("description", "attribute")) {
            Path folder = project(tmp.resolve(kind));
            Path qdpx = tmp.resolve(kind + ".qdpx");
            String code = kind.equals("description")
                    ? "<Code guid=\"11111111-2222-3333-4444-555555555557\" name=\"c\" isCodable=\"true\"><Description>" + huge
                            + "</Description></Code>"
                    : "<Code guid=\"11111111-2222-3333-4444-555555555557\" name=\"" + huge + "\" isCodable=\"true\"/>";
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(qdpx))) {
                zip.putNextEntry(new ZipEntry("project.qde"));
                zip.write(("<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">"
                        + "<CodeBook><Codes>" + code + "</Codes></CodeBook></Project>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            Run run = cli("import-qdpx", folder.toString(), qdpx.toString(), "--json");
            assertEquals(Cli.OK, run.exitCode(), kind + ": " + run.err());
            run.assertQuiet();
            try (ProjectStore store = ProjectStore.open(folder, OpenOptions.of("hostile input test").withBackups(false))) {
                Code imported = store.project().getCodes().getFirst();
                // a code's name has its white space folded, as every code's (Codes.checkName): the words are all there
                assertEquals(kind.equals("description") ? huge : huge.replaceAll("\\s+", " "),
                        kind.equals("description") ? imported.getDefinition() : imported.getName(), kind);
            }
        }
    }

    /** Spaces with a letter every few hundred bytes: deflate packs it well, but not like a zip bomb. */
    private static void writeCompressible(OutputStream out, long bytes) throws Exception {
        Random random = new Random(7);
        byte[] block = new byte[1 << 20];
        for (long written = 0; written < bytes; written += block.length) {
            java.util.Arrays.fill(block, (byte) ' ');
            for (int i = random.nextInt(300); i < block.length; i += 200 + random.nextInt(200)) {
                block[i] = (byte) ('a' + random.nextInt(26));
            }
            out.write(block);
        }
    }

    @Command(name = "exhaust")
    static final class Exhaust implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Command(name = "crash")
    static final class Crash implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    void anErrorIsAFailureInOneLineNeverExitZero() {
        List<Object> commands = new ArrayList<>(List.of(new Exhaust(), new Crash()));
        Run exhausted = cli(commands, "exhaust");
        assertEquals(Cli.FAILED, exhausted.exitCode());
        assertTrue(exhausted.err().startsWith("attune: \"exhaust\" ran out of memory (Java heap space) and stopped;"), exhausted.err());
        assertEquals(1, exhausted.err().strip().lines().count(), exhausted.err());
        exhausted.assertQuiet();
        Run crashed = cli(commands, "crash");
        assertEquals(Cli.FAILED, crashed.exitCode());
        assertTrue(crashed.err().startsWith("attune: internal error in \"crash\": java.lang.IllegalStateException: a bug (details in "),
                crashed.err());
        assertEquals(1, crashed.err().strip().lines().count(), crashed.err());
        crashed.assertQuiet();
    }

    @Test
    void aLineBreakInAFileNameDoesNotSplitTheReport(@TempDir Path tmp) throws Exception {
        Path folder = project(tmp);
        Path odd = Files.writeString(tmp.resolve("carer\nFAILED forged line.txt"), "Carer: It was calmer.\nGuider: Good.\n");
        Run run = cli("import", folder.toString(), odd.toString());
        assertEquals(Cli.OK, run.exitCode(), run.toString());
        List<String> lines = run.out().strip().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("IMPORTED") && lines.get(0).contains("carer\\nFAILED forged line.txt"), run.out());
        assertEquals(List.of("[1/1] carer\\nFAILED forged line.txt"), run.err().strip().lines().toList());
    }

    @Test
    void anUnreadablePassphraseFileSaysWhy(@TempDir Path tmp) throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "correct horse battery staple\n");
        Path folder = tmp.resolve("sealed");
        CliTest.ok("project", "create", folder.toString(), "--encrypt", "--passphrase-file", secret.toString());
        Path missing = tmp.resolve("no-such-secret.txt");
        Run run = cli("project", "info", folder.toString(), "--passphrase-file", missing.toString());
        assertEquals(Cli.FAILED, run.exitCode());
        assertEquals("attune: " + missing + ": cannot read the passphrase file (there is no such file)", run.err().strip());
    }
}
