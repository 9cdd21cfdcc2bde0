package org.attune.app;

import java.nio.file.Path;

import org.attune.ui.CodingPerspective;
import org.attune.ui.ProjectSession;
import org.attune.ui.handlers.OpenProjectHandler;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens windows in the Coding perspective, and the project given on the command line, if any. */
public class AttuneWorkbenchAdvisor extends WorkbenchAdvisor {
    private final Path initialProject;

    public AttuneWorkbenchAdvisor(Path initialProject) {
        this.initialProject = initialProject;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return CodingPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new AttuneWindowAdvisor(configurer);
    }

    /** Closing the workbench closes the project, which releases its lock. */
    @Override
    public boolean preShutdown() {
        ProjectSession.get().close();
        return true;
    }

    @Override
    public void postStartup() {
        if (initialProject != null) {
            OpenProjectHandler.open(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getShell(),
                    initialProject);
        }
    }
}
