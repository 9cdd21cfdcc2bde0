package org.attune.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attune.model.AnalyticLevel;
import org.attune.model.Code;

/**
 * A code's definition, inclusion and exclusion criteria, example and analytic level folded into the one
 * Description that REFI-QDA gives a code, so that other tools show them as text and Attune reads them back
 * exactly:
 *
 * <pre>
 * definition (any text)
 *
 * [Inclusion criteria]
 * text
 *
 * [Exclusion criteria]
 * text
 *
 * [Example]
 * text
 *
 * [Analytic level]
 * candidate theme
 * </pre>
 *
 * A heading is a line that is exactly one of these; each part present is preceded by one blank line (none before
 * the first). A line of a value that would read as a heading is written with one more leading backslash, and
 * reading removes one. A description without headings is all definition (what other tools write). Empty values
 * count as absent.
 */
public final class CodeDescription {
    static final String INCLUSION = "[Inclusion criteria]";
    static final String EXCLUSION = "[Exclusion criteria]";
    static final String EXAMPLE = "[Example]";
    static final String LEVEL = "[Analytic level]";
    private static final List<String> HEADINGS = List.of(INCLUSION, EXCLUSION, EXAMPLE, LEVEL);
    private static final Pattern HEADING = Pattern.compile(
            "^(\\\\*)(\\[(?:Inclusion criteria|Exclusion criteria|Example|Analytic level)\\])$", Pattern.MULTILINE);

    /** The parts of a description. */
    public record Parts(String definition, String inclusion, String exclusion, String example, AnalyticLevel level) {
        public void applyTo(Code code) {
            code.setDefinition(definition);
            code.setInclusionCriteria(inclusion);
            code.setExclusionCriteria(exclusion);
            code.setExample(example);
            code.setLevel(level == null ? AnalyticLevel.UNSPECIFIED : level);
        }
    }

    private CodeDescription() {
    }

    /** The folded description of {@code code}, or null when it has nothing to say. */
    public static String fold(Code code) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(INCLUSION, code.getInclusionCriteria());
        parts.put(EXCLUSION, code.getExclusionCriteria());
        parts.put(EXAMPLE, code.getExample());
        parts.put(LEVEL, code.getLevel() == null || code.getLevel() == AnalyticLevel.UNSPECIFIED ? null
                : code.getLevel().getLiteral().replace('_', ' '));
        StringBuilder text = new StringBuilder();
        if (present(code.getDefinition())) {
            text.append(escape(code.getDefinition()));
        }
        parts.forEach((heading, value) -> {
            if (present(value)) {
                if (text.length() > 0 || present(code.getDefinition())) {
                    text.append("\n\n");
                }
                text.append(heading).append('\n').append(escape(value));
            }
        });
        return text.length() == 0 ? null : text.toString();
    }

    /** Reads a description written by {@link #fold} or by another tool. */
    public static Parts parse(String description) {
        if (description == null || description.isEmpty()) {
            return new Parts(null, null, null, null, AnalyticLevel.UNSPECIFIED);
        }
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = HEADING.matcher(description);
        String current = null;
        int from = 0;
        while (m.find()) {
            if (!m.group(1).isEmpty()) {
                continue; // an escaped line inside a value
            }
            values.put(current, section(description.substring(from, m.start()), current == null));
            current = m.group(2);
            from = Math.min(description.length(), m.end() + 1);
        }
        values.put(current, current == null ? description : description.substring(from));
        if (current == null) { // no headings: all definition
            return new Parts(unescape(description), null, null, null, AnalyticLevel.UNSPECIFIED);
        }
        String level = values.get(LEVEL);
        return new Parts(value(values.get(null)), value(values.get(INCLUSION)), value(values.get(EXCLUSION)),
                value(values.get(EXAMPLE)), level(level));
    }

    private static String section(String raw, boolean first) {
        return raw.endsWith("\n\n") ? raw.substring(0, raw.length() - 2) : first && raw.isEmpty() ? null : raw;
    }

    private static String value(String raw) {
        return raw == null || raw.isEmpty() ? null : unescape(raw);
    }

    private static AnalyticLevel level(String text) {
        if (text == null || text.isBlank()) {
            return AnalyticLevel.UNSPECIFIED;
        }
        AnalyticLevel level = AnalyticLevel.get(text.strip().toLowerCase(Locale.ROOT).replace(' ', '_'));
        return level == null ? AnalyticLevel.UNSPECIFIED : level;
    }

    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }

    private static String escape(String value) {
        return HEADING.matcher(value).replaceAll(r -> Matcher.quoteReplacement("\\" + r.group(1) + r.group(2)));
    }

    private static String unescape(String value) {
        Matcher m = Pattern.compile("^\\\\(\\\\*\\[(?:Inclusion criteria|Exclusion criteria|Example|Analytic level)\\])$",
                Pattern.MULTILINE).matcher(value);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    }

    static List<String> headings() {
        return HEADINGS;
    }
}
