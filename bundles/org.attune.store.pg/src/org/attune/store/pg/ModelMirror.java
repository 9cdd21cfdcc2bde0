package org.attune.store.pg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.attune.store.mapping.ModelMapping;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Makes one model equal to another, changing only what differs: each stored feature of each object of {@code from}
 * is given to its counterpart in {@code to} (found in {@code counterparts}, made and recorded there when new);
 * objects that {@code from} no longer contains leave {@code to} as well. Run inside one recorded action, the action
 * holds exactly the difference. {@link #mirror} compares every object; {@link #mirrorTouched} only those an action
 * touched (and what they newly hold), so that an action costs what it changed, not the size of the project.
 */
final class ModelMirror {
    private final Map<EObject, EObject> counterparts;
    /** Whether every contained object is compared, else only new ones and the parts of entities (selections, entries). */
    private final boolean whole;
    private final List<EObject[]> pairs = new ArrayList<>();
    /** The objects of {@code to} whose lists (contained objects or links) were changed: an index into them may differ now. */
    private final java.util.Set<EObject> listsChanged = new java.util.HashSet<>();
    private final Map<EObject, EObject> made = new java.util.IdentityHashMap<>();

    /** What a mirroring did: the objects whose lists it changed, and the counterparts it made (object to counterpart). */
    record Mirrored(java.util.Set<EObject> listsChanged, Map<EObject, EObject> made) {
    }

    private ModelMirror(Map<EObject, EObject> counterparts, boolean whole) {
        this.counterparts = counterparts;
        this.whole = whole;
    }

    /**
     * Makes {@code to} as {@code from}; {@code counterparts} maps objects of {@code from} to those of {@code to}, and grows.
     */
    static Mirrored mirror(EObject from, EObject to, Map<EObject, EObject> counterparts) {
        counterparts.put(from, to);
        ModelMirror mirror = new ModelMirror(counterparts, true);
        mirror.contents(from, to);
        return mirror.linked();
    }

    /**
     * Makes the counterparts of {@code touched} (objects of the model under {@code root}) as they are: their attributes,
     * their links and their lists of contained objects, each object new to those lists mirrored whole. Objects no longer
     * under {@code root}, or without a counterpart yet (new: their container is touched too), are passed over.
     */
    static Mirrored mirrorTouched(EObject root, java.util.Collection<? extends EObject> touched, Map<EObject, EObject> counterparts) {
        ModelMirror mirror = new ModelMirror(counterparts, false);
        java.util.Set<EObject> done = new java.util.HashSet<>();
        for (EObject object : touched) {
            EObject theirs = counterparts.get(object);
            if (theirs != null && done.add(object) && (object == root || EcoreUtil.isAncestor(root, object))) {
                mirror.contents(object, theirs);
            }
        }
        return mirror.linked();
    }

    /** Links, once every object has its counterpart. */
    private Mirrored linked() {
        for (EObject[] pair : pairs) {
            links(pair[0], pair[1]);
        }
        return new Mirrored(listsChanged, made);
    }

    /** Attributes and contained objects, depth first; links once every object has its counterpart. */
    @SuppressWarnings("unchecked")
    private void contents(EObject from, EObject to) {
        pairs.add(new EObject[] {from, to});
        for (EStructuralFeature feature : from.eClass().getEAllStructuralFeatures()) {
            if (!mirrored(feature)) {
                continue;
            }
            if (feature instanceof EAttribute) {
                Object value = from.eGet(feature);
                if (feature.isMany()) {
                    EList<Object> target = (EList<Object>) to.eGet(feature);
                    if (!target.equals(value)) {
                        ECollections.setEList(target, new ArrayList<>((List<Object>) value));
                    }
                } else if (!Objects.equals(value, to.eGet(feature)) || from.eIsSet(feature) != to.eIsSet(feature)) {
                    if (from.eIsSet(feature)) {
                        to.eSet(feature, value);
                    } else {
                        to.eUnset(feature);
                    }
                }
            } else if (((EReference) feature).isContainment()) {
                List<EObject> children = feature.isMany() ? (List<EObject>) from.eGet(feature, false)
                        : from.eGet(feature, false) == null ? List.of() : List.of((EObject) from.eGet(feature, false));
                List<EObject> theirs = new ArrayList<>(children.size());
                java.util.Set<EObject> fresh = new java.util.HashSet<>();
                for (EObject child : children) {
                    theirs.add(counterparts.computeIfAbsent(child, c -> {
                        fresh.add(c);
                        EObject counterpart = EcoreUtil.create(c.eClass());
                        made.put(c, counterpart);
                        return counterpart;
                    }));
                }
                if (feature.isMany()) {
                    EList<EObject> target = (EList<EObject>) to.eGet(feature, false);
                    if (!target.equals(theirs)) {
                        ECollections.setEList(target, theirs);
                        listsChanged.add(to);
                    }
                } else if (to.eGet(feature, false) != (theirs.isEmpty() ? null : theirs.get(0))) {
                    to.eSet(feature, theirs.isEmpty() ? null : theirs.get(0));
                }
                for (int i = 0; i < children.size(); i++) {
                    EObject child = children.get(i);
                    if (whole || fresh.contains(child) || !ModelMapping.isEntity(child)) {
                        contents(child, theirs.get(i));
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void links(EObject from, EObject to) {
        for (EStructuralFeature feature : from.eClass().getEAllStructuralFeatures()) {
            if (!mirrored(feature) || !(feature instanceof EReference reference) || reference.isContainment()) {
                continue;
            }
            if (feature.isMany()) {
                List<EObject> theirs = new ArrayList<>();
                for (EObject linked : (List<EObject>) from.eGet(feature, false)) {
                    theirs.add(counterparts.getOrDefault(linked, linked));
                }
                EList<EObject> target = (EList<EObject>) to.eGet(feature, false);
                if (!target.equals(theirs)) {
                    ECollections.setEList(target, theirs);
                    listsChanged.add(to);
                }
            } else {
                EObject linked = (EObject) from.eGet(feature, false);
                EObject theirs = linked == null ? null : counterparts.getOrDefault(linked, linked);
                if (to.eGet(feature, false) != theirs) {
                    to.eSet(feature, theirs);
                }
            }
        }
    }

    private static boolean mirrored(EStructuralFeature feature) {
        return feature.isChangeable() && !feature.isVolatile() && ModelMapping.isStored(feature);
    }
}
