package org.attune.libs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import jetbrains.exodus.entitystore.Entity;
import jetbrains.exodus.entitystore.PersistentEntityStore;
import jetbrains.exodus.entitystore.PersistentEntityStores;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Xodus embedded in org.attune.lib.xodus commits to disk inside Equinox and reads back after reopening. */
class XodusInOsgiTest {

    @Test
    void entityStoreSurvivesReopen(@TempDir Path dir) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(PersistentEntityStores.class.getClassLoader());
        try {
            try (PersistentEntityStore store = PersistentEntityStores.newInstance(dir.toFile())) {
                store.executeInTransaction(txn -> {
                    Entity code = txn.newEntity("Code");
                    code.setProperty("name", "Attunement");
                    code.setBlobString("definition", "Moments where the adult follows the child's initiative.");
                });
            }
            try (PersistentEntityStore store = PersistentEntityStores.newInstance(dir.toFile())) {
                store.executeInReadonlyTransaction(txn -> {
                    assertEquals(1, txn.getAll("Code").size());
                    Entity code = txn.find("Code", "name", "Attunement").getFirst();
                    assertEquals("Moments where the adult follows the child's initiative.", code.getBlobString("definition"));
                });
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
