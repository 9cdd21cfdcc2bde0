package org.attune.store.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.attune.store.TextContent;
import org.attune.store.mapping.ModelMapping;

import jetbrains.exodus.ByteIterableBase;
import jetbrains.exodus.bindings.StringBinding;
import jetbrains.exodus.entitystore.Entity;
import jetbrains.exodus.entitystore.PersistentEntityStore;
import jetbrains.exodus.entitystore.PersistentEntityStores;
import jetbrains.exodus.entitystore.PersistentStoreTransaction;
import jetbrains.exodus.env.Store;
import jetbrains.exodus.env.StoreConfig;
import jetbrains.exodus.env.Transaction;

/** Raw Xodus access to an (unencrypted, closed) project's store, to make and check older layouts. */
final class StoreAccessTestSupport {
    private StoreAccessTestSupport() {
    }

    /** Rewrites a current project as schema version 2 kept it: each text a blob "text" of its source's entity. */
    static void rewriteAsVersionTwo(Path folder) throws Exception {
        withStore(folder, xodus -> {
            xodus.executeInTransaction(txn -> {
                Transaction env = ((PersistentStoreTransaction) txn).getEnvironmentTransaction();
                Store texts = env.getEnvironment().openStore(TEXTS, StoreConfig.WITHOUT_DUPLICATES, env);
                for (Entity source : txn.getAll("TextSource")) {
                    var stored = texts.get(env, jetbrains.exodus.bindings.StringBinding.stringToEntry(source.getId().toString()));
                    source.setBlobString("text", TextContent.fromStored(ByteIterableBase.readIterable(stored)).text());
                    texts.delete(env, jetbrains.exodus.bindings.StringBinding.stringToEntry(source.getId().toString()));
                }
                txn.getAll("Project").getFirst().setProperty("schemaVersion", 2);
            });
            return null;
        });
        Path descriptor = folder.resolve("attune-project.json");
        Files.writeString(descriptor, Files.readString(descriptor).replaceAll("\"schemaVersion\": \\d+", "\"schemaVersion\": 2"));
    }

    /**
     * Rewrites a current project as schema version 3 kept its long values: each in a blob of its entity, the property
     * holding the blob marker.
     */
    static void rewriteAsVersionThree(Path folder) throws Exception {
        withStore(folder, xodus -> {
            xodus.executeInTransaction(txn -> {
                Transaction env = ((PersistentStoreTransaction) txn).getEnvironmentTransaction();
                Store values = env.getEnvironment().openStore(LONG_VALUES, StoreConfig.WITHOUT_DUPLICATES, env);
                java.util.List<String> keys = new java.util.ArrayList<>();
                try (var cursor = values.openCursor(env)) {
                    while (cursor.getNext()) {
                        keys.add(StringBinding.entryToString(cursor.getKey()));
                    }
                }
                for (String key : keys) {
                    Entity entity = txn.getEntity(txn.toEntityId(key.substring(0, key.indexOf('/'))));
                    String name = key.substring(key.indexOf('/') + 1);
                    var bytes = values.get(env, StringBinding.stringToEntry(key));
                    String value = new String(ByteIterableBase.readIterable(bytes), java.nio.charset.StandardCharsets.UTF_8);
                    // version 3 kept values without the checksum seal of version 6 ("\u0001<8 hex digits>\u0001")
                    entity.setBlobString(name, value.startsWith("\u0001") ? value.substring(10) : value);
                    entity.setProperty(name, "\u0000blob");
                    values.delete(env, StringBinding.stringToEntry(key));
                }
                txn.getAll("Project").getFirst().setProperty("schemaVersion", 3);
            });
            return null;
        });
        Path descriptor = folder.resolve("attune-project.json");
        Files.writeString(descriptor, Files.readString(descriptor).replaceAll("\"schemaVersion\": \\d+", "\"schemaVersion\": 3"));
    }

    /** How many values the long values store holds. */
    static long longValues(Path folder) throws Exception {
        return entries(folder, LONG_VALUES);
    }

    /*
     * The store's layout on disk, stated here on its own (as the older layouts above are): a change to it needs a
     * migration, and these names make the tests of one notice it.
     */

    /** Where the store keeps values over 4,096 characters (see LongValues in the store bundle). */
    static final String LONG_VALUES = "attune.longValues";

    /** Where the store keeps texts, each under its source's entity id (see StoreAccess in the store bundle). */
    static final String TEXTS = "attune.texts";

    /** How many texts the texts store holds. */
    static long storedTexts(Path folder) throws Exception {
        return entries(folder, TEXTS);
    }

    /** How many keys the plain Xodus store {@code name} holds (0 when there is none). */
    private static long entries(Path folder, String name) throws Exception {
        return withStore(folder, xodus -> xodus.computeInReadonlyTransaction(txn -> {
            Transaction env = ((PersistentStoreTransaction) txn).getEnvironmentTransaction();
            if (!env.getEnvironment().storeExists(name, env)) {
                return 0L;
            }
            return env.getEnvironment().openStore(name, StoreConfig.WITHOUT_DUPLICATES, env, false).count(env);
        }));
    }

    /** How many sources still have a version 2 text blob. */
    static long textBlobs(Path folder) throws Exception {
        return withStore(folder, xodus -> xodus.computeInReadonlyTransaction(txn -> {
            long n = 0;
            for (Entity source : txn.getAll("TextSource")) {
                if (source.getBlobString("text") != null) {
                    n++;
                }
            }
            return n;
        }));
    }

    /** How many records of each entity type the store holds (types with none left out). */
    static java.util.Map<String, Integer> entityCounts(Path folder) throws Exception {
        return withStore(folder, xodus -> xodus.computeInReadonlyTransaction(txn -> {
            java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
            for (String type : txn.getEntityTypes()) {
                int n = (int) txn.getAll(type).size();
                if (n > 0) {
                    counts.put(type, n);
                }
            }
            return counts;
        }));
    }

    /** The records, but the project's, that are linked to no container, or to one the store no longer holds. */
    static java.util.List<String> orphans(Path folder) throws Exception {
        return withStore(folder, xodus -> xodus.computeInReadonlyTransaction(txn -> {
            java.util.List<String> orphans = new java.util.ArrayList<>();
            for (String type : txn.getEntityTypes()) {
                for (Entity entity : txn.getAll(type)) {
                    Entity container = entity.getLink(ModelMapping.CONTAINER);
                    if (!"Project".equals(type) && (container == null || !exists(txn, container))) {
                        orphans.add(type + " " + entity.getId());
                    }
                }
            }
            return orphans;
        }));
    }

    private static boolean exists(jetbrains.exodus.entitystore.StoreTransaction txn, Entity entity) {
        try {
            txn.getEntity(entity.getId());
            return true;
        } catch (jetbrains.exodus.entitystore.EntityRemovedInDatabaseException e) {
            return false;
        }
    }

    private static <T> T withStore(Path folder, Function<PersistentEntityStore, T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PersistentEntityStores.class.getClassLoader());
        try (PersistentEntityStore store = PersistentEntityStores.newInstance(folder.resolve("store").toFile())) {
            return work.apply(store); // as writeVersionOneProject: the store closes the environment it made
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
