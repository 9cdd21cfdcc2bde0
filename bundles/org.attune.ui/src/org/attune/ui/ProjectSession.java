package org.attune.ui;

import org.eclipse.ui.PlatformUI;

/**
 * @deprecated the open project is the {@link IProjectSession} service; this finds it for the call sites not yet moved
 *             to the service locator, and goes with them.
 */
@Deprecated
public final class ProjectSession {
    public static final String HOLDER = IProjectSession.HOLDER;

    private ProjectSession() {
    }

    public static IProjectSession get() {
        return PlatformUI.getWorkbench().getService(IProjectSession.class);
    }
}
