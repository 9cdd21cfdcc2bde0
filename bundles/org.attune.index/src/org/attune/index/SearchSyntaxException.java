package org.attune.index;

/** A query that does not follow the search syntax; the message says where, for a person to fix it. */
public class SearchSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    public SearchSyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
