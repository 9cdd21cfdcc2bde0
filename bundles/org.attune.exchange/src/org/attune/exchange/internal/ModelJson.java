package org.attune.exchange.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.attune.model.AttunePackage;
import org.attune.model.Element;
import org.attune.model.Project;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Attune's extension of a .qdpx ({@code attune/model.json}): every Element of the project with every feature,
 * read from the model itself, so that what REFI-QDA has no place for (ratings, analytic levels, code history,
 * speaker turns, source folders, import facts, ...) survives a round trip. One record per Element, in containment
 * order: {@code {"$":"Code","id":...,"in":container id or null,"as":containing feature,"f":{features}}}.
 * Elements contained in others are records of their own; value objects (selections, turns, scores) are nested;
 * references are ids.
 */
public final class ModelJson {
    public static final String ENTRY = "attune/model.json";
    public static final String FORMAT = "attune-qdpx-extension";
    public static final int VERSION = 1;

    private ModelJson() {
    }

    public static JsonObject encode(Project project, String attuneVersion) {
        return encode(project, attuneVersion, c -> true);
    }

    /** As {@link #encode(Project, String)}, leaving out the codings {@code shown} does not let through (the blind rule). */
    public static JsonObject encode(Project project, String attuneVersion, java.util.function.Predicate<org.attune.model.Coding> shown) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", VERSION);
        root.addProperty("attune", attuneVersion);
        root.add("project", features(project));
        JsonArray elements = new JsonArray();
        project.eAllContents().forEachRemaining(object -> {
            if (object instanceof Element element && !(object instanceof org.attune.model.Coding coding && !shown.test(coding))) {
                JsonObject record = new JsonObject();
                record.addProperty("$", element.eClass().getName());
                record.addProperty("id", element.getId());
                EObject container = element.eContainer();
                record.addProperty("in", container instanceof Element c ? c.getId() : null);
                record.addProperty("as", element.eContainingFeature().getName());
                record.add("f", features(element));
                elements.add(record);
            }
        });
        root.add("elements", elements);
        return root;
    }

    /** Whether a feature is written: stored, not the id, and not the mirror of another that is written. */
    static boolean written(EStructuralFeature feature) {
        if (feature.isTransient() || feature.isDerived() || feature.isVolatile() || feature == AttunePackage.Literals.ELEMENT__ID) {
            return false;
        }
        if (feature instanceof EReference reference) {
            if (reference.isContainment() && isElementType(reference.getEReferenceType())) {
                return false; // records of their own
            }
            EReference opposite = reference.getEOpposite();
            if (opposite != null) {
                if (opposite.isContainment()) {
                    return false; // the container
                }
                if (reference.isMany() && !opposite.isMany()) {
                    return false; // the single side is written
                }
                if (reference.isMany() && reference.getName().compareTo(opposite.getName()) > 0) {
                    return false; // many-to-many: one side is enough
                }
            }
        }
        return true;
    }

    static boolean isElementType(EClass type) {
        return AttunePackage.Literals.ELEMENT.isSuperTypeOf(type) || type == AttunePackage.Literals.ELEMENT;
    }

    private static JsonObject features(EObject object) {
        JsonObject json = new JsonObject();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (written(feature) && object.eIsSet(feature)) {
                json.add(feature.getName(), value(object, feature));
            }
        }
        return json;
    }

    private static JsonElement value(EObject owner, EStructuralFeature feature) {
        Object value = owner.eGet(feature);
        if (feature.isMany()) {
            JsonArray array = new JsonArray();
            for (Object item : (List<?>) value) {
                array.add(slot(feature, item));
            }
            return array;
        }
        return slot(feature, value);
    }

    private static JsonElement slot(EStructuralFeature feature, Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (feature instanceof EAttribute) {
            return switch (value) {
                case Date d -> new JsonPrimitive(d.toInstant().toString());
                case Enumerator e -> new JsonPrimitive(e.getLiteral());
                case Number n -> new JsonPrimitive(n);
                case Boolean b -> new JsonPrimitive(b);
                default -> new JsonPrimitive(value.toString());
            };
        }
        EReference reference = (EReference) feature;
        EObject target = (EObject) value;
        if (reference.isContainment()) {
            JsonObject nested = features(target);
            nested.addProperty("$", target.eClass().getName());
            return nested;
        }
        return target instanceof Element e ? new JsonPrimitive(e.getId()) : JsonNull.INSTANCE;
    }

    /** A reference to resolve once every Element exists. */
    public record Pending(EObject owner, EReference reference, List<String> ids) {
    }

    /**
     * Makes the written features of {@code object} those of {@code json} (features it lacks are unset), except
     * {@code skip}; references are collected in {@code pending}.
     */
    @SuppressWarnings("unchecked")
    public static void apply(EObject object, JsonObject json, List<Pending> pending, Set<EStructuralFeature> skip) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (written(feature) && !skip.contains(feature) && !json.has(feature.getName()) && feature.isChangeable()) {
                object.eUnset(feature);
            }
        }
        for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(entry.getKey());
            if (feature == null || !written(feature) || skip.contains(feature)) {
                continue;
            }
            JsonElement value = entry.getValue();
            if (feature instanceof EReference r && !r.isContainment()) {
                List<String> ids = new ArrayList<>();
                if (value.isJsonArray()) {
                    value.getAsJsonArray().forEach(v -> ids.add(v.getAsString()));
                } else if (!value.isJsonNull()) {
                    ids.add(value.getAsString());
                }
                pending.add(new Pending(object, r, ids));
            } else if (feature.isMany()) {
                EList<Object> list = (EList<Object>) object.eGet(feature);
                List<Object> items = new ArrayList<>();
                value.getAsJsonArray().forEach(v -> items.add(decode(feature, v, pending)));
                list.clear();
                list.addAll(items);
            } else {
                object.eSet(feature, decode(feature, value, pending));
            }
        }
    }

    private static Object decode(EStructuralFeature feature, JsonElement json, List<Pending> pending) {
        if (json == null || json.isJsonNull()) {
            return null;
        }
        if (feature instanceof EAttribute attribute) {
            EDataType type = attribute.getEAttributeType();
            String text = json.getAsString();
            if (type instanceof EEnum eEnum) {
                return eEnum.getEEnumLiteralByLiteral(text).getInstance();
            }
            if (type.getInstanceClass() == Date.class) {
                return Date.from(Instant.parse(text));
            }
            return EcoreUtil.createFromString(type, text);
        }
        JsonObject object = json.getAsJsonObject();
        String typeName = object.get("$").getAsString();
        EClass eClass = typeName.equals("EStringToStringMapEntry") ? EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY
                : (EClass) AttunePackage.eINSTANCE.getEClassifier(typeName);
        if (eClass == null) {
            throw new IllegalArgumentException("unknown type " + typeName);
        }
        EObject value = EcoreUtil.create(eClass);
        JsonObject features = object.deepCopy();
        features.remove("$");
        apply(value, features, pending, Set.of());
        return value;
    }

    /** Resolves collected references through {@code resolve} (archive id to element, null when absent). */
    @SuppressWarnings("unchecked")
    public static void resolve(List<Pending> pending, Function<String, EObject> resolve) {
        for (Pending p : pending) {
            List<EObject> targets = new ArrayList<>();
            for (String id : p.ids()) {
                EObject target = resolve.apply(id);
                if (target != null) {
                    targets.add(target);
                }
            }
            if (p.reference().isMany()) {
                EList<EObject> list = (EList<EObject>) p.owner().eGet(p.reference());
                list.clear();
                list.addAll(targets);
            } else {
                p.owner().eSet(p.reference(), targets.isEmpty() ? null : targets.get(0));
            }
        }
    }
}
