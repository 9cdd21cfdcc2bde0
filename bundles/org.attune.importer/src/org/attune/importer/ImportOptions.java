package org.attune.importer;

import java.util.Map;

/**
 * How to import.
 *
 * @param copy copy files into the project's {@value Importer#SOURCES_DIR}/ folder (else link them by a path
 *        relative to the project)
 * @param language BCP 47 language of the material, e.g. "en"
 * @param sizeLimitBytes files larger than this are refused
 * @param linkMedia link each transcript to the recording with the same base name
 * @param caseName a case (participant) every imported source is assigned to, created if new; null for none
 * @param senderCases the case of an e-mail's sender, by the sender's address or name (compared ignoring upper and
 *        lower case), created if new; it wins over matching the sender to a case by name
 * @param splitHeadings split documents (case notes, forms) into parts at their headings: a docx's heading
 *        paragraphs and lines such as "Reason for referral:"
 */
public record ImportOptions(boolean copy, String language, long sizeLimitBytes, boolean linkMedia, String caseName,
        Map<String, String> senderCases, boolean splitHeadings) {
    public static final long DEFAULT_SIZE_LIMIT = 4L * 1024 * 1024 * 1024;

    public ImportOptions {
        senderCases = senderCases == null ? Map.of() : Map.copyOf(senderCases);
    }

    public ImportOptions(boolean copy, String language, long sizeLimitBytes, boolean linkMedia, String caseName) {
        this(copy, language, sizeLimitBytes, linkMedia, caseName, Map.of(), false);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(true, "en", DEFAULT_SIZE_LIMIT, true, null);
    }

    public ImportOptions withCopy(boolean copyFiles) {
        return new ImportOptions(copyFiles, language, sizeLimitBytes, linkMedia, caseName, senderCases, splitHeadings);
    }

    public ImportOptions withLanguage(String code) {
        return new ImportOptions(copy, code, sizeLimitBytes, linkMedia, caseName, senderCases, splitHeadings);
    }

    public ImportOptions withCase(String name) {
        return new ImportOptions(copy, language, sizeLimitBytes, linkMedia, name, senderCases, splitHeadings);
    }

    public ImportOptions withSizeLimit(long bytes) {
        return new ImportOptions(copy, language, bytes, linkMedia, caseName, senderCases, splitHeadings);
    }

    /** With these senders' cases (address or name to case name). */
    public ImportOptions withSenderCases(Map<String, String> cases) {
        return new ImportOptions(copy, language, sizeLimitBytes, linkMedia, caseName, cases, splitHeadings);
    }

    /** Splitting documents at their headings, or not. */
    public ImportOptions withSplitHeadings(boolean split) {
        return new ImportOptions(copy, language, sizeLimitBytes, linkMedia, caseName, senderCases, split);
    }

    /** The case named for a sender with this address or name, or null. */
    public String caseForSender(String address, String name) {
        for (Map.Entry<String, String> e : senderCases.entrySet()) {
            String key = e.getKey().strip();
            if (address != null && key.equalsIgnoreCase(address.strip()) || name != null && key.equalsIgnoreCase(name.strip())) {
                return e.getValue();
            }
        }
        return null;
    }
}
