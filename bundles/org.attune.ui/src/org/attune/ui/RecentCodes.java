package org.attune.ui;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

import org.attune.model.codes.InProject;
import org.attune.model.Code;
import org.attune.store.ProjectStore;
import org.osgi.service.component.annotations.Component;

/**
 * The codes applied last in this workbench, newest first, for Ctrl+1…9 and the context menu: an OSGi service (a
 * Declarative Services component, active while the bundle runs so that the list outlives every user of it), found
 * through the workbench's service locator ({@code getSite().getService(RecentCodes.class)}). Used on the UI thread.
 */
@Component(service = RecentCodes.class, immediate = true)
public final class RecentCodes {
    public static final int SIZE = 9;
    private final LinkedList<Code> codes = new LinkedList<>();

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
