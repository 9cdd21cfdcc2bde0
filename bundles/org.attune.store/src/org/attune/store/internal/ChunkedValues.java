package org.attune.store.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jetbrains.exodus.ArrayByteIterable;
import jetbrains.exodus.ByteIterable;
import jetbrains.exodus.ByteIterableBase;
import jetbrains.exodus.bindings.StringBinding;
import jetbrains.exodus.env.Store;
import jetbrains.exodus.env.Transaction;

/**
 * Values of any length in a Xodus store of keys and values (texts, long values). Xodus cannot write one value
 * larger than a log file (8 MiB; "Can't write a loggable which size is greater than file size"), so a value over
 * {@value #CHUNK} bytes is kept as chunks under {@code <key>#<n>}, and the key itself holds a header with their
 * count (an edited transcript's text in chunks of {@value #TEXT_CHUNK} bytes once longer than that; any chunk size
 * reads back). The header starts with byte 0xFF, which begins neither UTF-8 nor a stored text, so a value written whole
 * (every value before schema version 5) reads as before.
 */
final class ChunkedValues {
    static final int CHUNK = 1 << 20;
    private static final byte[] HEADER = "\u00ffchunks ".getBytes(StandardCharsets.ISO_8859_1);
    private static final int MAX_HEADER = HEADER.length + 10;

    private ChunkedValues() {
    }

    /**
     * The chunk size of a transcript's text once it is edited (a text is written whole, or in chunks of {@link #CHUNK},
     * when it is added): small, so that a key typed into a long transcript writes the chunk it changed (and those after
     * it), not the whole text again (docs/performance.md, "Typing into a transcript").
     */
    static final int TEXT_CHUNK = 8 << 10;

    /** @param fresh nothing was stored under {@code key} before: no old chunks to look for */
    static void put(Store store, Transaction txn, String key, byte[] value, boolean fresh) {
        put(store, txn, key, value, fresh, CHUNK);
    }

    /**
     * As {@link #put(Store, Transaction, String, byte[], boolean)} in chunks of {@code size} bytes; a chunk that holds
     * the same bytes as before is not written again.
     */
    static void put(Store store, Transaction txn, String key, byte[] value, boolean fresh, int size) {
        int old = fresh ? 0 : chunkCount(store.get(txn, entry(key)));
        int count = value.length <= size ? 0 : (value.length + size - 1) / size;
        for (int i = 0; i < count; i++) {
            byte[] chunk = Arrays.copyOfRange(value, i * size, Math.min(value.length, (i + 1) * size));
            ByteIterable before = i < old ? store.get(txn, chunkKey(key, i)) : null;
            if (before == null || !Arrays.equals(ByteIterableBase.readIterable(before), chunk)) {
                store.put(txn, chunkKey(key, i), new ArrayByteIterable(chunk));
            }
        }
        for (int i = count; i < old; i++) {
            store.delete(txn, chunkKey(key, i));
        }
        store.put(txn, entry(key), new ArrayByteIterable(count == 0 ? value : header(count)));
    }

    /** The value under {@code key}, its chunks put together; null when there is none. */
    static byte[] get(Store store, Transaction txn, String key) {
        ByteIterable stored = store.get(txn, entry(key));
        if (stored == null) {
            return null;
        }
        byte[] bytes = ByteIterableBase.readIterable(stored);
        int count = chunkCount(bytes);
        if (count == 0) {
            return bytes;
        }
        byte[][] chunks = new byte[count][];
        long length = 0;
        for (int i = 0; i < count; i++) {
            ByteIterable chunk = store.get(txn, chunkKey(key, i));
            if (chunk == null) {
                throw new IllegalStateException("part " + (i + 1) + " of " + count + " of a long value is missing");
            }
            chunks[i] = ByteIterableBase.readIterable(chunk);
            length += chunks[i].length;
        }
        ByteArrayOutputStream whole = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, length));
        for (byte[] chunk : chunks) {
            whole.writeBytes(chunk); // chunks of any size read back: CHUNK, TEXT_CHUNK
        }
        return whole.toByteArray();
    }

    /** Deletes the value under {@code key} and its chunks. */
    static void delete(Store store, Transaction txn, String key) {
        int count = chunkCount(store.get(txn, entry(key)));
        for (int i = 0; i < count; i++) {
            store.delete(txn, chunkKey(key, i));
        }
        store.delete(txn, entry(key));
    }

    /** Read only when short enough to be a header, so that replacing a whole value does not copy it first. */
    private static int chunkCount(ByteIterable stored) {
        return stored == null || stored.getLength() > MAX_HEADER ? 0 : chunkCount(ByteIterableBase.readIterable(stored));
    }

    private static int chunkCount(byte[] bytes) {
        if (bytes.length <= HEADER.length || bytes.length > MAX_HEADER
                || !Arrays.equals(bytes, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            return 0;
        }
        return Integer.parseInt(new String(bytes, HEADER.length, bytes.length - HEADER.length, StandardCharsets.ISO_8859_1));
    }

    private static byte[] header(int count) {
        byte[] digits = Integer.toString(count).getBytes(StandardCharsets.ISO_8859_1);
        byte[] header = Arrays.copyOf(HEADER, HEADER.length + digits.length);
        System.arraycopy(digits, 0, header, HEADER.length, digits.length);
        return header;
    }

    static ByteIterable entry(String key) {
        return StringBinding.stringToEntry(key);
    }

    private static ByteIterable chunkKey(String key, int index) {
        return StringBinding.stringToEntry(key + "#" + index);
    }
}
