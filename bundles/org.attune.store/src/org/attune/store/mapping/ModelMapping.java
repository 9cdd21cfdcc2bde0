package org.attune.store.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.attune.model.AttunePackage;
import org.attune.model.Element;
import org.attune.model.User;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How the EMF model maps onto records (Xodus entities, the team store's rows), decided from the model's own metadata:
 * <ul>
 * <li>every {@code Element} (and the {@code Project}) is one entity, typed by its class name;</li>
 * <li>a contained Element points to its container with link {@value #CONTAINER}, names the feature in
 * {@value #FEATURE} and, in an ordered list, its index in {@value #POSITION};</li>
 * <li>other contained objects (selections, scores, sync points...) are values, kept as JSON in their owner;</li>
 * <li>non-containment references are links; of two opposite references only one is stored;</li>
 * <li>features annotated {@code urn:attune:store load=lazy} are read only when first needed.</li>
 * </ul>
 */
public final class ModelMapping {
    public static final String CONTAINER = "_container";
    public static final String FEATURE = "_feature";
    public static final String POSITION = "_pos";
    static final String STORE_ANNOTATION = "urn:attune:store";

    private static final Map<EClass, List<EClass>> CONCRETE_SUBTYPES = new ConcurrentHashMap<>();

    private ModelMapping() {
    }

    public static boolean isEntityClass(EClass c) {
        return c == AttunePackage.Literals.PROJECT || AttunePackage.Literals.ELEMENT.isSuperTypeOf(c);
    }

    public static boolean isEntity(EObject o) {
        return isEntityClass(o.eClass());
    }

    /** Is the feature written to the store at all? Container references and one of two opposites are not. */
    public static boolean isStored(EStructuralFeature f) {
        if (f.isTransient() || f.isDerived()) {
            return false;
        }
        if (f instanceof EReference r) {
            if (r.isContainer()) {
                return false;
            }
            EReference opposite = r.getEOpposite();
            if (!r.isContainment() && opposite != null && !opposite.isContainment() && !opposite.isContainer()) {
                return key(r).compareTo(key(opposite)) < 0;
            }
        }
        return true;
    }

    private static String key(EReference r) {
        return r.getEContainingClass().getName() + "." + r.getName();
    }

    /** A containment of Elements: each child is its own entity. */
    public static boolean holdsEntities(EStructuralFeature f) {
        return f instanceof EReference r && r.isContainment() && isEntityClass(r.getEReferenceType());
    }

    /** A containment of value objects, kept as JSON in the owner's entity. */
    public static boolean holdsValues(EStructuralFeature f) {
        return f instanceof EReference r && r.isContainment() && !isEntityClass(r.getEReferenceType());
    }

    /** Kept in a property of its owner's entity: an attribute (many values as JSON) or a containment of values. */
    public static boolean isHeldInProperty(EStructuralFeature f) {
        return f instanceof EAttribute || holdsValues(f);
    }

    public static boolean isLazy(EStructuralFeature f) {
        EAnnotation annotation = f.getEAnnotation(STORE_ANNOTATION);
        return annotation != null && "lazy".equals(annotation.getDetails().get("load"));
    }

    public static boolean hasLazyFeatures(EClass c) {
        return c.getEAllStructuralFeatures().stream().anyMatch(ModelMapping::isLazy);
    }

    /** The classes whose instances a feature of this type can hold, e.g. every concrete Source. */
    public static List<EClass> concreteSubtypes(EClass type) {
        return CONCRETE_SUBTYPES.computeIfAbsent(type, t -> {
            List<EClass> found = new ArrayList<>();
            for (EClassifier c : AttunePackage.eINSTANCE.getEClassifiers()) {
                if (c instanceof EClass k && !k.isAbstract() && !k.isInterface() && t.isSuperTypeOf(k)) {
                    found.add(k);
                }
            }
            return List.copyOf(found);
        });
    }

    /** The entities of a subtree ({@code root} included if it is one), parents before children. */
    public static List<EObject> entitiesIn(EObject root) {
        List<EObject> found = new ArrayList<>();
        if (isEntity(root)) {
            found.add(root);
        }
        for (var contents = root.eAllContents(); contents.hasNext();) {
            EObject next = contents.next();
            if (isEntity(next)) {
                found.add(next);
            } else {
                contents.prune(); // values hold no Elements
            }
        }
        return found;
    }

    /** Gives a new Element what every stored one has: an id, when it was made and (unless a user) by whom. */
    public static void stamp(EObject object, User by) {
        if (object instanceof Element element) {
            if (element.getId() == null) {
                element.setId(UUID.randomUUID().toString());
            }
            if (element.getCreatedAt() == null) {
                element.setCreatedAt(Date.from(Instant.now()));
            }
            if (element.getCreatedBy() == null && !(element instanceof User) && by != null) {
                element.setCreatedBy(by);
            }
        }
    }

    /** Adds {@code target} to a many-valued reference (once) or sets a single one: a stored link, read back. */
    @SuppressWarnings("unchecked")
    public static void setReference(EObject owner, EReference reference, EObject target) {
        if (reference.isMany()) {
            EList<EObject> list = (EList<EObject>) owner.eGet(reference, false);
            if (!list.contains(target)) {
                list.add(target);
            }
        } else {
            owner.eSet(reference, target);
        }
    }

    public static EClass classNamed(String name) {
        return (EClass) AttunePackage.eINSTANCE.getEClassifier(name);
    }
}
