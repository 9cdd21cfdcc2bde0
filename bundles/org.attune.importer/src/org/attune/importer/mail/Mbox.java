package org.attune.importer.mail;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Splits an mbox file into its messages: each starts at a line "From " (at the start of the file or after a
 * blank line); a line "&gt;From " in a message is unescaped (mboxrd). Read as a stream, so a large mailbox is
 * never held whole.
 */
final class Mbox {
    /** What is done with each message: its place in the file (from 1) and its bytes, or null when too large. */
    interface Messages {
        void accept(int number, byte[] message) throws IOException;
    }

    private Mbox() {
    }

    static void split(Path file, long maxMessageBytes, Messages messages) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream current = null;
            boolean tooLarge = false;
            boolean afterBlank = true;
            int number = 0;
            byte[] line;
            while ((line = readLine(in, maxMessageBytes + 1)) != null) {
                if (afterBlank && startsWith(line, "From ")) {
                    if (number > 0) {
                        messages.accept(number, tooLarge ? null : withoutLastBlankLine(current.toByteArray()));
                    }
                    number++;
                    current = new ByteArrayOutputStream();
                    tooLarge = false;
                    afterBlank = false;
                    continue;
                }
                afterBlank = isBlank(line);
                if (current == null) { // text before the first "From " line: not a message
                    continue;
                }
                if (!tooLarge) {
                    int skip = line.length > 0 && line[0] == '>' && unescapes(line) ? 1 : 0;
                    current.write(line, skip, line.length - skip);
                    tooLarge = current.size() > maxMessageBytes;
                    if (tooLarge) {
                        current = new ByteArrayOutputStream();
                    }
                }
            }
            if (number > 0) {
                messages.accept(number, tooLarge ? null : current.toByteArray());
            }
        }
    }

    /** ">From ", ">>From ": one '>' was added when the message was stored. */
    private static boolean unescapes(byte[] line) {
        int i = 0;
        while (i < line.length && line[i] == '>') {
            i++;
        }
        return new String(line, i, Math.min(5, line.length - i), StandardCharsets.ISO_8859_1).equals("From ");
    }

    /** One line with its line break (at most {@code limit} bytes of it: a longer one makes its message too large), or null at the end. */
    private static byte[] readLine(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        boolean any = false;
        while ((b = in.read()) >= 0) {
            any = true;
            if (line.size() < limit) {
                line.write(b);
            }
            if (b == '\n') {
                break;
            }
        }
        return any ? line.toByteArray() : null;
    }

    private static boolean startsWith(byte[] line, String prefix) {
        return line.length >= prefix.length() && new String(line, 0, prefix.length(), StandardCharsets.ISO_8859_1).equals(prefix);
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != '\r' && b != '\n' && b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The blank line before the next "From " belongs to the mailbox, not to the message. */
    private static byte[] withoutLastBlankLine(byte[] message) {
        int end = message.length;
        if (end > 0 && message[end - 1] == '\n') {
            end--;
            if (end > 0 && message[end - 1] == '\r') {
                end--;
            }
        }
        return end == message.length ? message : java.util.Arrays.copyOf(message, end);
    }
}
