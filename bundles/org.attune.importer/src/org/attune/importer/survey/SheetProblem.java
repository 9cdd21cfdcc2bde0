package org.attune.importer.survey;

/** A sheet that cannot be read or imported as asked; the message names the file and the problem. */
public final class SheetProblem extends Exception {
    private static final long serialVersionUID = 1L;

    public SheetProblem(String message) {
        super(message);
    }

    public SheetProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
