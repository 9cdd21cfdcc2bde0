package org.attune.importer;

/**
 * How to import.
 *
 * @param copy copy files into the project's {@value Importer#SOURCES_DIR}/ folder (else link them by a path
 *        relative to the project)
 * @param language BCP 47 language of the material, e.g. "en"
 * @param sizeLimitBytes files larger than this are refused
 * @param linkMedia link each transcript to the recording with the same base name
 * @param caseName a case (participant) every imported source is assigned to, created if new; null for none
 */
public record ImportOptions(boolean copy, String language, long sizeLimitBytes, boolean linkMedia, String caseName) {
    public static final long DEFAULT_SIZE_LIMIT = 4L * 1024 * 1024 * 1024;

    public static ImportOptions defaults() {
        return new ImportOptions(true, "en", DEFAULT_SIZE_LIMIT, true, null);
    }

    public ImportOptions withCopy(boolean copyFiles) {
        return new ImportOptions(copyFiles, language, sizeLimitBytes, linkMedia, caseName);
    }

    public ImportOptions withLanguage(String code) {
        return new ImportOptions(copy, code, sizeLimitBytes, linkMedia, caseName);
    }

    public ImportOptions withCase(String name) {
        return new ImportOptions(copy, language, sizeLimitBytes, linkMedia, name);
    }

    public ImportOptions withSizeLimit(long bytes) {
        return new ImportOptions(copy, language, bytes, linkMedia, caseName);
    }
}
