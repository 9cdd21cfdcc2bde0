package org.attune.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.Project;

/**
 * The codes a matrix has as rows: every code (in the code tree's order), or only the themes (codes at level
 * candidate theme, reviewed theme or theme).
 */
public enum Rows {
    CODES, THEMES;

    /** The levels that make a code a theme. */
    public static final Set<AnalyticLevel> THEME_LEVELS = EnumSet.of(AnalyticLevel.CANDIDATE_THEME,
            AnalyticLevel.REVIEWED_THEME, AnalyticLevel.THEME);

    public static Rows parse(String text) throws AnalysisException {
        for (Rows r : values()) {
            if (r.name().equalsIgnoreCase(text.strip())) {
                return r;
            }
        }
        throw new AnalysisException("unknown rows \"" + text + "\": use codes or themes");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The row codes in tree order (parents before their children). */
    public List<Code> codes(Project project) {
        List<Code> all = new ArrayList<>();
        project.getCodes().forEach(c -> collect(c, all));
        return this == CODES ? all : all.stream().filter(c -> THEME_LEVELS.contains(c.getLevel())).toList();
    }

    private static void collect(Code code, List<Code> into) {
        into.add(code);
        code.getChildren().forEach(c -> collect(c, into));
    }
}
