package org.attune.store.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * Every text value Attune stores in a property (a name, a memo, the JSON of a coding's place or of a transcript's
 * turns) is kept sealed with the CRC-32C of its UTF-8: {@code \u0001<8 hex digits>\u0001<value>}. A changed byte
 * that leaves the value readable (a digit of an offset, a letter of a name) is thus found when it is read, not shown
 * as other content. A value without a seal was written before values were sealed and is
 * read as it is (schema version 6 made them sealed). Numbers and flags are stored as Xodus numbers and are not sealed.
 */
final class ValueSeals {
    private static final char MARK = '\u0001';
    private static final int DIGITS = 8;
    /** The seal's length in chars, and bytes (ASCII): it comes first. */
    static final int HEAD = DIGITS + 2;

    private ValueSeals() {
    }

    static String seal(String value) {
        return MARK + HexFormat.of().toHexDigits((int) crc(value)) + MARK + value;
    }

    /**
     * The value inside a sealed one, checked; an unsealed value as it is. Throws {@link IllegalStateException} when
     * the value does not match its seal (or the seal itself was changed).
     */
    static String open(String stored) {
        boolean markFirst = !stored.isEmpty() && stored.charAt(0) == MARK;
        boolean markAfterDigits = stored.length() >= HEAD && stored.charAt(HEAD - 1) == MARK && hex(stored);
        if (!markFirst && !markAfterDigits) {
            return stored; // written before values were sealed
        }
        if (!markFirst || !markAfterDigits) {
            throw new IllegalStateException("a stored value's checksum is damaged");
        }
        String value = stored.substring(HEAD);
        if ((int) crc(value) != HexFormat.fromHexDigits(stored, 1, 1 + DIGITS)) {
            throw new IllegalStateException("a stored value does not match its checksum");
        }
        return value;
    }

    private static boolean hex(String stored) {
        for (int i = 1; i <= DIGITS; i++) {
            if (Character.digit(stored.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static long crc(String value) {
        CRC32C crc = new CRC32C();
        crc.update(value.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
