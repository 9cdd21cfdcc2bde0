package org.attune.model.attributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.model.AttributeDefinition;
import org.attune.model.AttributeType;
import org.attune.model.AttributeValue;
import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.Project;
import org.attune.model.Source;
import org.eclipse.emf.common.util.EList;

/**
 * The attributes of cases and of sources. Both are {@link AttributeDefinition}s of the project, told apart by
 * {@link AttributeDefinition#isForSources()}: a case attribute and a source attribute may share a name. Names
 * are compared ignoring upper and lower case. Methods that change the model must run inside a store action.
 */
public final class Attributes {
    /**
     * Where case and source attributes meet (a filter's {@code --where}, a matrix's columns), {@code source.NAME}
     * names a source attribute; {@code NAME} or {@code case.NAME} a case attribute, {@link #ROLE} among them.
     */
    public static final String SOURCE_PREFIX = "source.";
    public static final String CASE_PREFIX = "case.";
    /** Every case's built-in attribute, its role (carer, child, guider...). */
    public static final String ROLE = "role";

    private Attributes() {
    }

    /** Whether {@code reference} names a source attribute ({@code source.NAME}). */
    public static boolean isSourceAttribute(String reference) {
        String r = reference.strip();
        return r.regionMatches(true, 0, SOURCE_PREFIX, 0, SOURCE_PREFIX.length()) && r.length() > SOURCE_PREFIX.length();
    }

    /** The attribute's name in {@code reference}, without {@code source.} or {@code case.}. */
    public static String nameOf(String reference) {
        String r = reference.strip();
        if (isSourceAttribute(r)) {
            return r.substring(SOURCE_PREFIX.length()).strip();
        }
        return r.regionMatches(true, 0, CASE_PREFIX, 0, CASE_PREFIX.length()) && r.length() > CASE_PREFIX.length()
                ? r.substring(CASE_PREFIX.length()).strip() : r;
    }

    /** The definition {@code reference} names ({@code source.NAME}, {@code case.NAME} or {@code NAME}), or null. */
    public static AttributeDefinition find(Project project, String reference) {
        return find(project, nameOf(reference), isSourceAttribute(reference));
    }

    /** A case's value of the attribute named ({@link #ROLE} included), stripped; null when it has none or a blank one. */
    public static String valueOf(Case c, String name) {
        String value = blankless(value(c.getValues(), name));
        return value == null && ROLE.equalsIgnoreCase(name.strip()) ? blankless(c.getRole()) : value;
    }

    /** A source's value of the attribute named, stripped; null when it has none or a blank one. */
    public static String valueOf(Source source, String name) {
        return blankless(value(source.getValues(), name));
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The project's attributes of cases, in their order. */
    public static List<AttributeDefinition> ofCases(Project project) {
        return project.getAttributeDefinitions().stream().filter(d -> !d.isForSources()).toList();
    }

    /** The project's attributes of sources, in their order. */
    public static List<AttributeDefinition> ofSources(Project project) {
        return project.getAttributeDefinitions().stream().filter(AttributeDefinition::isForSources).toList();
    }

    /** The attribute of that name for sources or for cases, or null. */
    public static AttributeDefinition find(Project project, String name, boolean forSources) {
        String wanted = name.strip();
        return project.getAttributeDefinitions().stream()
                .filter(d -> d.isForSources() == forSources && d.getName() != null && d.getName().equalsIgnoreCase(wanted))
                .findFirst().orElse(null);
    }

    /** The attribute of that name, defined as text when there is none yet. */
    public static AttributeDefinition define(Project project, String name, boolean forSources) {
        AttributeDefinition found = find(project, name, forSources);
        if (found != null) {
            return found;
        }
        AttributeDefinition d = AttuneFactory.eINSTANCE.createAttributeDefinition();
        d.setName(name.strip());
        d.setType(AttributeType.TEXT);
        d.setForSources(forSources);
        project.getAttributeDefinitions().add(d);
        return d;
    }

    /** Sets a source's attribute, defining it on first use; a null or blank value removes it. */
    public static void set(Project project, Source source, String name, String value) {
        put(source.getValues(), define(project, name, true), value);
    }

    /** Sets a case's attribute, defining it on first use; a null or blank value removes it. */
    public static void set(Project project, Case c, String name, String value) {
        put(c.getValues(), define(project, name, false), value);
    }

    /**
     * A changed value replaces the one before (a new value object in the owner's list, never a change inside the
     * old one): the owner (case or source) hears of it, as the store and the index, which follow the owner, must.
     */
    private static void put(EList<AttributeValue> values, AttributeDefinition definition, String value) {
        String now = value == null ? "" : value.strip();
        AttributeValue existing = values.stream().filter(v -> v.getDefinition() == definition).findFirst().orElse(null);
        if (existing != null && now.equals(existing.getValue())) {
            return;
        }
        if (existing != null) {
            values.remove(existing);
        }
        if (!now.isEmpty()) {
            AttributeValue v = AttuneFactory.eINSTANCE.createAttributeValue();
            v.setDefinition(definition);
            v.setValue(now);
            values.add(v);
        }
    }

    /** The value of the attribute named, or null. */
    public static String value(List<AttributeValue> values, String name) {
        String wanted = name.strip();
        return values.stream().filter(v -> v.getDefinition() != null && wanted.equalsIgnoreCase(v.getDefinition().getName()))
                .map(AttributeValue::getValue).findFirst().orElse(null);
    }

    /** A source's attribute values by name, in the order the project defines its attributes; unset ones left out. */
    public static Map<String, String> of(Project project, Source source) {
        Map<String, String> values = new LinkedHashMap<>();
        for (AttributeDefinition d : ofSources(project)) {
            source.getValues().stream().filter(v -> v.getDefinition() == d).findFirst().ifPresent(v -> values.put(d.getName(), v.getValue()));
        }
        return values;
    }
}
