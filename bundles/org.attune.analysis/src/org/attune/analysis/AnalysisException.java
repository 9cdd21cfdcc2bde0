package org.attune.analysis;

/** An analysis cannot be made as asked (an unknown attribute, coder or source); the message says which. */
public class AnalysisException extends Exception {
    private static final long serialVersionUID = 1L;

    public AnalysisException(String message) {
        super(message);
    }
}
