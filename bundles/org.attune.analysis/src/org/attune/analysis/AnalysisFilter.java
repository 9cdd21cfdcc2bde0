package org.attune.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.attune.model.Coding;

/**
 * Which codings an analysis looks at: only what cases with the given attribute values said
 * ({@code role=carer}; several conditions must all hold), only one coder's codings, and only the codings
 * {@code visible} lets through (the blind coding rule, {@code org.attune.coding.BlindCoding#canSee}, passed in by
 * the caller).
 */
public record AnalysisFilter(Map<String, String> where, String coder, Predicate<Coding> visible) {
    public static final AnalysisFilter NONE = new AnalysisFilter(Map.of(), null);

    public AnalysisFilter {
        where = Map.copyOf(where);
        Objects.requireNonNull(visible, "visible");
    }

    /** Every coding of the cases and coder. */
    public AnalysisFilter(Map<String, String> where, String coder) {
        this(where, coder, c -> true);
    }

    /** This filter, keeping only the codings {@code visible} lets through. */
    public AnalysisFilter seenThrough(Predicate<Coding> visible) {
        return new AnalysisFilter(where, coder, visible);
    }

    /** Adds a condition: a case attribute (or {@code role}) must have this value (compared ignoring case). */
    public AnalysisFilter where(String attribute, String value) {
        Map<String, String> more = new LinkedHashMap<>(where);
        more.put(attribute, value);
        return new AnalysisFilter(more, coder, visible);
    }

    /** Only codings made by this coder (a user's name or initials, ignoring case). */
    public AnalysisFilter byCoder(String name) {
        return new AnalysisFilter(where, name, visible);
    }

    /** Reads {@code attribute=value}. */
    public AnalysisFilter where(String condition) throws AnalysisException {
        int eq = condition.indexOf('=');
        if (eq <= 0 || eq == condition.length() - 1) {
            throw new AnalysisException("cannot read the condition \"" + condition + "\": write ATTRIBUTE=VALUE, e.g. role=carer");
        }
        return where(condition.substring(0, eq).strip(), condition.substring(eq + 1).strip());
    }
}
