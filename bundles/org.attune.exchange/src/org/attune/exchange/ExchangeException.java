package org.attune.exchange;

import java.nio.file.Path;

/** An exchange file that cannot be read or written; the message names the file and the problem. */
public class ExchangeException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExchangeException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public ExchangeException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
