package org.attune.analysis;

import java.util.Locale;

/** What a matrix cell counts. */
public enum Measure {
    /** How many codings. */
    CODINGS,
    /** How many sources have such codings. */
    SOURCES,
    /** 1 when there is any such coding, else 0. */
    PRESENCE,
    /** How many words the codings cover (overlapping codings' words counted once). */
    WORDS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Measure parse(String text) throws AnalysisException {
        for (Measure m : values()) {
            if (m.label().equalsIgnoreCase(text.strip())) {
                return m;
            }
        }
        throw new AnalysisException("unknown measure \"" + text + "\": use codings, sources, presence or words");
    }
}
