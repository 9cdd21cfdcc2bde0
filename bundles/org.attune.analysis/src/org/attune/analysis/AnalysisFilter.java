package org.attune.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which codings an analysis looks at: only what cases with the given attribute values said
 * ({@code role=carer}; several conditions must all hold), and only one coder's codings.
 */
public record AnalysisFilter(Map<String, String> where, String coder) {
    public static final AnalysisFilter NONE = new AnalysisFilter(Map.of(), null);

    public AnalysisFilter {
        where = Map.copyOf(where);
    }

    /** Adds a condition: a case attribute (or {@code role}) must have this value (compared ignoring case). */
    public AnalysisFilter where(String attribute, String value) {
        Map<String, String> more = new LinkedHashMap<>(where);
        more.put(attribute, value);
        return new AnalysisFilter(more, coder);
    }

    /** Only codings made by this coder (a user's name or initials, ignoring case). */
    public AnalysisFilter byCoder(String name) {
        return new AnalysisFilter(where, name);
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
