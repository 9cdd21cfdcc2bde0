package org.attune.importer.tests;

import static org.attune.importer.ImportOutcome.Status.FAILED;
import static org.attune.importer.ImportOutcome.Status.IMPORTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.attune.importer.TikaService;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportOutcome;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.importer.text.DocumentReader;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what their names say, too large to read whole, or cut short: refused (or imported with a
 * warning) with a message that says what is wrong, never imported as something they are not.
 */
class SuspectInputTest {
    private static final OpenOptions OPEN = OpenOptions.of("import test").withBackups(false);

    private static ImportOutcome importOne(Path tmp, Path file) throws Exception {
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project-" + System.nanoTime()), "Suspect", OPEN)) {
            ImportOutcome outcome = new Importer(store, ImportOptions.defaults()).importAll(List.of(file), ImportProgress.NONE).outcomes().get(0);
            if (outcome.status() != IMPORTED) {
                assertTrue(store.project().getSources().isEmpty(), "a refused file adds nothing");
            }
            return outcome;
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(23).nextBytes(bytes);
        return bytes;
    }

    @Test
    void randomBytesNamedTxtAreNotADocument(@TempDir Path tmp) throws Exception {
        ImportOutcome noise = importOne(tmp, Files.write(tmp.resolve("notes.txt"), randomBytes(20_000)));
        assertEquals(FAILED, noise.status(), noise.toString());
        assertTrue(noise.detail().startsWith("it is not text, whatever its name says"), noise.detail());
        // text in an old single-byte encoding is text all the same
        byte[] latin1 = "Carer: Ze zei dat het café één keer per week open is.\nGuider: Dat is fijn.\n".getBytes(StandardCharsets.ISO_8859_1);
        ImportOutcome dutch = importOne(tmp, Files.write(tmp.resolve("dutch.txt"), latin1));
        assertEquals(IMPORTED, dutch.status(), dutch.toString());
    }

    @Test
    void randomBytesNamedMp4AreNotAVideo(@TempDir Path tmp) throws Exception {
        ImportOutcome outcome = importOne(tmp, Files.write(tmp.resolve("session.mp4"), randomBytes(200_000)));
        assertEquals(FAILED, outcome.status(), outcome.toString());
        boolean ffprobe = Files.isExecutable(Path.of("/usr/bin/ffprobe")) || Files.isExecutable(Path.of("/usr/local/bin/ffprobe"));
        String expected = ffprobe ? "it is not a recording Attune can read: ffprobe could not read it ("
                : "its content is not a recording that Tika recognises";
        assertTrue(outcome.detail().startsWith(expected), outcome.detail());
        assertTrue(!outcome.detail().contains("install FFmpeg") || !ffprobe, "ffprobe ran: it is not asked to be installed");
    }

    @Test
    void aTruncatedPdfIsCalledDamagedNotScanned(@TempDir Path tmp) throws Exception {
        byte[] whole = Files.readAllBytes(Fixtures.pdf(tmp.resolve("whole.pdf"), "Guider: we watched the clip together"));
        for (int length : new int[] {whole.length / 3, whole.length * 2 / 3, whole.length - 8}) {
            Path cut = Files.write(tmp.resolve("cut-" + length + ".pdf"), Arrays.copyOf(whole, length));
            ImportOutcome outcome = importOne(tmp, cut);
            assertTrue(outcome.status() == FAILED && outcome.detail().equals("it is damaged or truncated (the PDF stops before its end marker);"
                    + " nothing of it was imported") || outcome.status() == IMPORTED && outcome.detail().endsWith("it seems truncated,"
                            + " and what followed the cut is missing"), outcome.toString());
        }
        assertEquals(IMPORTED, importOne(tmp, tmp.resolve("whole.pdf")).status(), "the whole file is fine");
        assertEquals(org.attune.core.UserFolders.cache().toString(), System.getProperty("pdfbox.fontcache"),
                "PDFBox keeps its font list in Attune's cache folder, not in ~/.pdfbox.cache");
    }

