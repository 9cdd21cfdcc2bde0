package org.attune.core;

import java.nio.file.Path;

/**
 * Attune's folders for the user, outside any project: {@code ~/.attune/logs} and {@code ~/.attune/cache}. Each can be
 * moved with a system property (the tests keep theirs in the build's folder).
 */
public final class UserFolders {
    public static final String LOGS_PROPERTY = "attune.logs";
    public static final String CACHE_PROPERTY = "attune.cache";

    private UserFolders() {
    }

    /** Log files: what libraries say about files, and the stack traces behind one-line messages. */
    public static Path logs() {
        return configured(LOGS_PROPERTY, "logs");
    }

    /** Caches that hold nothing of a project (PDFBox's list of the fonts installed on the machine). */
    public static Path cache() {
        return configured(CACHE_PROPERTY, "cache");
    }

    private static Path configured(String property, String name) {
        String configured = System.getProperty(property);
        return configured != null && !configured.isBlank() ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".attune", name);
    }
}
