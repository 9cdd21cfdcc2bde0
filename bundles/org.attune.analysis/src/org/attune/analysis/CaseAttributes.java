package org.attune.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.attune.model.AttributeDefinition;
import org.attune.model.AttributeType;
import org.attune.model.AttributeValue;
import org.attune.model.Case;
import org.attune.model.Project;
import org.attune.model.attributes.Attributes;

/**
 * Reads a case's value of an attribute by name: a defined attribute (AttributeDefinition, name compared
 * ignoring case), or the built-in {@code role} of every case.
 */
public final class CaseAttributes {
    public static final String ROLE = Attributes.ROLE;

    private CaseAttributes() {
    }

    /** The value of {@code attribute} for {@code participant}, or null when it has none ({@link Attributes#valueOf}). */
    public static String value(Case participant, String attribute) {
        return Attributes.valueOf(participant, Attributes.nameOf(attribute));
    }

    /**
     * Fails with the known names unless {@code attribute} is {@code role} or a defined case attribute, or
     * ({@code source.NAME}) a defined source attribute.
     */
    public static void check(Project project, String attribute) throws AnalysisException {
        boolean ofSources = Attributes.isSourceAttribute(attribute);
        String name = Attributes.nameOf(attribute);
        if (!ofSources && ROLE.equalsIgnoreCase(name) || Attributes.find(project, attribute) != null) {
            return;
        }
        Set<String> known = new LinkedHashSet<>();
        if (ofSources) {
            Attributes.ofSources(project).forEach(d -> known.add(Attributes.SOURCE_PREFIX + d.getName()));
        } else {
            known.add(ROLE);
            Attributes.ofCases(project).forEach(d -> known.add(d.getName()));
        }
        throw new AnalysisException("there is no " + (ofSources ? "source" : "case") + " attribute named \"" + name
                + "\" (the project has: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
    }

    /** The values the sources have of a source attribute ({@code source.NAME}), in the reading order of {@link #values}. */
    public static List<String> sourceValues(Project project, List<org.attune.model.Source> sources, String attribute) {
        String name = Attributes.nameOf(attribute);
        Set<String> present = sources.stream().map(s -> Attributes.valueOf(s, name)).filter(v -> v != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return ordered(Attributes.find(project, attribute), present);
    }

    /**
     * The values the project's cases have, in a reading order: a choice attribute's own order, numbers and
     * dates ascending, text alphabetically.
     */
    public static List<String> values(Project project, List<Case> cases, String attribute) {
        Set<String> present = cases.stream().map(c -> value(c, attribute)).filter(v -> v != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return ordered(definition(project, attribute), present);
    }

    /** {@code present} in a reading order: a choice attribute's own order, numbers and dates ascending, text alphabetically. */
    private static List<String> ordered(AttributeDefinition definition, Set<String> present) {
        List<String> ordered = new ArrayList<>();
        if (definition != null && definition.getType() == AttributeType.CHOICE) {
            definition.getChoices().stream().filter(present::remove).forEach(ordered::add);
        }
        List<String> rest = new ArrayList<>(present);
        if (definition != null && definition.getType() == AttributeType.NUMBER && rest.stream().allMatch(CaseAttributes::isNumber)) {
            rest.sort(Comparator.comparing(BigDecimal::new));
        } else {
            rest.sort(Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder()));
        }
        ordered.addAll(rest);
        return ordered;
    }

    private static AttributeDefinition definition(Project project, String attribute) {
        return Attributes.find(project, Attributes.nameOf(attribute), false);
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
