package org.attune.store.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.attune.model.AttunePackage;
import org.attune.store.mapping.ModelMapping;
import org.attune.store.mapping.Values;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.google.gson.JsonParser;

import jetbrains.exodus.entitystore.Entity;
import jetbrains.exodus.entitystore.PersistentEntityStore;
import jetbrains.exodus.entitystore.StoreTransaction;
import jetbrains.exodus.env.Store;

/**
 * A read-through check of the store after opening, on a thread of its own: every stored value of every entity is read
 * and decoded (JSON parsed, texts inflated) in one read-only transaction, without building the model, so that damage
 * inside a store file is told when the project is opened rather than when a view first reads the damaged part. What
 * cannot be read is named in the user's words ("a coding in "Carer 03"", "the text source "Carer 03"") with the
 * newest backup. On a 300-source project the check takes about as long as opening, so it does not delay the
 * opening; closing the project stops it.
 */
public final class StoreCheck {
    private static final String NAME = "name";

    private final Thread thread;
    private volatile boolean stopped;
    private volatile boolean sound;

    private StoreCheck(PersistentEntityStore xodus, Path folder, Consumer<String> warnings) {
        thread = new Thread(() -> {
            try {
                List<String> unreadable = unreadableParts(xodus);
                sound = !stopped && unreadable.isEmpty();
                if (!stopped && !unreadable.isEmpty()) {
                    warnings.accept(folder + ": the project store is damaged: " + summary(unreadable)
                            + " cannot be read; everything else can. " + Backups.offer(folder));
                }
            } catch (RuntimeException e) { // the store closed under it
                if (!stopped) {
                    warnings.accept(folder + ": the project store could not be checked (" + e.getMessage() + ")");
                }
            }
        }, "Attune store check of " + folder.getFileName());
        thread.setDaemon(true);
    }

    /** "a coding in "Carer 01" and 11 more like it, the text source "Carer 03"": each kind of damage once, counted. */
    static String summary(List<String> unreadable) {
        Map<String, Integer> counted = new LinkedHashMap<>();
        unreadable.forEach(part -> counted.merge(part, 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counted.forEach((part, n) -> parts.add(n == 1 ? part : part + " and " + (n - 1) + " more like it"));
        return String.join(", ", parts);
    }

    /** Starts checking the store; {@code warnings} hears of damage once the whole store was read. */
    public static StoreCheck start(PersistentEntityStore xodus, Path folder, Consumer<String> warnings) {
        StoreCheck check = new StoreCheck(xodus, folder, warnings);
        check.thread.start();
        return check;
    }

    /** Waits for the check to end (for tests and callers that want the answer before they go on). */
    public void await() throws InterruptedException {
        thread.join();
    }

    /** Waits for the check to end; whether it read the whole store and found nothing damaged. */
    public boolean sound() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return sound;
    }

    /** Stops the check (its transaction ends) before the store is closed. */
    public void stop() {
        stopped = true;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<String> unreadableParts(PersistentEntityStore xodus) {
        return xodus.computeInReadonlyTransaction(txn -> {
            List<String> unreadable = new ArrayList<>();
            for (EClass type : entityClasses()) {
                for (Entity entity : txn.getAll(type.getName())) {
                    if (stopped) {
                        return unreadable;
                    }
                    check(txn, type, entity, unreadable);
                }
            }
            return unreadable;
        });
    }

    private static void check(StoreTransaction txn, EClass type, Entity entity, List<String> unreadable) {
        try {
            for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
                if (ModelMapping.isStored(feature) && ModelMapping.isHeldInProperty(feature)) {
                    decode(feature, LongValues.read(txn, entity, feature.getName()));
                }
            }
            if (AttunePackage.Literals.TEXT_SOURCE.isSuperTypeOf(type)) {
                Store texts = StoreAccess.textStore(txn, false);
                byte[] stored = texts == null ? null : ChunkedValues.get(texts, StoreAccess.environmentTransaction(txn),
                        StoreAccess.textKey(entity.getId()));
                if (stored != null) {
                    org.attune.store.TextContent.fromStored(stored).text();
                }
            }
        } catch (RuntimeException e) {
            unreadable.add(describe(type, entity));
        }
    }

    private static void decode(EStructuralFeature feature, Object stored) {
        if (stored == null) {
            return;
        }
        if (feature instanceof EAttribute attribute && !attribute.isMany()) {
            Values.fromStored(attribute, stored);
        } else {
            JsonParser.parseString((String) stored);
        }
    }

    /** "the source "Carer 03"", or for a part of one, "a coding in "Carer 03"". */
    private static String describe(EClass type, Entity entity) {
        String what = type.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        try {
            if (AttunePackage.Literals.SOURCE.isSuperTypeOf(type)) {
                return "the " + what + " \"" + shown(entity.getProperty(NAME)) + "\"";
            }
            for (Entity up = entity.getLink(ModelMapping.CONTAINER); up != null; up = up.getLink(ModelMapping.CONTAINER)) {
                EClass upType = ModelMapping.classNamed(up.getType());
                if (AttunePackage.Literals.SOURCE.isSuperTypeOf(upType) || AttunePackage.Literals.MEMO.isSuperTypeOf(upType)) {
                    return "a " + what + " in \"" + shown(up.getProperty(upType == AttunePackage.Literals.MEMO ? "title" : NAME)) + "\"";
                }
            }
        } catch (RuntimeException e) {
            // where it sits cannot be read either
        }
        return "a " + what;
    }

    /** A name as stored, without its seal (a damaged one throws: the part is then named by its kind only). */
    private static Object shown(Comparable<?> stored) {
        return stored instanceof String s ? ValueSeals.open(s) : stored;
    }

    private static List<EClass> entityClasses() {
        List<EClass> classes = new ArrayList<>();
        for (EClassifier c : AttunePackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EClass k && !k.isAbstract() && !k.isInterface() && ModelMapping.isEntityClass(k)) {
                classes.add(k);
            }
        }
        return classes;
    }
}
