package org.attune.exchange;

/**
 * Limits for reading an archive from outside, against zip bombs: how many entries, how many bytes each and all
 * together may unpack to, and how far an entry may expand beyond its compressed size.
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, long maxRatio) {
    /** 10,000 entries, 4 GiB an entry (a long video), 16 GiB in all, and 200:1 for entries over 1 MiB. */
    public static final ZipLimits DEFAULT = new ZipLimits(10_000, 4L << 30, 16L << 30, 200);

    /** Entries smaller than this may expand further (tiny text files compress very well). */
    public static final long RATIO_FLOOR_BYTES = 1L << 20;
}
