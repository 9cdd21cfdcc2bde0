package org.attune.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.attune.core.CountedInputStream;
import org.attune.core.Printable;
import org.attune.exchange.ExchangeException;
import org.attune.exchange.ZipLimits;

/**
 * A zip archive from outside, read defensively: entry names must be relative paths without "..", the number of
 * entries and what they unpack to are limited (counted while reading, not trusted from the headers), and an entry
 * may not expand more than the limit's ratio.
 */
public final class SafeZip implements AutoCloseable {
    private final Path file;
    private final ZipFile zip;
    private final ZipLimits limits;
    private final List<String> names;
    private long totalRead;

    private SafeZip(Path file, ZipFile zip, ZipLimits limits, List<String> names) {
        this.file = file;
        this.zip = zip;
        this.limits = limits;
        this.names = names;
    }

    public static SafeZip open(Path file, ZipLimits limits) throws ExchangeException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new ExchangeException(file, "not a zip archive (" + e.getMessage() + "); a .qdpx file is a zip of project.qde and sources/");
        }
        try {
            List<String> names = new ArrayList<>();
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (names.size() >= limits.maxEntries()) {
                    throw new ExchangeException(file, "the archive has more than " + limits.maxEntries() + " entries; refused as a possible zip bomb");
                }
                checkName(file, entry.getName());
                names.add(entry.getName());
            }
            return new SafeZip(file, zip, limits, Collections.unmodifiableList(names));
        } catch (ExchangeException | RuntimeException e) {
            closeQuietly(zip);
            throw e instanceof ExchangeException x ? x : new ExchangeException(file, "the archive is damaged (" + e.getMessage() + ")", e);
        }
    }

    /** Refuses absolute names, drive letters, backslashes and ".." segments (zip-slip). */
    static void checkName(Path file, String name) throws ExchangeException {
        String problem = null;
        if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.contains("\\")
                || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0) {
            problem = "an absolute or malformed path";
        } else {
            for (String segment : name.split("/")) {
                if (segment.equals("..")) {
                    problem = "a path that leaves the archive (\"..\")";
                }
            }
        }
        if (problem != null) {
            throw new ExchangeException(file, "the entry \"" + Printable.of(name) + "\" has " + problem + "; refused (zip-slip)");
        }
    }

    public List<String> names() {
        return names;
    }

    public boolean has(String name) {
        return zip.getEntry(name) != null;
    }

    /** The entry's bytes as a stream that fails once the limits are passed; for entries copied to disk. */
    public InputStream open(String name) throws ExchangeException {
        ZipEntry entry = entry(name);
        return limited(entry, limits.maxEntryBytes(), "the limit for one entry; refused as a possible zip bomb");
    }

    /**
     * As {@link #open(String)}, for an entry the caller holds in memory whole: it may unpack to at most
     * {@link ZipLimits#maxWholeBytes()}, so that a huge text is refused with a message rather than ending in an
     * OutOfMemoryError. An entry whose header says it is larger is refused before anything is read.
     */
    public InputStream openWhole(String name) throws ExchangeException, LimitExceeded {
        ZipEntry entry = entry(name);
        long max = Math.min(limits.maxEntryBytes(), limits.maxWholeBytes());
        String why = "the most Attune holds in memory for one entry (a source's text); refused";
        if (entry.getSize() > max) {
            throw new LimitExceeded(tooLarge(name, max, why));
        }
        return limited(entry, max, why);
    }

    private ZipEntry entry(String name) throws ExchangeException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new ExchangeException(file, "the archive has no entry \"" + name + "\"");
        }
        return entry;
    }

    private InputStream limited(ZipEntry entry, long max, String why) throws ExchangeException {
        try {
            return new Limited(zip.getInputStream(entry), entry.getName(), entry.getCompressedSize(), max, why);
        } catch (IOException e) {
            throw new ExchangeException(file, "the entry \"" + entry.getName() + "\" cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String tooLarge(String name, long max, String why) {
        return String.format(Locale.ROOT, "the entry \"%s\" unpacks to more than %,d bytes, %s", Printable.of(name), max, why);
    }

    /** Thrown (unchecked, through the stream) when an entry passes a limit. */
    public static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message);
        }
    }

    private final class Limited extends CountedInputStream {
        private final String name;
        private final long compressed;
        private final long max;
        private final String why;
        private long read;

        Limited(InputStream in, String name, long compressed, long max, String why) {
            super(in);
            this.name = name;
            this.compressed = compressed;
            this.max = max;
            this.why = why;
        }

        @Override
        protected void counted(int n) throws LimitExceeded {
            read += n;
            totalRead += n;
            if (read > max) {
                throw new LimitExceeded(tooLarge(name, max, why));
            }
            if (totalRead > limits.maxTotalBytes()) {
                throw new LimitExceeded(String.format(Locale.ROOT, "the archive unpacks to more than %,d bytes (the limit for all entries,"
                        + " reached at \"%s\"); refused as a possible zip bomb", limits.maxTotalBytes(), Printable.of(name)));
            }
            if (read > ZipLimits.RATIO_FLOOR_BYTES && compressed > 0 && read / compressed > limits.maxRatio()) {
                throw new LimitExceeded(String.format(Locale.ROOT, "the entry \"%s\" expands more than %d times its compressed size; refused as a possible zip bomb",
                        Printable.of(name), limits.maxRatio()));
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // nothing was written through it
        }
    }
}
