package org.attune.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.attune.core.ActionLabel;
import org.attune.core.Counted;
import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.codes.CodeTree;
import org.attune.model.codes.Codes;
import org.attune.model.CodeChange;
import org.attune.model.CodeChangeKind;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.store.ProjectStore;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The codebook's operations, each one undoable action committed to the store. A code's history records
 * renames, merges, splits, moves, redefinitions and level changes, so that the audit trail of an analysis
 * survives its reorganisation.
 */
public final class Codebook {
    private final ProjectStore store;

    public Codebook(ProjectStore store) {
        this.store = store;
    }

    /** Every code, depth first in tree order. */
    public List<Code> all() {
        return CodeTree.all(store.project());
    }

    /** The code with this {@code Parent/Child} path, or the one code of this name, ignoring case ({@link Codes#find}). */
    public Optional<Code> find(String name) {
        return Codes.find(store.project(), name);
    }

    /** A new code under {@code parent} (null: top level), with the next colour of the palette. */
    public Code create(String name, Code parent, AnalyticLevel level) {
        Code code = Codes.create(store.project(), parent, name, level);
        store.apply("New code " + ActionLabel.q(code.getName()), () -> siblings(parent).add(code));
        return code;
    }

    /** The code named {@code name} ({@link #find}), or a new open code of that name at the top level. */
    public Code findOrCreate(String name) {
        return find(name).orElseGet(() -> create(name, null, AnalyticLevel.OPEN));
    }

    public void rename(Code code, String name) {
        String clean = checkName(name);
        if (clean.equals(code.getName())) {
            return;
        }
        Codes.checkFree(siblings(code.getParent()), clean, code);
        String old = code.getName();
        store.apply("Rename " + ActionLabel.q(old) + " to " + ActionLabel.q(clean), () -> {
            code.setName(clean);
            code.getHistory().add(change(CodeChangeKind.RENAMED, "renamed from \"" + old + "\"", List.of()));
        });
    }

    /** Moves {@code code} under {@code parent} (null: top level) at {@code index} (-1: last). */
    public void move(Code code, Code parent, int index) {
        for (Code p = parent; p != null; p = p.getParent()) {
            if (p == code) {
                throw new IllegalArgumentException("\"" + code.getName() + "\" cannot be moved under itself");
            }
        }
        Codes.checkFree(siblings(parent), code.getName(), code);
        String where = parent == null ? "the top level" : "\"" + parent.getName() + "\"";
        store.apply("Move " + ActionLabel.q(code.getName()), () -> {
            EList<Code> target = siblings(parent);
            int at = index < 0 || index > target.size() ? target.size() : index;
            if (target.contains(code)) {
                target.move(Math.min(at, target.size() - 1), code);
            } else {
                target.add(at, code);
            }
            code.getHistory().add(change(CodeChangeKind.MOVED, "moved to " + where,
                    parent == null ? List.of() : List.of(parent.getId())));
        });
    }

    /** Moves {@code codes} under {@code parent} (null: top level), last, as one action (dragging several codes). */
    public void move(List<Code> codes, Code parent) {
        store.applyAsOne("Move " + Counted.of(codes.size(), "code"), () -> codes.stream().filter(c -> c != parent)
                .forEach(c -> move(c, parent, -1)));
    }

    /**
     * Merges {@code from} into {@code into}: its codings and sub-codes move, its history and a record of the
     * merge are kept on {@code into}, then {@code from} is removed. Identical codings are kept once.
     */
    public int merge(Code from, Code into) {
        if (from == into) {
            throw new IllegalArgumentException("a code cannot be merged into itself");
        }
        for (Code p = into; p != null; p = p.getParent()) {
            if (p == from) {
                throw new IllegalArgumentException("\"" + from.getName() + "\" cannot be merged into its own sub-code");
            }
        }
        List<Coding> moving = codingsOf(List.of(from), false);
        int[] moved = {0};
        store.apply("Merge " + ActionLabel.q(from.getName()) + " into " + ActionLabel.q(into.getName()), () -> {
            for (Coding coding : moving) {
                if (Coder.find(coding.getSource(), into, (int) coding.start(), (int) coding.end(), coding.getCreatedBy()).isPresent()) {
                    EcoreUtil.remove(coding);
                } else {
                    coding.setCode(into);
                    moved[0]++;
                }
            }
            into.getChildren().addAll(List.copyOf(from.getChildren()));
            into.getHistory().addAll(List.copyOf(from.getHistory()));
            store.project().getMemos().stream().filter(m -> m.getAbout().contains(from)).forEach(m -> {
                m.getAbout().remove(from);
                if (!m.getAbout().contains(into)) {
                    m.getAbout().add(into);
                }
            });
            into.getHistory().add(change(CodeChangeKind.MERGED, "merged with \"" + from.getName() + "\" ("
                    + Counted.of(moving.size(), "coding") + ")", List.of(from.getId())));
            EcoreUtil.remove(from);
        });
        return moved[0];
    }

