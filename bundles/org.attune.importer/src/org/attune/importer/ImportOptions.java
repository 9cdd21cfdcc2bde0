package org.attune.importer;

/**
 * How to import.
 *
 * @param copy copy files into the project's {@value Importer#SOURCES_DIR}/ folder (else link them by a path
 *        relative to the project)
 * @param language BCP 47 language of the material, e.g. "en"
 * @param sizeLimitBytes files larger than this are refused
 * @param linkMedia link each transcript to the recording with the same base name
 */
public record ImportOptions(boolean copy, String language, long sizeLimitBytes, boolean linkMedia) {
    public static final long DEFAULT_SIZE_LIMIT = 4L * 1024 * 1024 * 1024;

    public static ImportOptions defaults() {
        return new ImportOptions(true, "en", DEFAULT_SIZE_LIMIT, true);
    }

    public ImportOptions withCopy(boolean copyFiles) {
        return new ImportOptions(copyFiles, language, sizeLimitBytes, linkMedia);
    }

    public ImportOptions withLanguage(String code) {
        return new ImportOptions(copy, code, sizeLimitBytes, linkMedia);
    }

    public ImportOptions withSizeLimit(long bytes) {
        return new ImportOptions(copy, language, bytes, linkMedia);
    }
}
