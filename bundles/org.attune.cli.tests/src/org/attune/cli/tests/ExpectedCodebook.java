package org.attune.cli.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.attune.analysis.Rows;
import org.attune.coding.Coder;
import org.attune.model.AnalyticLevel;
import org.attune.model.TextSelection;
import org.attune.model.Code;
import org.attune.model.Coding;

/**
 * What a codebook and its codings should be after a sequence of actions, worked out without the store: each
 * code's parent, name and level, and which code each coding has. Immutable: every action returns the next model,
 * so that undo and redo are a step back and forth along the list of models.
 */
record ExpectedCodebook(Map<Code, Code> parents, Map<Code, String> names, Map<Code, AnalyticLevel> levels,
        Map<Coding, Code> codings) {

    /** The model of what the store holds now (its starting point). */
    static ExpectedCodebook of(List<Code> codes, List<Coding> codings) {
        Map<Code, Code> parents = new LinkedHashMap<>();
        Map<Code, String> names = new LinkedHashMap<>();
        Map<Code, AnalyticLevel> levels = new LinkedHashMap<>();
        for (Code c : codes) {
            parents.put(c, c.getParent());
            names.put(c, c.getName());
            levels.put(c, c.getLevel());
        }
        Map<Coding, Code> coded = new LinkedHashMap<>();
        codings.forEach(c -> coded.put(c, c.getCode()));
        return new ExpectedCodebook(parents, names, levels, coded);
    }

    private ExpectedCodebook copy() {
        return new ExpectedCodebook(new LinkedHashMap<>(parents), new LinkedHashMap<>(names), new LinkedHashMap<>(levels),
                new LinkedHashMap<>(codings));
    }

    List<Code> codes() {
        return List.copyOf(parents.keySet());
    }

    /** {@code code} and every code below it. */
    List<Code> tree(Code code) {
        List<Code> tree = new ArrayList<>(List.of(code));
        for (int i = 0; i < tree.size(); i++) {
            Code parent = tree.get(i);
            parents.forEach((c, p) -> {
                if (p == parent) {
                    tree.add(c);
                }
            });
        }
        return tree;
    }

    String path(Code code) {
        Code parent = parents.get(code);
        return parent == null ? names.get(code) : path(parent) + "/" + names.get(code);
    }

    boolean isTheme(Code code) {
        return Rows.THEME_LEVELS.contains(levels.get(code));
    }

    /** The codings the code has itself. */
    int own(Code code) {
        return (int) codings.values().stream().filter(c -> c == code).count();
    }

    /** The one count of a code everywhere: its own codings and its sub-codes', each coding once. */
    int withSubCodes(Code code) {
        List<Code> tree = tree(code);
        return (int) codings.values().stream().filter(tree::contains).count();
    }

    /** {@link #withSubCodes} in transcripts only: what a coding query reads (a picture's regions have no words). */
    int inTextWithSubCodes(Code code) {
        List<Code> tree = tree(code);
        return (int) codings.entrySet().stream().filter(e -> tree.contains(e.getValue())
                && e.getKey().getSelection() instanceof org.attune.model.TextSelection).count();
    }

    /** The sources that {@link #withSubCodes} counts codings in. */
    int sourcesWithSubCodes(Code code) {
        List<Code> tree = tree(code);
        return (int) codings.entrySet().stream().filter(e -> tree.contains(e.getValue())).map(e -> e.getKey().eContainer())
                .distinct().count();
    }

    List<Coding> codingsOf(Code code) {
        return codings.entrySet().stream().filter(e -> e.getValue() == code).map(Map.Entry::getKey).toList();
    }

    /** A copy of this expectation with {@code change} made to it (this one stays as it is). */
    private ExpectedCodebook with(java.util.function.Consumer<ExpectedCodebook> change) {
        ExpectedCodebook next = copy();
        change.accept(next);
        return next;
    }

    ExpectedCodebook created(Code code, Code parent) {
        return with(next -> {
            next.parents.put(code, parent);
            next.names.put(code, code.getName());
            next.levels.put(code, code.getLevel());
        });
    }

    ExpectedCodebook renamed(Code code, String name) {
        return with(next -> next.names.put(code, name));
    }

    ExpectedCodebook relevelled(Code code, AnalyticLevel level) {
        return with(next -> next.levels.put(code, level));
    }

    ExpectedCodebook moved(Code code, Code parent) {
        return with(next -> next.parents.put(code, parent));
    }

    /** Merge: the codings move unless {@code into} already codes the same stretch (then they go), sub-codes move. */
    ExpectedCodebook merged(Code from, Code into) {
        ExpectedCodebook next = copy();
        for (Coding coding : codingsOf(from)) {
            boolean duplicate = next.codings.entrySet().stream().anyMatch(e -> e.getValue() == into && sameStretch(e.getKey(), coding));
            if (duplicate) {
                next.codings.remove(coding);
            } else {
                next.codings.put(coding, into);
            }
        }
        parents.forEach((c, p) -> {
            if (p == from) {
                next.parents.put(c, into);
            }
        });
        next.parents.remove(from);
        next.names.remove(from);
        next.levels.remove(from);
        return next;
    }

    ExpectedCodebook split(Code code, Code part, List<Coding> taken) {
        ExpectedCodebook next = created(part, parents.get(code));
        taken.forEach(c -> next.codings.put(c, part));
        return next;
    }

    ExpectedCodebook deleted(Code code) {
        ExpectedCodebook next = copy();
        List<Code> tree = tree(code);
        next.codings.values().removeIf(tree::contains);
        tree.forEach(c -> {
            next.parents.remove(c);
            next.names.remove(c);
            next.levels.remove(c);
        });
        return next;
    }

    ExpectedCodebook coded(Coding coding, Code code) {
        return with(next -> next.codings.put(coding, code));
    }

    ExpectedCodebook uncoded(List<Coding> removed) {
        return with(next -> removed.forEach(next.codings::remove));
    }

    /** Whether {@code code} already codes [start, end) of the coding's source (the coder then codes nothing). */
    boolean codes(Object source, int start, int end, Code code) {
        return codings.entrySet().stream().anyMatch(e -> e.getValue() == code && e.getKey().eContainer() == source
                && (int) e.getKey().start() == start && (int) e.getKey().end() == end);
    }

    private static boolean sameStretch(Coding a, Coding b) {
        return a.eContainer() == b.eContainer() && (int) a.start() == (int) b.start() && (int) a.end() == (int) b.end()
                && a.getSelection() instanceof TextSelection;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpectedCodebook e && parents.equals(e.parents) && names.equals(e.names) && levels.equals(e.levels)
                && codings.equals(e.codings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parents, names, levels, codings);
    }
}
