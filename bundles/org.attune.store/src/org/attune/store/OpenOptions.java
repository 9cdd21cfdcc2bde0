package org.attune.store;

import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * How to open or create a project.
 *
 * @param passphrase for an encrypted project (null: not encrypted / none given)
 * @param holder names this program in the project lock, e.g. "Attune workbench" or "attune cli"
 * @param durable whether every commit is forced to disk before it is acknowledged (true for real use)
 * @param backups whether to keep rolling backups (made in the background after opening)
 * @param readOnly open to read only (e.g. another copy of a project being merged): nothing is written to the
 *        store, no user is added, no backup is made, an older project is not migrated, and actions are refused
 * @param warnings told, while the project opens, what the user must know although it opened: a damaged
 *        descriptor that was repaired, a store that holds less than when it was last saved
 * @param randomKey whether the passphrase of a project created is a random key of full strength (a team project's
 *        working copy makes one for each run) rather than one a person chose: it is not stretched, as stretching a
 *        person's passphrase (Argon2, about a second) adds nothing to 256 random bits
 */
public record OpenOptions(char[] passphrase, String holder, boolean durable, boolean backups, boolean readOnly,
        Consumer<String> warnings, boolean randomKey) {
    private static final Logger LOG = Logger.getLogger(OpenOptions.class.getName());

    public static OpenOptions of(String holder) {
        return new OpenOptions(null, holder, true, true, false, LOG::warning, false);
    }

    public OpenOptions withPassphrase(char[] secret) {
        return new OpenOptions(secret, holder, durable, backups, readOnly, warnings, false);
    }

    public OpenOptions withBackups(boolean keep) {
        return new OpenOptions(passphrase, holder, durable, keep, readOnly, warnings, randomKey);
    }

    public OpenOptions withDurable(boolean force) {
        return new OpenOptions(passphrase, holder, force, backups, readOnly, warnings, randomKey);
    }

    public OpenOptions withReadOnly(boolean readOnlyAccess) {
        return new OpenOptions(passphrase, holder, durable, backups, readOnlyAccess, warnings, randomKey);
    }

    public OpenOptions withWarnings(Consumer<String> to) {
        return new OpenOptions(passphrase, holder, durable, backups, readOnly, to, randomKey);
    }

    /** As {@link #withPassphrase}, for a random key of full strength made by the program ({@code randomKey}). */
    public OpenOptions withRandomKey(char[] key) {
        return new OpenOptions(key, holder, durable, backups, readOnly, warnings, true);
    }
}
