package org.attune.store.tests;

import static org.attune.store.tests.StoreFixtures.addCode;
import static org.attune.store.tests.StoreFixtures.addCoding;
import static org.attune.store.tests.StoreFixtures.addTranscript;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreDamagedException;
import org.attune.store.StoreException;
import org.attune.store.TextContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damage inside a store file is found when the project is opened and told in words, never as a program error. */
class DamagedStoreTest {
    private static final OpenOptions OPTIONS = OpenOptions.of("damage test").withBackups(false);
    private static final String TEXT = BackupSafetyTest.TEXT;

    /** A project with transcripts "Carer 01" to "Carer 03", each coded once with "Attunement", over 7, 8 and 9 characters. */
    private static void threeCodedTranscripts(Path folder, String name) throws Exception {
        try (ProjectStore store = ProjectStore.create(folder, name, OPTIONS)) {
            Code code = addCode(store, "Attunement", AnalyticLevel.OPEN);
            for (int i = 1; i <= 3; i++) {
                addCoding(store, addTranscript(store, "Carer 0" + i, TEXT), code, 0, 6 + i);
            }
        }
    }

    @Test
    void aDamagedValueIsToldAtOpeningAndItsReadSaysWhatIsDamaged(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        threeCodedTranscripts(folder, "Damaged");
        BackupSafetyTest.backUp(folder);
        breakFirstCodingSelection(folder);

        List<String> warnings = new ArrayList<>();
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS.withWarnings(warnings::add))) {
            store.awaitStoreCheck();
            assertEquals(1, warnings.size(), warnings.toString());
            String warning = warnings.get(0);
            assertTrue(warning.matches(java.util.regex.Pattern.quote(folder + ": the project store is damaged: a coding in \"Carer 0")
                    + "[123]\" cannot be read; everything else can\\. .*"), warning);
            assertTrue(warning.contains("cannot be read; everything else can. The newest backup, store-")
                    && warning.contains("attune cli project restore"), warning);
            int unreadable = 0;
            for (Source source : store.project().getSources()) {
                try {
                    store.load(source);
                    store.text((TextSource) source);
                } catch (StoreDamagedException e) {
                    unreadable++;
                    assertTrue(e.getMessage().startsWith(folder + ": the project store is damaged: the codings and other details of \""
                            + source.getName() + "\" cannot be read ("), e.getMessage());
                    StoreDamagedException again = assertThrows(StoreDamagedException.class, () -> store.load(source));
                    assertEquals(e.getMessage(), again.getMessage(), "told the same each time, never half read");
                }
            }
            assertEquals(1, unreadable);
        }
    }

    @Test
    void aChangedDigitThatLeavesACodingReadableIsFoundByItsChecksum(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        threeCodedTranscripts(folder, "Digit");
        BackupSafetyTest.backUp(folder);
        assertTrue(replaceInStore(folder, "\"end\":8", "\"end\":5") > 0, "the coding's end is stored as JSON");

        List<String> warnings = new ArrayList<>();
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS.withWarnings(warnings::add))) {
            store.awaitStoreCheck();
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith(folder + ": the project store is damaged: a coding in \"Carer 02\" cannot be read"),
                    warnings.get(0));
            for (Source source : store.project().getSources()) {
                if (source.getName().equals("Carer 02")) {
                    StoreDamagedException e = assertThrows(StoreDamagedException.class, () -> store.load(source));
                    assertTrue(e.getMessage().contains("does not match its checksum") && e.getMessage().contains("The newest backup"),
                            e.getMessage());
                } else {
                    store.load(source);
                    int end = source.getName().equals("Carer 01") ? 7 : 9;
                    assertEquals(end, ((org.attune.model.TextSelection) source.getCodings().get(0).getSelection()).getEnd(), "the others read as written");
                }
            }
        }
    }

    @Test
    void aChangedLetterThatLeavesANameReadableIsFoundByItsChecksum(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Letter", OPTIONS)) {
            addCoding(store, addTranscript(store, "Carer 01", TEXT), addCode(store, "Attunement", AnalyticLevel.OPEN), 0, 6);
        }
        assertTrue(replaceInStore(folder, "Attunement", "Attunemenx") > 0, "the code's name is in a store file");
        List<String> warnings = new ArrayList<>();
        StoreException refused = assertThrows(StoreException.class, () -> ProjectStore.open(folder, OPTIONS.withWarnings(warnings::add)).close());
        assertTrue(refused.getMessage().contains("does not match its checksum"), refused.getMessage());
    }

    @Test
    void aChangedByteOfAStoredTextNeverReadsAsOtherWords() {
        String text = (TEXT + "\n").repeat(20) + "Carer: The shared review made me see her smile.";
        byte[] stored = TextContent.of(text).stored();
        int silent = 0;
        int found = 0;
        for (int at = 0; at < stored.length; at++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] damaged = stored.clone();
                damaged[at] ^= (byte) (1 << bit);
                try {
                    if (!TextContent.fromStored(damaged).text().equals(text)) {
                        silent++;
                    }
                } catch (IllegalStateException e) {
                    found++;
                }
            }
        }
        assertEquals(0, silent, "bit flips read as other words without a sign (" + found + " found)");
        assertTrue(found > stored.length * 4, found + " of " + stored.length * 8 + " flips found");
    }

    /** Replaces every occurrence of {@code from} in the store's files by {@code to} (same length); how many. */
    private static int replaceInStore(Path folder, String from, String to) throws Exception {
        byte[] key = from.getBytes(StandardCharsets.UTF_8);
        byte[] with = to.getBytes(StandardCharsets.UTF_8);
        int replaced = 0;
        try (var files = Files.walk(folder.resolve("store"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                boolean changed = false;
                for (int at = indexOf(bytes, key); at >= 0; at = indexOf(bytes, key)) {
                    System.arraycopy(with, 0, bytes, at, with.length);
                    replaced++;
                    changed = true;
                }
                if (changed) {
                    Files.write(f, bytes);
                }
            }
        }
        return replaced;
    }

    @Test
    void aStoreFileWhoseBeginningWasOverwrittenIsNotCalledEncrypted(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Zeroed", OPTIONS)) {
            addTranscript(store, "Carer 01", TEXT);
        }
        Path file = folder.resolve("store/00000000000.xd");
        byte[] bytes = Files.readAllBytes(file);
        Arrays.fill(bytes, 0, Math.min(4096, bytes.length), (byte) 0);
        Files.write(file, bytes);
        StoreException e = assertThrows(StoreException.class, () -> ProjectStore.open(folder, OPTIONS).close());
        assertTrue(!e.getMessage().contains("cipher") && e.getMessage().contains("damaged")
                && e.getMessage().contains("There is no backup to go back to."), e.getMessage());
    }

    /** Changes the ':' after the first "end" of a stored coding (a start of 0 is not written): it no longer parses. */
    private static void breakFirstCodingSelection(Path folder) throws Exception {
        byte[] key = "\"end\"".getBytes(StandardCharsets.US_ASCII);
        Path file = null;
        byte[] bytes = null;
        int at = -1;
        try (var files = Files.walk(folder.resolve("store"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                bytes = Files.readAllBytes(f);
                at = indexOf(bytes, key);
                if (at >= 0) {
                    file = f;
                    break;
                }
            }
        }
        assertTrue(file != null, "the codings are stored as JSON in a store file");
        bytes[at + key.length] = '#';
        Files.write(file, bytes);

    }

    @Test
    void aDamagedStoreIsNotBackedUpWhenABackupIsDue(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Damaged", OPTIONS)) {
            addCoding(store, addTranscript(store, "Carer 01", TEXT), addCode(store, "Attunement", AnalyticLevel.OPEN), 0, 6);
        }
        breakFirstCodingSelection(folder);
        List<String> warnings = new ArrayList<>();
        ProjectStore.open(folder, OpenOptions.of("damage test").withWarnings(warnings::add)).close(); // a backup is due: none yet
        Path backups = folder.resolve("backups");
        assertEquals(List.of(), (Files.isDirectory(backups) ? BackupSafetyTest.names(backups) : List.<String>of()).stream()
                .filter(n -> n.endsWith(".zip")).toList(),
                "a backup of the damaged store would push a sound one out");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("There is no backup to go back to."), warnings.get(0));
    }

    private static int indexOf(byte[] bytes, byte[] key) {
        for (int i = 0; i + key.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + key.length, key, 0, key.length)) {
                return i;
            }
        }
        return -1;
    }
}
