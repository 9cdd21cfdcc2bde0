package org.attune.store.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Value objects (non-Element contents such as selections, scores, sync points, settings) as JSON:
 * {@code {"$":"TextSelection","start":3,"end":9}}. References to Elements are written as their ids and
 * resolved after loading, when every Element is known.
 */
final class ValueCodec {
    /** A reference from a decoded value to an Element, resolved later. */
    record PendingReference(EObject owner, EReference reference, String id) {
    }

    private final Function<EObject, String> idOf;

    ValueCodec(Function<EObject, String> idOf) {
        this.idOf = idOf;
    }

    /** The JSON of a value-holding feature of {@code owner}: an object, an array, or null. */
    JsonElement encodeFeature(EObject owner, EStructuralFeature feature) {
        Object value = owner.eGet(feature, false);
        if (feature.isMany()) {
            JsonArray array = new JsonArray();
            for (Object item : (List<?>) value) {
                array.add(encodeSlot(feature, item));
            }
            return array;
        }
        return value == null ? JsonNull.INSTANCE : encodeSlot(feature, value);
    }

    private JsonElement encodeSlot(EStructuralFeature feature, Object value) {
        if (feature instanceof EAttribute attribute) {
            Comparable<?> stored = Values.toStored(attribute, value);
            return switch (stored) {
                case null -> JsonNull.INSTANCE;
                case String s -> new JsonPrimitive(s);
                case Number n -> new JsonPrimitive(n);
                case Boolean b -> new JsonPrimitive(b);
                default -> new JsonPrimitive(stored.toString());
            };
        }
        EReference reference = (EReference) feature;
        EObject target = (EObject) value;
        return reference.isContainment() ? encode(target) : new JsonPrimitive(idOf.apply(target));
    }

    JsonObject encode(EObject value) {
        JsonObject json = new JsonObject();
        json.addProperty("$", value.eClass().getName());
        for (EStructuralFeature feature : value.eClass().getEAllStructuralFeatures()) {
            if (ModelMapping.isStored(feature) && value.eIsSet(feature)) {
                json.add(feature.getName(), encodeFeature(value, feature));
            }
        }
        return json;
    }

    /** Fills {@code feature} of {@code owner} from JSON; references are added to {@code pending}. */
    @SuppressWarnings("unchecked")
    void decodeFeature(EObject owner, EStructuralFeature feature, JsonElement json, List<PendingReference> pending) {
        if (json == null || json.isJsonNull()) {
            return;
        }
        if (feature.isMany()) {
            EList<Object> list = (EList<Object>) owner.eGet(feature, false);
            for (JsonElement item : json.getAsJsonArray()) {
                if (feature instanceof EReference r && !r.isContainment()) {
                    pending.add(new PendingReference(owner, r, item.getAsString()));
                } else {
                    list.add(decodeSlot(feature, item, pending));
                }
            }
        } else if (feature instanceof EReference r && !r.isContainment()) {
            pending.add(new PendingReference(owner, r, json.getAsString()));
        } else {
            owner.eSet(feature, decodeSlot(feature, json, pending));
        }
    }

    private Object decodeSlot(EStructuralFeature feature, JsonElement json, List<PendingReference> pending) {
        if (feature instanceof EAttribute attribute) {
            JsonPrimitive p = json.getAsJsonPrimitive();
            Object stored = p.isBoolean() ? (Object) p.getAsBoolean()
                    : p.isNumber() ? (Object) p.getAsNumber() : p.getAsString();
            if (stored instanceof Number n && attribute.getEAttributeType().getInstanceClass() == String.class) {
                stored = n.toString();
            }
            return Values.fromStored(attribute, stored instanceof Number n ? normalise(n) : stored);
        }
        return decode(json.getAsJsonObject(), pending);
    }

    private static Number normalise(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 9.0e15 ? (Number) Long.valueOf(n.longValue()) : (Number) Double.valueOf(d);
    }

    EObject decode(JsonObject json, List<PendingReference> pending) {
        String type = json.get("$").getAsString();
        EClass eClass = type.equals("EStringToStringMapEntry")
                ? org.eclipse.emf.ecore.EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY : ModelMapping.classNamed(type);
        EObject value = EcoreUtil.create(eClass);
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (json.has(feature.getName())) {
                decodeFeature(value, feature, json.get(feature.getName()), pending);
            }
        }
        return value;
    }
}
