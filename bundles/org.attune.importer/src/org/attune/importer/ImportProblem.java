package org.attune.importer;

/** A file cannot be imported; the message is the reason, shown after the file's name. */
final class ImportProblem extends Exception {
    private static final long serialVersionUID = 1L;
    final ImportOutcome.Status status;

    ImportProblem(ImportOutcome.Status status, String reason) {
        super(reason);
        this.status = status;
    }

    ImportProblem(String reason, Throwable cause) {
        super(reason, cause);
        this.status = ImportOutcome.Status.FAILED;
    }
}
