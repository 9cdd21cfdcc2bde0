package org.attune.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.attune.model.AnalyticLevel;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jetbrains.exodus.log.LogUtil;

/**
 * An encrypted store rewritten after a withdrawal or pseudonyms (#20) is encrypted under a fresh IV, never the old
 * one: Xodus encrypts each block of its log with the IV {@code basicIV + address / block size} under the one store
 * key, so a rewritten store under the old IV would reuse the old files' key stream at every address the two share.
 * Checked on the files: the IVs of every block of the old store's files and of the new store's are two disjoint sets
 * (counted with the smallest block Xodus has, 1 KiB, so each set is a superset of the real one), over three rewrites
 * in a row; the project opens with the IV the descriptor now records, and a rewrite cut off after its store was put in
 * place but before the descriptor was written opens too (read-only and to change it) with the store's own IV.
 */
class FreshStoreIVTest {
    private static final char[] PASSPHRASE = "fresh iv test".toCharArray();
    private static final OpenOptions SEALED = OpenOptions.of("iv test").withBackups(false).withPassphrase(PASSPHRASE);
    /**
     * The on-disk formats this test checks, stated here on their own (docs/sensitive-data.md) so that a change to them
     * fails it: the file in the store folder where a rewritten store's IV waits for the descriptor; a sealed original's
     * header ("ATNSEAL1" and a 16-byte file id) and its 64 KiB chunks, each followed by a 16-byte tag.
     */
    private static final String IV_FILE = "attune-store-iv";
    private static final int HEADER = "ATNSEAL1".length() + 16;
    private static final int CHUNK = 64 * 1024;