    /** Splits off a new sibling code named {@code name} that takes over {@code codings} of {@code code}. */
    public Code split(Code code, String name, List<Coding> codings) {
        Code part = Codes.create(store.project(), code.getParent(), name, code.getLevel(),
                change(CodeChangeKind.SPLIT, "split from \"" + code.getName() + "\"", List.of(code.getId())));
        part.setId(java.util.UUID.randomUUID().toString()); // now, so that the history written with it can name it
        String clean = part.getName();
        store.apply("Split " + ActionLabel.q(code.getName()), () -> {
            siblings(code.getParent()).add(siblings(code.getParent()).indexOf(code) + 1, part);
            codings.stream().filter(c -> c.getCode() == code).forEach(c -> c.setCode(part));
            code.getHistory().add(change(CodeChangeKind.SPLIT, "\"" + clean + "\" split off (" + Counted.of(codings.size(), "coding") + ")",
                    List.of(part.getId())));
        });
        return part;
    }

    /** Deletes codes with their sub-codes, all their codings and memo links, as one action that undo restores whole. */
    public int delete(List<Code> codes) {
        return new Elements(store).delete(codes);
    }

    /** Sets the level of each of {@code codes} as one action (one undo step). */
    public void setLevel(List<Code> codes, AnalyticLevel level) {
        store.applyAsOne("Set level of " + Counted.of(codes.size(), "code"), () -> codes.forEach(c -> setLevel(c, level)));
    }

    public void setLevel(Code code, AnalyticLevel level) {
        if (code.getLevel() == level) {
            return;
        }
        String old = code.getLevel().getLiteral();
        store.apply("Set level of " + ActionLabel.q(code.getName()), () -> {
            code.setLevel(level);
            code.getHistory().add(change(CodeChangeKind.RELEVELLED, old + " → " + level.getLiteral(), List.of()));
        });
    }

    /** Edits what a code means; empty texts are stored as none. */
    public void describe(Code code, String definition, String inclusion, String exclusion, String example) {
        store.apply("Edit definition of " + ActionLabel.q(code.getName()), () -> {
            code.setDefinition(blankToNull(definition));
            code.setInclusionCriteria(blankToNull(inclusion));
            code.setExclusionCriteria(blankToNull(exclusion));
            code.setExample(blankToNull(example));
            code.getHistory().add(change(CodeChangeKind.REDEFINED, "definition edited", List.of()));
        });
    }

    /** Changes name, level and meaning together, as one action (what the code dialog saves). */
    public void edit(Code code, String name, AnalyticLevel level, String definition, String inclusion, String exclusion,
            String example) {
        String clean = checkName(name);
        Codes.checkFree(siblings(code.getParent()), clean, code);
        String[] before = {code.getDefinition(), code.getInclusionCriteria(), code.getExclusionCriteria(), code.getExample()};
        String[] after = {blankToNull(definition), blankToNull(inclusion), blankToNull(exclusion), blankToNull(example)};
        boolean renamed = !clean.equals(code.getName());
        boolean relevelled = level != code.getLevel();
        boolean redefined = !java.util.Arrays.equals(before, after);
        if (!renamed && !relevelled && !redefined) {
            return;
        }
        String old = code.getName();
        AnalyticLevel oldLevel = code.getLevel();
        store.apply("Edit code " + ActionLabel.q(old), () -> {
            if (renamed) {
                code.setName(clean);
                code.getHistory().add(change(CodeChangeKind.RENAMED, "renamed from \"" + old + "\"", List.of()));
            }
            if (relevelled) {
                code.setLevel(level);
                code.getHistory().add(change(CodeChangeKind.RELEVELLED, oldLevel.getLiteral() + " → " + level.getLiteral(), List.of()));
            }
            if (redefined) {
                code.setDefinition(after[0]);
                code.setInclusionCriteria(after[1]);
                code.setExclusionCriteria(after[2]);
                code.setExample(after[3]);
                code.getHistory().add(change(CodeChangeKind.REDEFINED, "definition edited", List.of()));
            }
        });
    }

    public void setColour(Code code, String colour) {
        if (!colour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("a colour is written #rrggbb, not " + colour);
        }
        store.apply("Colour " + ActionLabel.q(code.getName()), () -> code.setColour(colour.toLowerCase()));
    }

    /** The codings of {@code codes} (and, if asked, of their sub-codes) in every source. */
    public List<Coding> codingsOf(List<Code> codes, boolean withSubCodes) {
        var wanted = new java.util.HashSet<Code>();
        for (Code c : codes) {
            wanted.add(c);
            if (withSubCodes) {
                wanted.addAll(CodeTree.descendants(c));
            }
        }
        List<Coding> found = new ArrayList<>();
        for (Source source : store.project().getSources()) {
            store.load(source);
            source.getCodings().stream().filter(c -> wanted.contains(c.getCode())).forEach(found::add);
        }
        return found;
    }

    private EList<Code> siblings(Code parent) {
        return parent == null ? store.project().getCodes() : parent.getChildren();
    }

    private static String checkName(String name) {
        return Codes.checkName(name);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static CodeChange change(CodeChangeKind kind, String description, List<String> related) {
        return Codes.change(kind, description, related);
    }
}
