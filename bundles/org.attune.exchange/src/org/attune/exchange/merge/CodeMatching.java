package org.attune.exchange.merge;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.attune.exchange.merge.MergeReport.Outcome;
import org.attune.model.Code;
import org.attune.model.CodeChange;
import org.attune.model.CodeChangeKind;
import org.attune.model.codes.CodeTree;

/**
 * The codebook part of a merge: a code of the other copy is this project's code of the same id, else of the same
 * path (names from the top, ignoring case), else a new code in the same place. A code renamed in the other copy only
 * (its history has a rename this project's lacks) takes the new name; renamed in both copies to different names,
 * or named differently without a rename to tell which is newer, it is a conflict and keeps this project's name.
 */
final class CodeMatching {
    private final MergePlanner plan;
    private final List<Code> all;

    CodeMatching(MergePlanner plan) {
        this.plan = plan;
        this.all = CodeTree.all(plan.ours);
    }

    void plan(List<Code> top) {
        top.forEach(c -> code(c, null, false));
    }

    /** @param parent our parent of their code (null at the top); {@code parentIsNew} when it is a copy not yet in the project */
    private void code(Code their, Code parent, boolean parentIsNew) {
        Code match = MergePlanner.byIdOr(all, their, c -> c.path().equalsIgnoreCase(their.path()));
        boolean isNew = match == null;
        if (isNew) {
            Code copy = plan.copies.of(their);
            plan.stamp(their, copy);
            for (CodeChange change : their.getHistory()) {
                CodeChange c = plan.copies.of(change);
                plan.stamp(change, c);
                copy.getHistory().add(c);
            }
            if (parentIsNew) {
                parent.getChildren().add(copy);
            } else if (parent != null) {
                plan.changes.add(() -> parent.getChildren().add(copy));
            } else {
                plan.changes.add(() -> plan.ours.getCodes().add(copy));
            }
            plan.report(Outcome.ADDED, "code", their.path(), "");
            match = copy;
        } else {
            compareNames(their, match);
        }
        plan.mapped.put(their, match);
        for (Code child : their.getChildren()) {
            code(child, match, isNew);
        }
    }

    private void compareNames(Code their, Code ours) {
        String name = their.path();
        if (their.getName().equals(ours.getName())) {
            plan.report(Outcome.MATCHED, "code", name, "");
            return;
        }
        Set<String> ourChanges = ids(ours);
        Set<String> theirChanges = ids(their);
        List<CodeChange> theirRenames = renames(their).stream().filter(c -> !ourChanges.contains(c.getId())).toList();
        boolean renamedHere = renames(ours).stream().anyMatch(c -> !theirChanges.contains(c.getId()));
        if (!theirRenames.isEmpty() && !renamedHere && !siblingNamed(ours, their.getName())) {
            List<CodeChange> added = theirRenames.stream().map(c -> {
                CodeChange copy = plan.copies.of(c);
                plan.stamp(c, copy);
                return copy;
            }).toList();
            plan.changes.add(() -> {
                ours.setName(their.getName());
                ours.getHistory().addAll(added);
            });
            plan.report(Outcome.UPDATED, "code", ours.path(), "renamed \"" + their.getName() + "\" as in the other copy");
        } else if (renamedHere && theirRenames.isEmpty()) {
            plan.report(Outcome.MATCHED, "code", ours.path(), "renamed here from \"" + their.getName() + "\"; kept");
        } else {
            plan.report(Outcome.CONFLICT, "code", ours.path(), "is \"" + their.getName() + "\" in the other copy"
                    + (renamedHere && !theirRenames.isEmpty() ? " (renamed differently in the two copies)" : "")
                    + "; this project's name is kept, the other copy's codings come in under it");
        }
    }

    private static boolean siblingNamed(Code code, String name) {
        List<Code> siblings = code.getParent() != null ? code.getParent().getChildren()
                : ((org.attune.model.Project) code.eContainer()).getCodes();
        return siblings.stream().anyMatch(c -> c != code && c.getName().equalsIgnoreCase(name));
    }

    private static Set<String> ids(Code code) {
        return code.getHistory().stream().map(CodeChange::getId).collect(Collectors.toSet());
    }

    private static List<CodeChange> renames(Code code) {
        return code.getHistory().stream().filter(c -> c.getKind() == CodeChangeKind.RENAMED).toList();
    }
}