    @Test
    void everyRewriteEncryptsUnderAFreshIVWhoseBlocksMeetNoOldOne(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Fresh IV", SEALED)) {
            for (int i = 0; i < 20; i++) {
                TextSource text = StoreFixtures.addTranscript(store, "T" + i, ("Transcript " + i + " holds Zebediah. ").repeat(400));
                StoreFixtures.addCoding(store, text, StoreFixtures.addCode(store, "Code " + i, AnalyticLevel.OPEN), 0, 10);
            }
        }
        List<Range> all = new ArrayList<>();
        all.add(blockIVs(folder));
        for (int round = 0; round < 3; round++) {
            long before = basicIV(folder);
            try (ProjectStore store = ProjectStore.open(folder, SEALED)) {
                StoreFixtures.addCode(store, "Round " + round, AnalyticLevel.OPEN);
                store.rewriteOnClose(null);
            }
            assertNotEquals(before, basicIV(folder), "round " + round + ": the rewritten store has a new IV");
            assertFalse(Files.exists(folder.resolve(ProjectStore.STORE_DIR).resolve(IV_FILE)),
                    "the descriptor records the IV once the store is in place");
            Range now = blockIVs(folder);
            for (Range earlier : all) {
                assertTrue(now.disjoint(earlier), "round " + round + ": block IVs " + now + " meet an earlier store's " + earlier);
            }
            all.add(now);
            try (ProjectStore store = ProjectStore.open(folder, SEALED)) {
                assertEquals(20 + round + 1, store.project().getCodes().size(), "the rewritten store reads with its IV");
                assertTrue(store.text((TextSource) store.project().getSources().get(19)).startsWith("Transcript 19 holds Zebediah."));
            }
        }
    }

    @Test
    void aRewriteCutOffBeforeTheDescriptorSaysItsIVOpensWithTheStoresOwn(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Cut off", SEALED)) {
            StoreFixtures.addCode(store, "Kept", AnalyticLevel.OPEN);
        }
        Path descriptor = folder.resolve("attune-project.json");
        Path copy = folder.resolve("attune-project.json.bak");
        String oldDescriptor = Files.readString(descriptor);
        String oldCopy = Files.readString(copy);
        long old = basicIV(folder);
        try (ProjectStore store = ProjectStore.open(folder, SEALED)) {
            store.rewriteOnClose(null);
        }
        long fresh = basicIV(folder);
        assertNotEquals(old, fresh);
        // as if the process stopped after putting the new store in place, before writing its IV into the descriptor
        Files.writeString(descriptor, oldDescriptor);
        Files.writeString(copy, oldCopy);
        Files.writeString(folder.resolve(ProjectStore.STORE_DIR).resolve(IV_FILE), Long.toString(fresh),
                StandardCharsets.US_ASCII);
        try (ProjectStore store = ProjectStore.open(folder, SEALED.withReadOnly(true))) {
            assertEquals("Kept", store.project().getCodes().get(0).getName());
        }
        assertEquals(old, basicIV(folder), "reading only changes nothing");
        try (ProjectStore store = ProjectStore.open(folder, SEALED)) {
            assertEquals("Kept", store.project().getCodes().get(0).getName());
        }
        assertEquals(fresh, basicIV(folder), "opening to change it writes the store's IV into the descriptor");
        assertFalse(Files.exists(folder.resolve(ProjectStore.STORE_DIR).resolve(IV_FILE)));
    }

    /**
     * The copied originals: each write of a file, also over an older one (a pseudonymised copy, an encryption in place),
     * draws a fresh file id and with it a fresh key. Seen in the bytes: all-zero plaintext encrypts to the key stream
     * itself, so a key and nonce used twice would show as two equal encrypted chunks; none are, between the chunks of
     * one file and between the old file and the new one.
     */
    @Test
    void everyWriteOfAnOriginalUsesAKeyAndNoncesNeverUsedBefore(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Originals", SEALED)) {
            Path file = tmp.resolve("p").resolve("copy.bin");
            byte[] zeros = new byte[3 * CHUNK + 100];
            java.util.Set<String> chunks = new java.util.HashSet<>();
            java.util.Set<String> ids = new java.util.HashSet<>();
            int written = 0;
            for (int round = 0; round < 3; round++) {
                store.originals().write(new java.io.ByteArrayInputStream(zeros), file); // replaces the one before
                byte[] sealed = Files.readAllBytes(file);
                int header = HEADER;
                assertTrue(ids.add(java.util.HexFormat.of().formatHex(sealed, 8, header)), "a fresh file id each write");
                for (int at = header; at < sealed.length; at += CHUNK + 16) {
                    int end = Math.min(sealed.length, at + CHUNK);
                    assertTrue(chunks.add(java.util.HexFormat.of().formatHex(sealed, at, Math.min(end, at + 4096))),
                            "round " + round + ": an encrypted chunk of zeros repeats one written before (a reused key stream)");
                    written++;
                }
                assertArrayEquals(zeros, store.originals().readAllBytes(file));
            }
            assertEquals(12, written, "four chunks a file (the last one short), three writes");
        }
    }

    /** The IVs of the blocks of every log file of the store: {@code basicIV + address / 1024} for each KiB. */
    private static Range blockIVs(Path folder) throws IOException {
        long high = 0;
        try (Stream<Path> files = Files.list(folder.resolve(ProjectStore.STORE_DIR))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".xd")).toList()) {
                high = Math.max(high, LogUtil.getAddress(file.getFileName().toString()) + Files.size(file));
            }
        }
        assertTrue(high > 0, "the store has log files");
        return new Range(basicIV(folder), (high + LogUtil.LOG_BLOCK_ALIGNMENT - 1) / LogUtil.LOG_BLOCK_ALIGNMENT);
    }

    private static long basicIV(Path folder) throws IOException {
        java.util.regex.Matcher iv = java.util.regex.Pattern.compile("\"basicIV\"\\s*:\\s*(-?\\d+)")
                .matcher(Files.readString(folder.resolve("attune-project.json")));
        assertTrue(iv.find(), "the descriptor records an IV");
        return Long.parseLong(iv.group(1));
    }

    /** The IVs {@code first}, {@code first + 1}, ... {@code first + count - 1} (wrapping as Xodus' long sum does). */
    private record Range(long first, long count) {
        boolean disjoint(Range other) {
            // other's first IV lies at least count past ours, and ours at least other.count past other's
            return Long.compareUnsigned(other.first - first, count) >= 0 && Long.compareUnsigned(first - other.first, other.count) >= 0;
        }
    }
}
