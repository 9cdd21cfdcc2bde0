package org.attune.analysis;

/**
 * What a matrix has as columns: the cases, the sources, or the values of one case attribute ({@code attribute:role})
 * or source attribute ({@code attribute:source.From}, {@link org.attune.model.attributes.Attributes#SOURCE_PREFIX}).
 *
 * @param attribute the attribute's name for {@link Kind#ATTRIBUTE}, else null
 */
public record Columns(Kind kind, String attribute) {
    public enum Kind {
        CASES, SOURCES, ATTRIBUTE
    }

    public static final String NO_CASE = "(no case)";
    public static final String NO_VALUE = "(no value)";

    public static Columns cases() {
        return new Columns(Kind.CASES, null);
    }

    public static Columns sources() {
        return new Columns(Kind.SOURCES, null);
    }

    public static Columns attribute(String name) {
        return new Columns(Kind.ATTRIBUTE, name);
    }

    /** Reads {@code cases}, {@code sources} or {@code attribute:NAME}. */
    public static Columns parse(String text) throws AnalysisException {
        String t = text.strip();
        if (t.equalsIgnoreCase("cases")) {
            return cases();
        }
        if (t.equalsIgnoreCase("sources")) {
            return sources();
        }
        if (t.regionMatches(true, 0, "attribute:", 0, "attribute:".length()) && t.length() > "attribute:".length()) {
            return attribute(t.substring("attribute:".length()).strip());
        }
        throw new AnalysisException("unknown columns \"" + text + "\": use cases, sources, attribute:NAME (a case attribute, e.g. attribute:role) "
                + "or attribute:source.NAME (a source attribute, e.g. attribute:source.From)");
    }

    public String label() {
        return kind == Kind.ATTRIBUTE ? "attribute:" + attribute : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
