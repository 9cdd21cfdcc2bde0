package org.attune.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A transcript's text together with the bytes the store keeps of it: its UTF-8, deflated (transcripts shrink
 * to about a third, so each import writes and forces to disk that much less). Encoding is done when this is
 * made, so that a caller can make it on any thread (the importer does it on its reading threads) and the
 * action that stores it only copies the bytes.
 */
public final class TextContent {
    /** The first byte of the stored form: 1 = UTF-8, deflated (raw, without zlib header). */
    private static final byte DEFLATED_UTF8 = 1;

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
        try {
            deflater.setInput(utf8);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 2 + 64);
            out.write(DEFLATED_UTF8);
            byte[] buffer = new byte[16384];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new TextContent(text, out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    /** Reads the stored form back; throws {@link IllegalStateException} when the bytes are not one. */
    public static TextContent fromStored(byte[] stored) {
        if (stored.length == 0 || stored[0] != DEFLATED_UTF8) {
            throw new IllegalStateException("a stored text of an unknown format (" + (stored.length == 0 ? "empty" : "format " + stored[0]) + ")");
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(stored, 1, stored.length - 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 3);
            byte[] buffer = new byte[16384];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("a stored text is cut short");
                }
                out.write(buffer, 0, n);
            }
            return new TextContent(out.toString(StandardCharsets.UTF_8), stored);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a stored text is damaged (" + e.getMessage() + ")", e);
        } finally {
            inflater.end();
        }
    }

    public String text() {
        return text;
    }

    /** The bytes the store keeps (not a copy: do not change them). */
    public byte[] stored() {
        return stored;
    }
}
