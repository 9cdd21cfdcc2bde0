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

    /** The bytes at a value's end that differ after every edit (a stored text's checksum, TextContent): a chunk of their own. */
    static final int TRAILER = 4;

    /** @param fresh nothing was stored under {@code key} before: no old chunks to look for */
    static void put(Store store, Transaction txn, String key, byte[] value, boolean fresh) {
        put(store, txn, key, value, fresh, CHUNK);
    }

    /**
     * As {@link #put(Store, Transaction, String, byte[], boolean)} in chunks of about {@code size} bytes, written so that
     * an edit writes the chunk it falls in, not those after it: the chunks at the start and at the end that hold the
     * same bytes as before are kept as they are, and the new bytes between them take the places of the chunks they
     * replace (a chunk grows or shrinks with the edit, up to {@code 2 * size} bytes, then the chunks from there on are
     * laid out again). The chunks stay {@code <key>#0 ... #n-1} of any length, as every Attune reads them.
     */
    static void put(Store store, Transaction txn, String key, byte[] value, boolean fresh, int size) {
        put(store, txn, key, value, fresh, size, 0, TRAILER);
    }

    /**
     * As {@link #put(Store, Transaction, String, byte[], boolean, int)} for a value whose first {@code head} and last
     * {@code tail} bytes change with every edit (a checksum: ValueSeals puts one first, TextContent last): each is a
     * chunk of its own, written again with the chunks the edit changed, so that the others stay.
     */
    static void put(Store store, Transaction txn, String key, byte[] value, boolean fresh, int size, int head, int tail) {
        int old = fresh ? 0 : chunkCount(store.get(txn, entry(key)));
        if (value.length <= size || old == 0) {
            finish(store, txn, key, value, old, value.length <= size ? 0 : writeChunks(store, txn, key, value, 0, 0, size, head, tail));
            return;
        }
        byte[][] before = new byte[old][];
        for (int i = 0; i < old; i++) {
            ByteIterable chunk = store.get(txn, chunkKey(key, i));
            before[i] = chunk == null ? new byte[0] : ByteIterableBase.readIterable(chunk);
        }
        int first = 0; // chunks [0, first) are unchanged (or only their head), holding value[0, from)
        int from = 0;
        byte[] start = before[0];
        if (head > 0 && old > 1 && start.length >= head && start.length <= value.length
                && Arrays.equals(start, head, start.length, value, head, start.length)) {
            if (!Arrays.equals(start, 0, head, value, 0, head)) {
                store.put(txn, chunkKey(key, 0), new ArrayByteIterable(Arrays.copyOfRange(value, 0, start.length)));
            }
            from = start.length;
            first = 1;
        }
        while (first < old && from + before[first].length <= value.length
                && Arrays.equals(before[first], 0, before[first].length, value, from, from + before[first].length)) {
            from += before[first++].length;
        }
        int last = old; // chunks [last, old) are unchanged, holding value[to, length)
        int to = value.length;
        // a stored text ends with the checksum of the whole (TextContent), different after every edit: the last chunk
        // keeps its place when only its last TRAILER bytes differ, and only it is written again (the chunks are laid
        // out with those bytes as a chunk of their own)
        byte[] end = before[old - 1];
        if (tail > 0 && old - 1 > first && end.length >= tail && to - end.length >= from
                && Arrays.equals(end, 0, end.length - tail, value, to - end.length, to - tail)) {
            if (!Arrays.equals(end, 0, end.length, value, to - end.length, to)) {
                store.put(txn, chunkKey(key, old - 1), new ArrayByteIterable(Arrays.copyOfRange(value, to - end.length, to)));
            }
            to -= end.length;
            last--;
        }
        while (last > first && to - before[last - 1].length >= from
                && Arrays.equals(before[last - 1], 0, before[last - 1].length, value, to - before[last - 1].length, to)) {
            to -= before[--last].length;
        }
        if (first == last && from < to) { // bytes inserted between two chunks: they join the one before (or after)
            if (first > 0) {
                from -= before[--first].length;
            } else if (last < old) {
                to += before[last++].length;
            }
        }
        int replaced = last - first;
        int middle = to - from;
        if (replaced > 0 && middle >= replaced && middle <= replaced * 2L * size) {
            // the new bytes in the places of the chunks they replace, shared out evenly: the chunks after stay
            for (int i = 0; i < replaced; i++) {
                int a = from + (int) ((long) middle * i / replaced);
                int b = from + (int) ((long) middle * (i + 1) / replaced);
                store.put(txn, chunkKey(key, first + i), new ArrayByteIterable(Arrays.copyOfRange(value, a, b)));
            }
            return; // the same count: the header stays
        }
        // laid out again from the first changed chunk (nothing to write when the value is what it was)
        finish(store, txn, key, value, old, from == value.length ? first : writeChunks(store, txn, key, value, from, first, size, head, tail));
    }

    /**
     * Writes {@code value[from...]} as chunks {@code first ...} of {@code size} bytes, its first {@code head} and last
     * {@code tail} bytes as chunks of their own; returns the count of chunks in all ({@code first} and those written).
     */
    private static int writeChunks(Store store, Transaction txn, String key, byte[] value, int from, int first, int size, int head,
            int tail) {
        int body = value.length - tail;
        int count = first;
        int at = from;
        if (from == 0 && head > 0 && head < body) {
            store.put(txn, chunkKey(key, count++), new ArrayByteIterable(Arrays.copyOfRange(value, 0, head)));
            at = head;
        }
        for (; at < body; at += size) {
            store.put(txn, chunkKey(key, count++), new ArrayByteIterable(Arrays.copyOfRange(value, at, Math.min(body, at + size))));
        }
        if (Math.max(from, body) < value.length) {
            store.put(txn, chunkKey(key, count++), new ArrayByteIterable(Arrays.copyOfRange(value, Math.max(from, body), value.length)));
        }
        return count;
    }

    /** Deletes the chunks beyond {@code count} and writes the header (or the value whole when {@code count} is 0). */
    private static void finish(Store store, Transaction txn, String key, byte[] value, int old, int count) {
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
