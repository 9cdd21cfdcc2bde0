package org.attune.store;

import java.nio.file.Path;

/** Another Attune (workbench or command line) has the project open for writing. */
public class ProjectLockedException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String holder;

    public ProjectLockedException(Path folder, String holder) {
        super(folder, "the project is open in " + holder + "; close it there first");
        this.holder = holder;
    }

    /** Who holds the project, e.g. {@code attune cli (user alice, host lab-3, process 4711, since ...)}. */
    public String holder() {
        return holder;
    }
}