    /** Subtitles and ELAN files are read whole: one too large to hold is refused before it is read. */
    @Test
    void anOversizedSubtitleFileIsRefusedWithTheLimit(@TempDir Path tmp) throws Exception {
        Path srt = tmp.resolve("huge.srt");
        try (RandomAccessFile file = new RandomAccessFile(srt.toFile(), "rw")) {
            file.write("1\n00:00:01,000 --> 00:00:02,000\nHello\n\n".getBytes(StandardCharsets.US_ASCII));
            file.setLength(65L << 20); // sparse: no disk space, no time
        }
        ImportOutcome outcome = importOne(tmp, srt);
        assertEquals(FAILED, outcome.status(), outcome.toString());
        assertEquals("it is 65 MB; subtitle files are read whole, and Attune reads at most 64 MB of them; nothing of it was imported",
                outcome.detail());
    }

    /** Looking at the whole paragraph again for each chunk of Tika's text made such a file take minutes. */
    @Test
    void aTextThatStartsWithAMegabyteOfSpacesIsStoredRight(@TempDir Path tmp) throws Exception {
        String words = "Guider: We watched the clip together.\nCarer: She smiled at me.\n";
        Path file = Files.writeString(tmp.resolve("spaces.txt"), " ".repeat(1 << 20) + "\n" + words);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Spaces", OPEN)) {
            ImportOutcome outcome = new Importer(store, ImportOptions.defaults()).importAll(List.of(file), ImportProgress.NONE).outcomes().get(0);
            assertEquals(IMPORTED, outcome.status(), outcome.toString());
            TextSource source = (TextSource) store.project().getSources().get(0);
            assertEquals(words.strip(), store.text(source));
            assertEquals(2, source.getTurns().size());
        }
    }

    /** A failed action is named by what it did, not by EMF's command ("could not save \"Add\""). */
    @Test
    void aFailedImportNamesWhatWasBeingSaved(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("project");
        ProjectStore.create(folder, "Read-only", OPEN).close();
        Path text = Files.writeString(tmp.resolve("carer interview.txt"), "Carer: It was calmer.\nGuider: Good.\n");
        try (ProjectStore store = ProjectStore.open(folder, OPEN.withReadOnly(true))) {
            ImportOutcome outcome = new Importer(store, ImportOptions.defaults().withCopy(false)).importAll(List.of(text), ImportProgress.NONE)
                    .outcomes().get(0);
            assertEquals(FAILED, outcome.status(), outcome.toString());
            assertTrue(outcome.detail().contains("\"import carer interview\" cannot be done"), outcome.detail());
        }
    }

    /** Copying into the project is writing: its failure (a full disk, here a file where sources/ should be) is not "cannot be read". */
    @Test
    void aCopyThatCannotBeWrittenIsNotCalledUnreadable(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("project");
        Path text = Files.writeString(tmp.resolve("carer.txt"), "Carer: It was calmer.\nGuider: Good.\n");
        try (ProjectStore store = ProjectStore.create(folder, "Blocked", OPEN)) {
            Files.writeString(folder.resolve(Importer.SOURCES_DIR), "not a folder");
            ImportOutcome outcome = new Importer(store, ImportOptions.defaults()).importAll(List.of(text), ImportProgress.NONE).outcomes().get(0);
            assertEquals(FAILED, outcome.status(), outcome.toString());
            assertEquals("it could not be copied into " + folder.resolve(Importer.SOURCES_DIR) + " (a file of that name is in the way);"
                    + " nothing of it was imported", outcome.detail());
            assertTrue(store.project().getSources().isEmpty());
        }
    }

    /** The collector's limit is met inside a parser that wraps it (docx) and directly (txt): both name the limit. */
    @Test
    void tooMuchTextNamesTheLimit(@TempDir Path tmp) throws Exception {
        DocumentReader reader = new DocumentReader(TikaService.find().config(), 1_000);
        String many = "word ".repeat(400);
        Path docx = Fixtures.docxWithBoldSpeakers(tmp.resolve("long.docx"), "Guider", many, "Carer", many);
        Path txt = Files.writeString(tmp.resolve("long.txt"), many + "\n" + many);
        for (Path file : List.of(docx, txt)) {
            DocumentReader.UnreadableException e = assertThrows(DocumentReader.UnreadableException.class, () -> reader.read(file, null));
            assertEquals("it holds more than 1,000 characters of text, the most Attune takes for one source; it was not imported"
                    + " (split it into parts)", e.getMessage(), file.toString());
        }
    }
}
