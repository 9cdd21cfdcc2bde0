package org.attune.store.internal;

import jetbrains.exodus.entitystore.Entity;
import jetbrains.exodus.entitystore.StoreTransaction;

/**
 * Steps that bring a store written by an older Attune to the current schema, each from version n to n+1,
 * all applied in the one transaction the caller provides.
 */
final class Migrations {
    private Migrations() {
    }

    static void apply(StoreTransaction txn, int from, int to) {
        for (int version = from; version < to; version++) {
            switch (version) {
                case 1 -> fromFirstFormat(txn);
                default -> throw new IllegalStateException("no migration from schema version " + version);
            }
        }
    }

    /**
     * Version 1 (Attune 0.1 before the domain model) held only the project descriptor entity. Version 2 keeps
     * it (name, creation time) and adds the description the domain model has; the caller then records the new
     * schema version in attune-project.json.
     */
    private static void fromFirstFormat(StoreTransaction txn) {
        Entity project = txn.getAll(StoreAccess.projectType()).getFirst();
        if (project == null) {
            throw new IllegalStateException("a version 1 store without its project entity");
        }
        if (project.getProperty("description") == null) {
            project.setProperty("description", "");
        }
        project.setProperty("schemaVersion", 2);
    }
}
