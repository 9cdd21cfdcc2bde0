package org.attune.exchange;

/**
 * Limits for reading an archive from outside, against zip bombs and running out of memory: how many entries, how
 * many bytes each and all together may unpack to, how far an entry may expand beyond its compressed size, and how
 * large an entry that must be held in memory whole (a source's text, Attune's model) may be. Entries copied to
 * disk (recordings, pictures) are streamed and only count against the first limits.
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, long maxRatio, long maxWholeBytes) {
    /**
     * 10,000 entries, 4 GiB an entry (a long video), 16 GiB in all, 200:1 for entries over 1 MiB, and 128 MiB for
     * an entry read whole (more than the 50 million characters the importer takes for one text).
     */
    public static final ZipLimits DEFAULT = new ZipLimits(10_000, 4L << 30, 16L << 30, 200, 128L << 20);

    /** Entries smaller than this may expand further (tiny text files compress very well). */
    public static final long RATIO_FLOOR_BYTES = 1L << 20;

    /** Limits with the default size for entries read whole (never more than {@code maxEntryBytes}). */
    public ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, long maxRatio) {
        this(maxEntries, maxEntryBytes, maxTotalBytes, maxRatio, Math.min(maxEntryBytes, 128L << 20));
    }
}
