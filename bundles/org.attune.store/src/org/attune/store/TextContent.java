package org.attune.store;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A transcript's text together with the bytes the store keeps of it: its UTF-8 as it is, followed by its CRC-32C.
 * Deflating it (even with Huffman coding only, which kept 50-60% of the bytes) cost 0.22 ms of an import's 3 ms of
 * CPU per 68,000-character transcript; writing and syncing twice the bytes costs less than that
 * (docs/performance.md). Texts stored deflated by an older Attune are still read. Encoding is done when this is
 * made, so that a caller can make it on any thread (the importer does it on its reading threads) and the action
 * that stores it only copies the bytes.
 */
public final class TextContent {
    /** The first byte of the stored form: 1 = UTF-8, deflated (raw, without zlib header), as before version 6. */
    private static final byte DEFLATED_UTF8 = 1;
    /**
     * 2 = the same, followed by the CRC-32C of the UTF-8 (4 bytes, big-endian), checked when read: raw deflate has no
     * checksum of its own, so a changed byte could otherwise inflate to other words without a sign. Written until
     * texts were stored undeflated.
     */
    private static final byte DEFLATED_UTF8_CHECKED = 2;
    /**
     * 'T' = the UTF-8 as it is, followed by its CRC-32C (4 bytes, big-endian). The value is three or more bit flips
     * away from 1 and 2, so that one changed bit of it cannot have a text read as deflated (which format 1 would do
     * without a checksum).
     */
    private static final byte PLAIN_UTF8_CHECKED = 'T';
    private static final int CRC_BYTES = 4;

    private final String text;
    private final byte[] stored;

    private TextContent(String text, byte[] stored) {
        this.text = text;
        this.stored = stored;
    }

    /** Encodes {@code text} for the store; safe on any thread. */
    public static TextContent of(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] stored = new byte[1 + utf8.length + CRC_BYTES];
        stored[0] = PLAIN_UTF8_CHECKED;
        System.arraycopy(utf8, 0, stored, 1, utf8.length);
        ByteBuffer.wrap(stored, 1 + utf8.length, CRC_BYTES).putInt(crc(utf8, 0, utf8.length));
        return new TextContent(text, stored);
    }

    /** Reads the stored form back; throws {@link IllegalStateException} when the bytes are not one. */
    public static TextContent fromStored(byte[] stored) {
        if (stored.length > CRC_BYTES && stored[0] == PLAIN_UTF8_CHECKED) {
            int length = stored.length - 1 - CRC_BYTES;
            if (crc(stored, 1, length) != ByteBuffer.wrap(stored, stored.length - CRC_BYTES, CRC_BYTES).getInt()) {
                throw new IllegalStateException("a stored text does not match its checksum");
            }
            return new TextContent(new String(stored, 1, length, StandardCharsets.UTF_8), stored);
        }
        return inflated(stored);
    }

    /** A text as an older Attune stored it: deflated, with or without its checksum. */
    private static TextContent inflated(byte[] stored) {
        boolean checked = stored.length > CRC_BYTES && stored[0] == DEFLATED_UTF8_CHECKED;
        if (!checked && (stored.length == 0 || stored[0] != DEFLATED_UTF8)) {
            throw new IllegalStateException("a stored text of an unknown format (" + (stored.length == 0 ? "empty" : "format " + stored[0]) + ")");
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(stored, 1, stored.length - 1 - (checked ? CRC_BYTES : 0));
            ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 3);
            byte[] buffer = new byte[16384];
            boolean dummyGiven = false;
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsInput() && !dummyGiven) {
                    // raw inflate may want one byte past the stream before it sees the end (Inflater's javadoc), as for
                    // an empty text; a stream that is really cut short still ends here wanting more
                    inflater.setInput(new byte[1]);
                    dummyGiven = true;
                    continue;
                }
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("a stored text is cut short");
                }
                out.write(buffer, 0, n);
            }
            if (checked && crc(out.toByteArray(), 0, out.size()) != ByteBuffer.wrap(stored, stored.length - CRC_BYTES, CRC_BYTES).getInt()) {
                throw new IllegalStateException("a stored text does not match its checksum");
            }
            return new TextContent(out.toString(StandardCharsets.UTF_8), stored);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a stored text is damaged (" + e.getMessage() + ")", e);
        } finally {
            inflater.end();
        }
    }

    private static int crc(byte[] bytes, int from, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, length);
        return (int) crc.getValue();
    }

    public String text() {
        return text;
    }

    /** The bytes the store keeps (not a copy: do not change them). */
    public byte[] stored() {
        return stored;
    }
}
