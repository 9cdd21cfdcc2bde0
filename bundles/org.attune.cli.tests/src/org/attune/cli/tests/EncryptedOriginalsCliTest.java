package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.model.Source;
import org.attune.store.OpenOptions;
import org.attune.store.Originals;
import org.attune.store.ProjectStore;
import org.attune.testsupport.FileScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An encrypted project's copied originals (real recordings and documents) are encrypted at rest: after import,
 * computing waveforms and exporting, no 64-byte run of any original is in any file of the project folder or of the
 * temporary folder; the {@code .qdpx} export holds each original byte for byte; an older encrypted project's plaintext
 * copies are encrypted at the next opening.
 */
class EncryptedOriginalsCliTest {
    private static final Path REFERENCE = Path.of("/work/shared/reference");
    private static final int WINDOW = 64;

    /** The real files imported: audio, video, documents. */
    private static List<Path> originals() {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("media/audio/asterisk_hello-world.wav", "media/audio/fixture.mp3", "media/audio/fixture.flac",
                "media/video/fixture.webm", "media/video/fixture-imovie.mp4", "transcripts/ID1.docx", "transcripts/ID2.odt",
                "transcripts/transcript.txt")) {
            Path file = REFERENCE.resolve(name);
            if (Files.isRegularFile(file)) {
                files.add(file);
            }
        }
        return files;
    }

    @Test
    void noByteRunOfAnOriginalIsLeftUnencryptedAndTheExportHoldsThemWhole(@TempDir Path tmp) throws Exception {
        List<Path> originals = originals();
        assertTrue(originals.size() >= 5, "the reference media and documents are there: " + originals);
        Path secret = tmp.resolve("secret");
        Files.writeString(secret, "kestrel over the moor");
        Path project = tmp.resolve("study");
        assertEquals(Cli.OK, cli("project", "create", project.toString(), "--encrypt", "--passphrase-file", secret.toString()).exitCode());
        List<String> args = new ArrayList<>(List.of("import", project.toString()));
        originals.forEach(f -> args.add(f.toString()));
        args.addAll(List.of("--passphrase-file", secret.toString()));
        Run imported = cli(args.toArray(String[]::new));
        assertEquals(Cli.OK, imported.exitCode(), imported.out() + imported.err());
        Run peaks = cli("recordings", "peaks", project.toString(), "--passphrase-file", secret.toString(), "--json");
        assertTrue(peaks.exitCode() == Cli.OK || peaks.exitCode() == Cli.FAILED, peaks.err());
        assertTrue(peaks.out().contains("\"peaks\""), "the waveforms were decoded from the encrypted copies: " + peaks.out());

        // speech recognition reads the encrypted recording through a loopback stream and a named pipe
        Run transcribed = cli("transcribe", project.toString(), "--source", "asterisk_hello-world", "--passphrase-file", secret.toString(),
                "--json");
        assertEquals(Cli.OK, transcribed.exitCode(), transcribed.out() + transcribed.err());
        assertTrue(transcribed.json().get("utterances").getAsInt() >= 1, transcribed.out());

        Path qdpx = tmp.resolve("export").resolve("study.qdpx");
        Files.createDirectories(qdpx.getParent());
        Run exported = cli("export", "project", project.toString(), qdpx.toString(), "--passphrase-file", secret.toString());
        assertEquals(Cli.OK, exported.exitCode(), exported.err());

        try (ProjectStore store = ProjectStore.open(project, OpenOptions.of("test").withPassphrase("kestrel over the moor".toCharArray())
                .withBackups(false))) {
            int copied = 0;
            for (Source source : store.project().getSources()) {
                Path file = store.originals().file(source);
                if (file != null && file.startsWith(project)) {
                    copied++;
                    assertTrue(Originals.isEncrypted(file), file + " is encrypted");
                }
            }
            assertEquals(originals.size(), copied, "every original was copied into the project");
            assertTrue(store.originals().plaintextCopies(store.project().getSources()).isEmpty());
        }

        Map<String, byte[]> archived = archived(qdpx);
        for (Path original : originals) {
            if (original.getFileName().toString().endsWith(".txt") || original.getFileName().toString().endsWith(".docx")
                    || original.getFileName().toString().endsWith(".odt")) {
                continue; // a text source is exported as its text
            }
            byte[] bytes = Files.readAllBytes(original);
            assertTrue(archived.values().stream().anyMatch(a -> java.util.Arrays.equals(a, bytes)),
                    original.getFileName() + " is in the export byte for byte");
        }

        Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        assertTrue(temporary.endsWith("target"), "the tests' own temporary folder (pom.xml), not one other builds share: " + temporary);
        for (Path original : originals) {
            List<byte[]> runs = FileScan.runs(Files.readAllBytes(original), 12, WINDOW);
            assertTrue(runs.size() >= 4, "enough distinctive runs of " + original.getFileName());
            assertEquals(List.of(), FileScan.holdingAny(project, runs), "runs of " + original.getFileName() + " unencrypted in the project");
            assertEquals(List.of(), FileScan.holdingAny(temporary, runs, REFERENCE, qdpx.getParent()),
                    "runs of " + original.getFileName() + " unencrypted in the temporary folder");
        }
    }

    @Test
    void anOlderProjectsPlaintextCopiesAreEncryptedWhenItIsOpened(@TempDir Path tmp) throws Exception {
        Path secret = tmp.resolve("secret");
        Files.writeString(secret, "kestrel over the moor");
        Path project = tmp.resolve("study");
        assertEquals(Cli.OK, cli("project", "create", project.toString(), "--encrypt", "--passphrase-file", secret.toString()).exitCode());
        Path original = REFERENCE.resolve("media/audio/asterisk_hello-world.wav");
        assertEquals(Cli.OK, cli("import", project.toString(), original.toString(), "--passphrase-file", secret.toString()).exitCode());
        Path copy;
        try (ProjectStore store = ProjectStore.open(project, OpenOptions.of("test").withPassphrase("kestrel over the moor".toCharArray())
                .withBackups(false))) {
            copy = store.originals().file(store.project().getSources().get(0));
        }
        Files.copy(original, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING); // as an older Attune copied it
        assertFalse(Originals.isEncrypted(copy));

        Run listed = cli("sources", "list", project.toString(), "--passphrase-file", secret.toString());
        assertEquals(Cli.OK, listed.exitCode(), listed.err());
        assertFalse(Originals.isEncrypted(copy), "a command that only reads changes nothing");
        Run peaks = cli("recordings", "peaks", project.toString(), "--passphrase-file", secret.toString());
        assertEquals(Cli.OK, peaks.exitCode(), peaks.err());
        assertTrue(peaks.err().contains("1 original file(s) encrypted"), peaks.err());
        assertTrue(Originals.isEncrypted(copy), "encrypted at the opening for a change");
        try (ProjectStore store = ProjectStore.open(project, OpenOptions.of("test").withPassphrase("kestrel over the moor".toCharArray())
                .withBackups(false))) {
            assertArrayEquals(Files.readAllBytes(original), store.originals().readAllBytes(copy));
        }
        assertEquals(List.of(), FileScan.holdingAny(project, FileScan.runs(Files.readAllBytes(original), 12, WINDOW)));
    }

    private static Map<String, byte[]> archived(Path qdpx) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(qdpx), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertNotNull(entries.get("project.qde"), "a QDA-XML archive");
        return entries;
    }
}
