package org.attune.store.mapping;

import java.util.Date;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Converts attribute values to what Xodus properties and JSON hold, and back (also the PostgreSQL store's columns). */
public final class Values {
    private Values() {
    }

    /** A Comparable Xodus can store: String, Integer, Long, Double or Boolean; null for no value. */
    public static Comparable<?> toStored(EAttribute attribute, Object value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case Enumerator e -> e.getLiteral();
            case Date d -> d.getTime();
            case String s -> s;
            case Integer i -> i;
            case Long l -> l;
            case Double d -> d;
            case Boolean b -> b;
            default -> EcoreUtil.convertToString(attribute.getEAttributeType(), value);
        };
    }

    public static Object fromStored(EAttribute attribute, Object stored) {
        if (stored == null) {
            return null;
        }
        EDataType type = attribute.getEAttributeType();
        if (type instanceof EEnum) {
            return type.getEPackage().getEFactoryInstance().createFromString(type, (String) stored);
        }
        Class<?> javaType = type.getInstanceClass();
        if (javaType == Date.class) {
            return new Date(((Number) stored).longValue());
        }
        if (javaType == int.class || javaType == Integer.class) {
            return ((Number) stored).intValue();
        }
        if (javaType == long.class || javaType == Long.class) {
            return ((Number) stored).longValue();
        }
        if (javaType == double.class || javaType == Double.class) {
            return ((Number) stored).doubleValue();
        }
        if (javaType == boolean.class || javaType == Boolean.class || javaType == String.class) {
            return stored;
        }
        return EcoreUtil.createFromString(type, (String) stored);
    }
}
