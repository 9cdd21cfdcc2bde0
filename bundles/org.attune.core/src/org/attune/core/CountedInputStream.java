package org.attune.core;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that tells {@link #counted} how many bytes each read gave: the one home of counting what is read,
 * for the limits on what a file may unpack to (a zip bomb, a sheet far beyond what it claims).
 */
public abstract class CountedInputStream extends FilterInputStream {

    protected CountedInputStream(InputStream in) {
        super(in);
    }

    /** Called after each read that gave bytes, with how many; throw to end the reading. */
    protected abstract void counted(int bytes) throws IOException;

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }
}
