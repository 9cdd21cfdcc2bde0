package org.attune.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;
import java.util.zip.Deflater;

import org.attune.store.TextContent;
import org.junit.jupiter.api.Test;

/**
 * Texts are stored as their UTF-8 with its checksum; the deflated forms older Attunes wrote (format 1 without a
 * checksum, 2 with one) are still read, as they are written here the way those versions wrote them.
 */
class TextContentFormatsTest {
    private static final String[] TEXTS = {"", "a", "Guider: What did you notice?\nCarer: She smiled, and I waited.",
            "Ünusual — 😀 ".repeat(500), "Carer: I waited.\n".repeat(5_000)};

    @Test
    void theStoredFormIsTheUtf8WithItsChecksumAndReadsBack() {
        for (String text : TEXTS) {
            byte[] stored = TextContent.of(text).stored();
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            assertEquals(1 + utf8.length + 4, stored.length, "undeflated");
            assertEquals(text, new String(stored, 1, utf8.length, StandardCharsets.UTF_8));
            assertEquals(text, TextContent.fromStored(stored).text());
        }
    }

    @Test
    void textsStoredDeflatedByAnOlderAttuneAreRead() {
        for (String text : TEXTS) {
            assertEquals(text, TextContent.fromStored(olderForm(text, true)).text(), "format 2");
            assertEquals(text, TextContent.fromStored(olderForm(text, false)).text(), "format 1");
        }
        byte[] damaged = olderForm(TEXTS[2], true);
        damaged[damaged.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> TextContent.fromStored(damaged));
        assertThrows(IllegalStateException.class, () -> TextContent.fromStored(new byte[] {9, 1, 2, 3, 4, 5}));
    }

    /** The stored form before texts were kept undeflated: format 2 (with the CRC-32C of the UTF-8) or format 1. */
    private static byte[] olderForm(String text, boolean checked) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        deflater.setStrategy(Deflater.HUFFMAN_ONLY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(checked ? 2 : 1);
        deflater.setInput(utf8);
        deflater.finish();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        if (checked) {
            CRC32C crc = new CRC32C();
            crc.update(utf8);
            out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        }
        return out.toByteArray();
    }
}
