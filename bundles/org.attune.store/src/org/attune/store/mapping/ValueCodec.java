package org.attune.store.mapping;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;

/**
 * Value objects (non-Element contents such as selections, scores, sync points, settings) as JSON:
 * {@code {"$":"TextSelection","start":3,"end":9}}. References to Elements are written as their ids and
 * resolved after loading, when every Element is known.
 */
public final class ValueCodec {
    /** A reference from a decoded value to an Element, resolved later. */
    public record PendingReference(EObject owner, EReference reference, String id) {
    }

    private final Function<EObject, String> idOf;

    public ValueCodec(Function<EObject, String> idOf) {
        this.idOf = idOf;
    }

    /**
     * The JSON text of a value-holding feature of {@code owner} (an object, an array), or null when it holds nothing
     * (no value, an empty list). Written as a stream, without building a tree of it first: an import writes the speaker
     * turns and sync points of every transcript this way, and the tree was the larger part of its store action.
     */
    public String featureJson(EObject owner, EStructuralFeature feature) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setStrictness(Strictness.LENIENT); // as Gson writes a tree: a double that is not a number stays writable
            writeFeature(json, owner, feature);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        String written = text.toString();
        return written.equals("null") || written.equals("[]") ? null : written;
    }

    private void writeFeature(JsonWriter json, EObject owner, EStructuralFeature feature) throws IOException {
        Object value = owner.eGet(feature, false);
        if (feature.isMany()) {
            json.beginArray();
            for (Object item : (List<?>) value) {
                writeSlot(json, feature, item);
            }
            json.endArray();
        } else if (value == null) {
            json.nullValue();
        } else {
            writeSlot(json, feature, value);
        }
    }

    private void writeSlot(JsonWriter json, EStructuralFeature feature, Object value) throws IOException {
        if (feature instanceof EAttribute attribute) {
            Comparable<?> stored = Values.toStored(attribute, value);
            switch (stored) {
                case null -> json.nullValue();
                case String s -> json.value(s);
                case Number n -> json.value(n);
                case Boolean b -> json.value(b.booleanValue());
                default -> json.value(stored.toString());
            }
            return;
        }
        EReference reference = (EReference) feature;
        EObject target = (EObject) value;
        if (reference.isContainment()) {
            writeObject(json, target);
        } else {
            json.value(idOf.apply(target));
        }
    }

    private void writeObject(JsonWriter json, EObject value) throws IOException {
        json.beginObject();
        json.name("$").value(value.eClass().getName());
        for (EStructuralFeature feature : value.eClass().getEAllStructuralFeatures()) {
            if (ModelMapping.isStored(feature) && value.eIsSet(feature)) {
                json.name(feature.getName());
                writeFeature(json, value, feature);
            }
        }
        json.endObject();
    }

    /** Fills {@code feature} of {@code owner} from JSON; references are added to {@code pending}. */
    @SuppressWarnings("unchecked")
    public void decodeFeature(EObject owner, EStructuralFeature feature, JsonElement json, List<PendingReference> pending) {
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
