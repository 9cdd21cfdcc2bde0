package org.attune.store;

import java.nio.file.Path;

/** The project is encrypted and the passphrase given is not its passphrase (or none was given). */
public class WrongPassphraseException extends StoreException {
    private static final long serialVersionUID = 1L;

    public WrongPassphraseException(Path folder, boolean given) {
        super(folder, given ? "wrong passphrase for this encrypted project"
                : "the project is encrypted; a passphrase is needed to open it");
    }
}
