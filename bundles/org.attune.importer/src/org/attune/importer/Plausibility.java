package org.attune.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether a file's bytes can be what its type says, for the types whose readers accept almost anything: a text
 * reader decodes random bytes as some charset and finds "words" in them, and a PDF cut short reads as a document
 * without text. The answer is a reason for the import report, or null.
 */
final class Plausibility {
    /** Enough of a file to judge it; text in any encoding has no control bytes at all, random bytes one in ten. */
    private static final int SAMPLE = 64 * 1024;
    private static final double MAX_CONTROL_SHARE = 0.01;

    private Plausibility() {
    }

    /** Why {@code file} is not text in any plausible encoding, or null when it may well be. */
    static String notText(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return notText(in.readNBytes(SAMPLE));
        }
    }

    /** Why a file starting with {@code head} (its first bytes, or all of them) is not text, or null when it may well be. */
    static String notText(byte[] head) {
        if (hasByteOrderMark(head) || looksLikeUtf16(head)) {
            return null;
        }
        int controls = 0;
        for (byte b : head) {
            if (isControl(b & 0xFF)) {
                controls++;
            }
        }
        if (controls > Math.max(2, head.length * MAX_CONTROL_SHARE)) {
            return String.format(Locale.ROOT, "it is not text, whatever its name says: %,d of its first %,d bytes are control codes"
                    + " that text in no encoding has", controls, head.length);
        }
        return null;
    }

    /** Tab, line ends, form feed, escape and a DOS end-of-file mark occur in real text files; the rest do not. */
    private static boolean isControl(int b) {
        return b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0B && b != 0x0C && b != 0x1A && b != 0x1B || b == 0x7F;
    }

    private static boolean hasByteOrderMark(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
                || b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
    }

    /** UTF-16 without a byte-order mark: Latin text has a zero in every other byte, at the same parity. */
    private static boolean looksLikeUtf16(byte[] b) {
        int even = 0;
        int odd = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int half = b.length / 2;
        return half > 0 && (even > half * 0.3 && odd < even / 20 || odd > half * 0.3 && even < odd / 20);
    }

    /** Whether a PDF lacks the {@code %%EOF} marker every complete PDF ends with (within its last kilobyte). */
    static boolean truncatedPdf(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int tail = (int) Math.min(length, 1024);
            byte[] end = new byte[tail];
            in.seek(length - tail);
            in.readFully(end);
            return lacksEndMarker(end);
        }
    }

    /** Whether a PDF held in memory (all of it) lacks the {@code %%EOF} marker within its last kilobyte. */
    static boolean truncatedPdf(byte[] pdf) {
        int tail = Math.min(pdf.length, 1024);
        return lacksEndMarker(java.util.Arrays.copyOfRange(pdf, pdf.length - tail, pdf.length));
    }

    private static boolean lacksEndMarker(byte[] end) {
        return !new String(end, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }
}
