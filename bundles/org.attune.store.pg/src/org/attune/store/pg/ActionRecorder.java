package org.attune.store.pg;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Records what one action changes in a team project's model, and can take it back. It stays attached to the model for
 * as long as the project is open (an {@link EContentAdapter} follows every object added to it), so that an action
 * costs what it changes: EMF's {@code ChangeRecorder}, made for each action, first visits every object of the model
 * and, at its end, every object again (thousands of sources and codings for a one-coding action).
 *
 * <p>For each feature an action changes, the value it had before the action's first change of it is kept; taking
 * the action back gives every such feature that value again (both ends of a two-way reference were recorded, so both
 * are restored). Changes made while not recording (others' actions, reading) are followed but not kept.
 */
final class ActionRecorder extends EContentAdapter {
    /** A feature of an object, with its value before the action. */
    private record Before(EObject object, EStructuralFeature feature, Object value, boolean wasSet) {
    }

    private record Key(EObject object, EStructuralFeature feature) {
    }

    private final Map<Key, Before> before = new LinkedHashMap<>();
    private final Set<EObject> added = new LinkedHashSet<>();
    private final Set<EObject> removed = new LinkedHashSet<>();
    /** Objects taken out of the model during the action: still followed until it ends (it may change or put them back). */
    private final Set<Notifier> takenOut = new LinkedHashSet<>();
    private boolean recording;

    /** What an action changed: the features of each object, the subtrees it added and those it took out. */
    record Recorded(Map<EObject, Set<EStructuralFeature>> changes, Collection<EObject> added, Collection<EObject> removed) {
        boolean isEmpty() {
            return changes.isEmpty() && added.isEmpty() && removed.isEmpty();
        }
    }

    ActionRecorder(EObject root) {
        root.eAdapters().add(this);
    }

    void begin() {
        before.clear();
        added.clear();
        removed.clear();
        recording = true;
    }

    /** Ends the recording: what changed (features whose value is as before left out). */
    Recorded end() {
        recording = false;
        letGoOfTakenOut();
        Map<EObject, Set<EStructuralFeature>> changes = new LinkedHashMap<>();
        for (Before was : before.values()) {
            if (!unchanged(was)) {
                changes.computeIfAbsent(was.object(), o -> new LinkedHashSet<>()).add(was.feature());
            }
        }
        return new Recorded(changes, List.copyOf(added), List.copyOf(removed));
    }

    /** Gives every feature the action changed its value from before it, latest first; then forgets the action. */
    @SuppressWarnings("unchecked")
    void takeBack() {
        recording = false;
        letGoOfTakenOut();
        List<Before> changed = new ArrayList<>(before.values());
        for (int i = changed.size() - 1; i >= 0; i--) {
            Before was = changed.get(i);
            if (unchanged(was)) {
                continue;
            }
            if (was.feature().isMany()) {
                ECollections.setEList((EList<Object>) was.object().eGet(was.feature(), false), (List<Object>) was.value());
            } else if (was.wasSet()) {
                was.object().eSet(was.feature(), was.value());
            } else {
                was.object().eUnset(was.feature());
            }
        }
        before.clear();
        added.clear();
        removed.clear();
    }

    @Override
    protected void removeAdapter(Notifier notifier) {
        if (recording) {
            takenOut.add(notifier);
        } else {
            super.removeAdapter(notifier);
        }
    }

    /** Stops following what the action took out of the model and did not put back. */
    private void letGoOfTakenOut() {
        for (Notifier notifier : takenOut) {
            if (notifier instanceof EObject object && object.eContainer() == null && object.eResource() == null) {
                super.removeAdapter(object);
            }
        }
        takenOut.clear();
    }

    private static boolean unchanged(Before was) {
        Object now = was.object().eGet(was.feature(), false);
        if (was.feature().isMany()) {
            return now.equals(was.value());
        }
        return was.object().eIsSet(was.feature()) == was.wasSet() && java.util.Objects.equals(now, was.value());
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification); // follows objects added to (and taken out of) the model
        if (!recording || notification.isTouch() || !(notification.getNotifier() instanceof EObject object)
                || !(notification.getFeature() instanceof EStructuralFeature feature) || !feature.isChangeable() || feature.isDerived()) {
            return;
        }
        before.computeIfAbsent(new Key(object, feature), key -> valueBefore(object, feature, notification));
        if (feature instanceof EReference reference && reference.isContainment()) {
            noteContainment(notification);
        }
    }

    private void noteContainment(Notification notification) {
        switch (notification.getEventType()) {
            case Notification.ADD, Notification.SET -> {
                if (notification.getNewValue() instanceof EObject object) {
                    added.add(object);
                }
                if (notification.getOldValue() instanceof EObject object) {
                    removed.add(object);
                }
            }
            case Notification.ADD_MANY -> ((Collection<?>) notification.getNewValue()).forEach(o -> added.add((EObject) o));
            case Notification.REMOVE, Notification.UNSET -> {
                if (notification.getOldValue() instanceof EObject object) {
                    removed.add(object);
                }
            }
            case Notification.REMOVE_MANY -> ((Collection<?>) notification.getOldValue()).forEach(o -> removed.add((EObject) o));
            default -> {
                // MOVE: within the list, nothing added or taken out
            }
        }
    }

    /** The value {@code feature} had before the change {@code notification} tells of (its first in this action). */
    private static Before valueBefore(EObject object, EStructuralFeature feature, Notification notification) {
        if (!feature.isMany()) {
            return new Before(object, feature, notification.getOldValue(), notification.wasSet());
        }
        List<Object> old = new ArrayList<>((List<?>) object.eGet(feature, false));
        int position = notification.getPosition();
        switch (notification.getEventType()) {
            case Notification.SET -> old.set(position, notification.getOldValue());
            case Notification.ADD -> old.remove(position);
            case Notification.ADD_MANY -> {
                for (int i = ((Collection<?>) notification.getNewValue()).size(); i > 0; i--) {
                    old.remove(position);
                }
            }
            case Notification.REMOVE -> old.add(position == Notification.NO_INDEX ? 0 : position, notification.getOldValue());
            case Notification.REMOVE_MANY -> {
                List<?> values = (List<?>) notification.getOldValue();
                int[] positions = (int[]) notification.getNewValue();
                if (positions == null) {
                    old.addAll(values);
                } else {
                    for (int i = 0; i < positions.length; i++) {
                        old.add(positions[i], values.get(i));
                    }
                }
            }
            case Notification.MOVE -> old.add((Integer) notification.getOldValue(), old.remove(position));
            default -> {
                // UNSET of a list: it was emptied; what it held is not told
            }
        }
        return new Before(object, feature, old, true);
    }
}
