package org.attune.ui;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

import org.attune.model.codes.InProject;
import org.attune.model.Code;
import org.attune.store.ProjectStore;

/** The codes applied last in this workbench, newest first, for Ctrl+1…9 and the context menu. */
public final class RecentCodes {
    public static final int SIZE = 9;
    private static final RecentCodes INSTANCE = new RecentCodes();
    private final LinkedList<Code> codes = new LinkedList<>();

    public static RecentCodes get() {
        return INSTANCE;
    }

    public void used(Code code) {
        codes.remove(code);
        codes.addFirst(code);
        while (codes.size() > SIZE) {
            codes.removeLast();
        }
    }

    /** The recent codes still in {@code store}'s codebook (deleted or merged codes drop out). */
    public List<Code> list(ProjectStore store) {
        codes.removeIf(c -> !isIn(c, store));
        return new ArrayList<>(codes);
    }

    private static boolean isIn(Code code, ProjectStore store) {
        return InProject.holds(store.project(), code);
    }
}
