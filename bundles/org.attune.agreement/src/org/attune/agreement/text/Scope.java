package org.attune.agreement.text;

/** What a row of figures covers: one code in one source, a code in every source, a source with every code, or all. */
public record Scope(String code, String source) {
    public static final Scope OVERALL = new Scope(null, null);

    public enum Level { CODE_SOURCE, CODE, SOURCE, OVERALL }

    public Level level() {
        if (code != null) {
            return source != null ? Level.CODE_SOURCE : Level.CODE;
        }
        return source != null ? Level.SOURCE : Level.OVERALL;
    }

    boolean covers(String aCode, String aSource) {
        return (code == null || code.equals(aCode)) && (source == null || source.equals(aSource));
    }
}
