package org.attune.store.internal;

import org.attune.model.AttunePackage;
import org.attune.store.TextContent;
import org.attune.store.mapping.ModelMapping;
import org.eclipse.emf.ecore.EClass;

import jetbrains.exodus.entitystore.Entity;
import jetbrains.exodus.entitystore.StoreTransaction;
import jetbrains.exodus.env.Store;

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
                case 2 -> textsOutOfBlobs(txn);
                case 3 -> {
                    LongValues.moveOutOfBlobs(txn);
                    txn.getAll(StoreAccess.projectType()).getFirst().setProperty("schemaVersion", 4);
                }
                // values over ChunkedValues.CHUNK bytes are written in chunks from version 5 on; every value stored
                // before is whole and reads as it is: the step only keeps an older Attune from misreading new chunks
                case 4 -> txn.getAll(StoreAccess.projectType()).getFirst().setProperty("schemaVersion", 5);
                // text values are sealed with their checksum from version 6 on (ValueSeals); unsealed ones read as they
                // are: the step only keeps an older Attune from showing the seals as part of names and texts
                case 5 -> txn.getAll(StoreAccess.projectType()).getFirst().setProperty("schemaVersion", 6);
                // sources have attribute values from version 7 on (kept like a case's, in the source's entity); a store
                // before has none: the step only keeps an older Attune, which would drop them when it rewrites a source
                case 6 -> txn.getAll(StoreAccess.projectType()).getFirst().setProperty("schemaVersion", 7);
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

    /**
     * Version 2 kept each transcript's text as a blob "text" of its entity; version 3 keeps it deflated in the
     * Xodus store {@value StoreAccess#TEXTS} (see {@link StoreAccess}). Each text is moved there, then its blob deleted.
     */
    private static void textsOutOfBlobs(StoreTransaction txn) {
        Store texts = StoreAccess.textStore(txn, true);
        for (EClass type : ModelMapping.concreteSubtypes(AttunePackage.Literals.TEXT_SOURCE)) {
            for (Entity source : txn.getAll(type.getName())) {
                String text = source.getBlobString(VERSION_2_TEXT_BLOB);
                if (text != null) {
                    ChunkedValues.put(texts, StoreAccess.environmentTransaction(txn), StoreAccess.textKey(source.getId()),
                            TextContent.of(text).stored(), true);
                    source.deleteBlob(VERSION_2_TEXT_BLOB);
                }
            }
        }
        txn.getAll(StoreAccess.projectType()).getFirst().setProperty("schemaVersion", 3);
    }

    /** Where version 2 kept a text (also used by the test that makes a version 2 store). */
    static final String VERSION_2_TEXT_BLOB = "text";
}
