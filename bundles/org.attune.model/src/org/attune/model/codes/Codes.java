package org.attune.model.codes;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.attune.model.AnalyticLevel;
import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.CodeChange;
import org.attune.model.CodeChangeKind;
import org.attune.model.Project;

/**
 * The one home of the rules for naming, finding and making codes, which every way of creating a code (the
 * codebook, in vivo, coding search hits, REFI-QDA import, the sample study) goes through: a name is trimmed, not
 * empty and without '/'; a new code gets the palette's next colour and a first entry in its history; a code is
 * found by its {@code Parent/Child} path ({@link Code#path()}) or, when that is unique, by its bare name, ignoring case.
 */
public final class Codes {
    /** Distinguishable code colours (Okabe–Ito plus lighter tints), handed out in turn. */
    public static final List<String> PALETTE = List.of("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00",
            "#cc79a7", "#999999", "#f5c766", "#9fd3f2", "#66c4ab", "#f6ee8e", "#66aad1", "#e69e66", "#e0afca", "#c2c2c2");

    private Codes() {
    }

    /** The palette's colour for the {@code index}-th code. */
    public static String colour(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    /** The name, trimmed and its white space folded; refuses an empty name and one with '/' (it separates a code from its parent in a path). */
    public static String checkName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a code needs a name");
        }
        if (clean.contains("/")) {
            throw new IllegalArgumentException("a code name cannot contain '/' (it separates a code from its parent)");
        }
        return clean;
    }

    /**
     * The code with this {@code Parent/Child} path, else the one code with this name (ignoring case); empty when
     * there is none. Refuses a bare name that several codes have, naming their paths.
     */
    public static Optional<Code> find(Project project, String nameOrPath) {
        String wanted = nameOrPath == null ? "" : nameOrPath.strip();
        List<Code> all = CodeTree.all(project);
        Optional<Code> byPath = all.stream().filter(c -> c.path().equalsIgnoreCase(wanted)).findFirst();
        if (byPath.isPresent()) {
            return byPath;
        }
        List<Code> byName = all.stream().filter(c -> c.getName().equalsIgnoreCase(wanted)).toList();
        if (byName.size() > 1) {
            throw new IllegalArgumentException("several codes are named \"" + wanted + "\": give the path, one of "
                    + byName.stream().map(c -> "\"" + c.path() + "\"").collect(Collectors.joining(", ")));
        }
        return byName.stream().findFirst();
    }

    /**
     * A new code to be placed under {@code parent} (null: the top level), not yet in the project, whose history
     * starts with "created".
     */
    public static Code create(Project project, Code parent, String name, AnalyticLevel level) {
        return create(project, parent, name, level, change(CodeChangeKind.CREATED, "created", List.of()));
    }

    /**
     * A new code to be placed under {@code parent} (null: the top level), not yet in the project: see
     * {@link #create(List, int, String, AnalyticLevel, CodeChange)}.
     */
    public static Code create(Project project, Code parent, String name, AnalyticLevel level, CodeChange origin) {
        return create(parent == null ? project.getCodes() : parent.getChildren(), CodeTree.all(project).size(), name, level, origin);
    }

    /**
     * The one way a code is made: the checked name ({@link #checkName}), which none of {@code siblings} (the codes
     * it will stand beside) has, ignoring case, so that its path is unique; the level ({@code UNSPECIFIED} for
     * null); the palette's colour for the {@code codesBefore}-th code; and {@code origin} as the first entry of its
     * history. The caller places it among {@code siblings} (within an action, for a project that is open).
     */
    public static Code create(List<Code> siblings, int codesBefore, String name, AnalyticLevel level, CodeChange origin) {
        String clean = checkName(name);
        checkFree(siblings, clean, null);
        Code code = AttuneFactory.eINSTANCE.createCode();
        code.setName(clean);
        code.setLevel(level == null ? AnalyticLevel.UNSPECIFIED : level);
        code.setColour(colour(codesBefore));
        code.getHistory().add(origin);
        return code;
    }

    /**
     * Refuses {@code name} when one of {@code siblings} other than {@code except} has it, ignoring case: two codes
     * with one path could not be told apart.
     */
    public static void checkFree(List<Code> siblings, String name, Code except) {
        Optional<Code> taken = namesake(siblings, name, except);
        if (taken.isPresent()) {
            throw new IllegalArgumentException("there is a code \"" + taken.get().path() + "\" already");
        }
    }

    /** The one of {@code siblings} other than {@code except} that is named {@code name}, ignoring case. */
    public static Optional<Code> namesake(List<Code> siblings, String name, Code except) {
        return siblings.stream().filter(s -> s != except && s.getName() != null && s.getName().equalsIgnoreCase(name)).findFirst();
    }

    /** An entry of a code's history. */
    public static CodeChange change(CodeChangeKind kind, String description, List<String> relatedCodeIds) {
        CodeChange change = AttuneFactory.eINSTANCE.createCodeChange();
        change.setKind(kind);
        change.setDescription(description);
        change.getRelatedCodeIds().addAll(relatedCodeIds);
        return change;
    }
}
