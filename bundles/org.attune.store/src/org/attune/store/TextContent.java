package org.attune.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32C;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A transcript's text together with the bytes the store keeps of it: its UTF-8, deflated with Huffman coding only
 * (no search for repeated strings). The import's transcripts keep 50-60% of their UTF-8 size that way, against 47-53%
 * with deflate's fastest search for repeated strings, which takes 0.55 ms of CPU for 68,000 characters instead of
 * 0.31 ms; any inflater reads both. Encoding is done when this is
 * made, so that a caller can make it on any thread (the importer does it on its reading threads) and the
 * action that stores it only copies the bytes.
 */
public final class TextContent {
    /** The first byte of the stored form: 1 = UTF-8, deflated (raw, without zlib header), as before version 6. */
    private static final byte DEFLATED_UTF8 = 1;
    /**
     * 2 = the same, followed by the CRC-32C of the UTF-8 (4 bytes, big-endian), checked when read: raw deflate has no
     * checksum of its own, so a changed byte could otherwise inflate to other words without a sign.
     */
    private static final byte DEFLATED_UTF8_CHECKED = 2;
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
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        deflater.setStrategy(Deflater.HUFFMAN_ONLY);
        try {
            deflater.setInput(utf8);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 2 + 64);
            out.write(DEFLATED_UTF8_CHECKED);
            byte[] buffer = new byte[16384];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            out.writeBytes(ByteBuffer.allocate(CRC_BYTES).putInt(crc(utf8, utf8.length)).array());
            return new TextContent(text, out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    /** Reads the stored form back; throws {@link IllegalStateException} when the bytes are not one. */
    public static TextContent fromStored(byte[] stored) {
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
            if (checked && crc(out.toByteArray(), out.size()) != ByteBuffer.wrap(stored, stored.length - CRC_BYTES, CRC_BYTES).getInt()) {
                throw new IllegalStateException("a stored text does not match its checksum");
            }
            return new TextContent(out.toString(StandardCharsets.UTF_8), stored);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a stored text is damaged (" + e.getMessage() + ")", e);
        } finally {
            inflater.end();
        }
    }

    private static int crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
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
