package org.attune.store;

/**
 * How to open or create a project.
 *
 * @param passphrase for an encrypted project (null: not encrypted / none given)
 * @param holder names this program in the project lock, e.g. "Attune workbench" or "attune cli"
 * @param durable whether every commit is forced to disk before it is acknowledged (true for real use)
 * @param backups whether to keep rolling backups (made in the background after opening)
 * @param readOnly open to read only (e.g. another copy of a project being merged): nothing is written to the
 *        store, no user is added, no backup is made, an older project is not migrated, and actions are refused
 */
public record OpenOptions(char[] passphrase, String holder, boolean durable, boolean backups, boolean readOnly) {
    public static OpenOptions of(String holder) {
        return new OpenOptions(null, holder, true, true, false);
    }

    public OpenOptions withPassphrase(char[] secret) {
        return new OpenOptions(secret, holder, durable, backups, readOnly);
    }

    public OpenOptions withBackups(boolean keep) {
        return new OpenOptions(passphrase, holder, durable, keep, readOnly);
    }

    public OpenOptions withDurable(boolean force) {
        return new OpenOptions(passphrase, holder, force, backups, readOnly);
    }

    public OpenOptions withReadOnly(boolean readOnlyAccess) {
        return new OpenOptions(passphrase, holder, durable, backups, readOnlyAccess);
    }
}
