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
 * count. The header starts with byte 0xFF, which begins neither UTF-8 nor a stored text, so a value written
 * whole (every value before schema version 5) reads as before.
 */
final class ChunkedValues {
    static final int CHUNK = 1 << 20;
    private static final byte[] HEADER = "\u00ffchunks ".getBytes(StandardCharsets.ISO_8859_1);
    private static final int MAX_HEADER = HEADER.length + 10;

    private ChunkedValues() {
    }

    /** @param fresh nothing was stored under {@code key} before: no old chunks to look for */
    static void put(Store store, Transaction txn, String key, byte[] value, boolean fresh) {
        int old = fresh ? 0 : chunkCount(store.get(txn, entry(key)));
        int count = value.length <= CHUNK ? 0 : (value.length + CHUNK - 1) / CHUNK;
        for (int i = 0; i < count; i++) {
            byte[] chunk = Arrays.copyOfRange(value, i * CHUNK, Math.min(value.length, (i + 1) * CHUNK));
            store.put(txn, chunkKey(key, i), new ArrayByteIterable(chunk));
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
        ByteArrayOutputStream whole = new ByteArrayOutputStream(count * CHUNK);
        for (int i = 0; i < count; i++) {
            ByteIterable chunk = store.get(txn, chunkKey(key, i));
            if (chunk == null) {
                throw new IllegalStateException("part " + (i + 1) + " of " + count + " of a long value is missing");
            }
            whole.writeBytes(ByteIterableBase.readIterable(chunk));
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
