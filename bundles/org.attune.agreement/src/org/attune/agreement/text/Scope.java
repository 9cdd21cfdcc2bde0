package org.attune.agreement.text;

/**
 * What a row of figures covers: one code in one source, a code in every source, a source with every code, or all; or,
 * for the semantic domains ({@link DomainAlpha}), one domain (its theme's path in {@link #code}) in one source or in
 * every source.
 */
public record Scope(String code, String source, boolean domain) {
    public static final Scope OVERALL = new Scope(null, null);

    public enum Level {
        CODE_SOURCE, CODE, SOURCE, OVERALL, DOMAIN_SOURCE, DOMAIN;

        /** How reports name the level: {@code code-source}, {@code code}, ..., {@code domain}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public Scope(String code, String source) {
        this(code, source, false);
    }

    /** A semantic domain's scope: the domain of {@code theme} in {@code source} (null: every source). */
    public static Scope domain(String theme, String source) {
        return new Scope(theme, source, true);
    }

    public Level level() {
        if (code != null) {
            if (domain) {
                return source != null ? Level.DOMAIN_SOURCE : Level.DOMAIN;
            }
            return source != null ? Level.CODE_SOURCE : Level.CODE;
        }
        return source != null ? Level.SOURCE : Level.OVERALL;
    }

    boolean covers(String aCode, String aSource) {
        return (code == null || code.equals(aCode)) && (source == null || source.equals(aSource));
    }
}
