package org.attune.model.codes;

import java.util.ArrayList;
import java.util.List;

import org.attune.model.Code;
import org.attune.model.Project;

/**
 * The codebook as a tree of codes. A code contains more than its sub-codes (its history of changes, for one), so
 * a walk of its contents ({@code eAllContents}, {@code EcoreUtil.getAllContents}) meets other objects too: walk
 * the codebook with these instead.
 */
public final class CodeTree {
    private CodeTree() {
    }

    /** Every code of the project, depth first in tree order. */
    public static List<Code> all(Project project) {
        List<Code> codes = new ArrayList<>();
        project.getCodes().forEach(c -> collect(c, codes));
        return codes;
    }

    /** A code's sub-codes and theirs, depth first in tree order, without the code itself. */
    public static List<Code> descendants(Code code) {
        List<Code> codes = new ArrayList<>();
        code.getChildren().forEach(c -> collect(c, codes));
        return codes;
    }

    private static void collect(Code code, List<Code> into) {
        into.add(code);
        code.getChildren().forEach(c -> collect(c, into));
    }
}
