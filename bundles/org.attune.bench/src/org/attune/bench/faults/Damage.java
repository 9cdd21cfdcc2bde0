package org.attune.bench.faults;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Random;

/** One way to damage a file: flip a few bytes, cut it short, or overwrite a 4 KiB block with zeros. */
enum Damage {
    FLIP, TRUNCATE, ZERO_BLOCK;

    /** Damages {@code file}; returns what was done, for the report. */
    String apply(Path file, Random random) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long length = f.length();
            if (length == 0) {
                f.write(new byte[] {(byte) 0xFF});
                return "wrote a byte into the empty file";
            }
            switch (this) {
                case FLIP -> {
                    for (int i = 0; i < 8; i++) {
                        long at = (long) (random.nextDouble() * length);
                        f.seek(at);
                        int b = f.read();
                        f.seek(at);
                        f.write(b ^ (1 << random.nextInt(8)));
                    }
                    return "flipped 8 bits";
                }
                case TRUNCATE -> {
                    long keep = (long) (random.nextDouble() * length);
                    f.setLength(keep);
                    return "cut from " + length + " to " + keep + " bytes";
                }
                default -> {
                    long at = (long) (random.nextDouble() * Math.max(1, length - 4096));
                    f.seek(at);
                    f.write(new byte[(int) Math.min(4096, length - at)]);
                    return "zeroed 4 KiB at " + at;
                }
            }
        }
    }
}
