package org.attune.store.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.attune.store.ModelChanges;
import org.attune.store.mapping.ModelMapping;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Records what an action changed, so that its commit writes only that: per entity the features that
 * changed, and the Elements added to or removed from the project. Changes to value objects count as
 * changes of the owning entity's feature.
 */
public final class ChangeTracker extends ModelChanges {
    final Map<EObject, Set<EStructuralFeature>> dirty = new LinkedHashMap<>();
    final Set<EObject> added = new LinkedHashSet<>();
    final Set<EObject> removed = new LinkedHashSet<>();
    /** Transcripts whose text an action changed (the text lives beside the entities, not in a feature). */
    final Set<EObject> textRevised = new LinkedHashSet<>();
    /** Per list of child entities, the first index whose element may have moved: positions before it stand. */
    private final Map<EObject, Map<EStructuralFeature, Integer>> firstShifted = new HashMap<>();
    private final Consumer<EObject> beforeLazyValueChange;
    private int paused;

    /** @param beforeLazyValueChange loads an object's lazy value features before they are first changed */
    ChangeTracker(Consumer<EObject> beforeLazyValueChange) {
        this.beforeLazyValueChange = beforeLazyValueChange;
    }

    /** Runs {@code work} without recording: for loading from the store. */
    void untracked(Runnable work) {
        paused++;
        try {
            work.run();
        } finally {
            paused--;
        }
    }

    boolean isEmpty() {
        return dirty.isEmpty() && added.isEmpty() && removed.isEmpty() && textRevised.isEmpty();
    }

    void clear() {
        dirty.clear();
        added.clear();
        removed.clear();
        textRevised.clear();
        firstShifted.clear();
    }

    /** The first index of {@code owner}'s list {@code f} that changes may have shifted (0 when not known). */
    int firstShifted(EObject owner, EStructuralFeature f) {
        Map<EStructuralFeature, Integer> lists = firstShifted.get(owner);
        Integer first = lists == null ? null : lists.get(f);
        return first == null ? 0 : first;
    }

    @Override
    protected void changed(EObject o, Notification n) {
        if (paused > 0 || !(n.getFeature() instanceof EStructuralFeature f)) {
            return;
        }
        if (ModelMapping.isEntity(o)) {
            if (ModelMapping.isLazy(f) && ModelMapping.holdsValues(f)) {
                beforeLazyValueChange.accept(o);
            }
            mark(o, f);
            if (ModelMapping.holdsEntities(f)) {
                collect(n.getNewValue(), added);
                collect(n.getOldValue(), removed);
                if (f.isMany()) {
                    firstShifted.computeIfAbsent(o, k -> new HashMap<>()).merge(f, firstShifted(n), Math::min);
                }
            }
            return;
        }
        EObject child = o;
        EObject owner = o.eContainer();
        while (owner != null && !ModelMapping.isEntity(owner)) {
            child = owner;
            owner = owner.eContainer();
        }
        if (owner != null) {
            mark(owner, child.eContainingFeature());
        }
    }

    /**
     * The lowest list index a notification can have moved: elements before an insertion, removal or move keep
     * their index, so a commit of one appended source need not renumber the thousands before it.
     */
    private static int firstShifted(Notification n) {
        int position = Math.max(0, n.getPosition()); // NO_INDEX (-1): not known, so from the start
        return switch (n.getEventType()) {
            case Notification.ADD, Notification.ADD_MANY, Notification.REMOVE, Notification.SET -> position;
            case Notification.REMOVE_MANY -> n.getNewValue() instanceof int[] at && at.length > 0
                    ? Arrays.stream(at).min().getAsInt() : position;
            case Notification.MOVE -> n.getOldValue() instanceof Integer from ? Math.min(position, from) : 0;
            default -> 0;
        };
    }

    private void mark(EObject o, EStructuralFeature f) {
        dirty.computeIfAbsent(o, k -> new LinkedHashSet<>()).add(f);
    }

    private static void collect(Object value, Set<EObject> into) {
        if (value instanceof EObject e) {
            into.add(e);
        } else if (value instanceof Collection<?> many) {
            for (Object item : many) {
                if (item instanceof EObject e) {
                    into.add(e);
                }
            }
        }
    }
}
