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
    public static final String ROLE = "role";

    private CaseAttributes() {
    }

    /** The value of {@code attribute} for {@code participant}, or null when it has none. */
    public static String value(Case participant, String attribute) {
        for (AttributeValue v : participant.getValues()) {
            if (v.getDefinition() != null && attribute.equalsIgnoreCase(v.getDefinition().getName())
                    && v.getValue() != null && !v.getValue().isBlank()) {
                return v.getValue().strip();
            }
        }
        if (ROLE.equalsIgnoreCase(attribute) && participant.getRole() != null && !participant.getRole().isBlank()) {
            return participant.getRole().strip();
        }
        return null;
    }

    /** Fails with the known names unless {@code attribute} is {@code role} or a defined attribute. */
    public static void check(Project project, String attribute) throws AnalysisException {
        if (ROLE.equalsIgnoreCase(attribute) || definition(project, attribute) != null) {
            return;
        }
        Set<String> known = new LinkedHashSet<>();
        known.add(ROLE);
        Attributes.ofCases(project).forEach(d -> known.add(d.getName()));
        throw new AnalysisException("there is no case attribute named \"" + attribute + "\" (the project has: "
                + String.join(", ", known) + ")");
    }

    /**
     * The values the project's cases have, in a reading order: a choice attribute's own order, numbers and
     * dates ascending, text alphabetically.
     */
    public static List<String> values(Project project, List<Case> cases, String attribute) {
        Set<String> present = cases.stream().map(c -> value(c, attribute)).filter(v -> v != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        AttributeDefinition definition = definition(project, attribute);
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
        return Attributes.find(project, attribute, false);
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
