package org.attune.store.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.attune.model.AttunePackage;
import org.attune.store.mapping.ModelMapping;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

import jetbrains.exodus.ArrayByteIterable;
import jetbrains.exodus.ByteIterable;
import jetbrains.exodus.bindings.StringBinding;
import jetbrains.exodus.entitystore.Entity;
import jetbrains.exodus.entitystore.EntityId;
import jetbrains.exodus.entitystore.StoreTransaction;
import jetbrains.exodus.env.Cursor;
import jetbrains.exodus.env.Store;
import jetbrains.exodus.env.Transaction;

/**
 * Property values longer than {@value #THRESHOLD} characters (a transcript's speaker turns and sync points, a long
 * memo) live in the Xodus store {@value #STORE}, keyed by entity id and property name, as UTF-8; the property itself
 * holds {@link #MARKER}; one over {@value ChunkedValues#CHUNK} bytes is kept in chunks ({@link ChunkedValues}). Xodus would index such a value like any property; as an entity blob (schema version 3 and
 * before) it was kept "in place", copied byte by byte and hashed on every commit. Here it is written with one copy.
 * Every text value, short or long, is sealed with its checksum ({@link ValueSeals}).
 */
final class LongValues {
    static final String STORE = "attune.longValues";
    static final int THRESHOLD = 4096;
    static final String MARKER = "\u0000long";
    /** What the property held when schema version 3 kept the value in an entity blob of the same name. */
    static final String BLOB_MARKER = "\u0000blob";

    private LongValues() {
    }

    static Object read(StoreTransaction txn, Entity entity, String name) {
        Comparable<?> value = entity.getProperty(name);
        if (MARKER.equals(value)) {
            Store store = store(txn, false);
            byte[] bytes = store == null ? null : ChunkedValues.get(store, environment(txn), key(entity.getId(), name));
            return bytes == null ? null : ValueSeals.open(new String(bytes, StandardCharsets.UTF_8));
        }
        return BLOB_MARKER.equals(value) ? entity.getBlobString(name) : value instanceof String s ? ValueSeals.open(s) : value;
    }

    /** @param fresh the entity was made in this transaction: it has no value to read, replace or delete */
    static void write(StoreTransaction txn, Entity entity, String name, Comparable<?> value, boolean fresh) {
        if (fresh && value == null) {
            return;
        }
        Comparable<?> old = fresh ? null : entity.getProperty(name);
        if (value instanceof String s) {
            value = ValueSeals.seal(s);
        }
        if (BLOB_MARKER.equals(old)) {
            entity.deleteBlob(name);
        }
        if (value instanceof String s && s.length() > THRESHOLD) {
            // whole when first written; once changed in small chunks, its seal a chunk of its own, as an edited text: a turn
            // moved by a key typed writes the chunk it is in, not all the turns again (docs/performance.md)
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            if (MARKER.equals(old)) {
                ChunkedValues.put(store(txn, true), environment(txn), key(entity.getId(), name), bytes, false, ChunkedValues.TEXT_CHUNK,
                        ValueSeals.HEAD, 0);
            } else {
                ChunkedValues.put(store(txn, true), environment(txn), key(entity.getId(), name), bytes, true);
            }
            if (!MARKER.equals(old)) {
                entity.setProperty(name, MARKER);
            }
            return;
        }
        if (MARKER.equals(old)) {
            ChunkedValues.delete(store(txn, true), environment(txn), key(entity.getId(), name));
        }
        if (value != null) {
            entity.setProperty(name, value);
        } else if (old != null) {
            entity.deleteProperty(name);
        }
    }

    /** Deletes the long values of an entity that is being deleted. */
    static void deleteAll(StoreTransaction txn, EntityId id) {
        Store store = store(txn, false);
        if (store == null) {
            return;
        }
        Transaction env = environment(txn);
        String prefix = id + "/";
        List<ByteIterable> keys = new ArrayList<>();
        try (Cursor cursor = store.openCursor(env)) {
            if (cursor.getSearchKeyRange(StringBinding.stringToEntry(prefix)) != null) {
                do {
                    if (!StringBinding.entryToString(cursor.getKey()).startsWith(prefix)) {
                        break;
                    }
                    keys.add(new ArrayByteIterable(cursor.getKey()));
                } while (cursor.getNext());
            }
        }
        keys.forEach(key -> store.delete(env, key));
    }

    /**
     * Schema version 3 to 4: every long value kept in an entity blob moves to {@value #STORE}. The entities are
     * found through Xodus' index of the marker value, per class and per feature the model stores as a property.
     */
    static void moveOutOfBlobs(StoreTransaction txn) {
        List<EClass> types = new ArrayList<>(ModelMapping.concreteSubtypes(AttunePackage.Literals.ELEMENT));
        types.add(AttunePackage.Literals.PROJECT);
        for (EClass type : types) {
            for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
                if (!ModelMapping.isStored(feature) || !ModelMapping.isHeldInProperty(feature)) {
                    continue;
                }
                List<Entity> holders = new ArrayList<>();
                txn.find(type.getName(), feature.getName(), BLOB_MARKER).forEach(holders::add);
                for (Entity entity : holders) {
                    String value = entity.getBlobString(feature.getName());
                    write(txn, entity, feature.getName(), value, false);
                }
            }
        }
    }

    /** Every key of an entity's values (and their chunks) starts with its id and a slash: see {@link #deleteAll}. */
    private static String key(EntityId id, String name) {
        return id + "/" + name;
    }

    private static Store store(StoreTransaction txn, boolean create) {
        return StoreAccess.plainStore(txn, STORE, create);
    }

    private static Transaction environment(StoreTransaction txn) {
        return StoreAccess.environmentTransaction(txn);
    }
}
