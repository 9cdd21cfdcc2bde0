package org.attune.app;

import org.eclipse.ui.PlatformUI;
import java.nio.file.Path;

import org.attune.ui.CodingPerspective;
import org.attune.ui.IProjectSession;
import org.attune.ui.handlers.OpenProjectHandler;
import org.attune.ui.handlers.OpenSampleHandler;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens windows in the Coding perspective (or as they were left), and the project (or the sample) asked for on the command line. */
public class AttuneWorkbenchAdvisor extends WorkbenchAdvisor {
    private final Path initialProject;
    private final boolean sample;
    private org.eclipse.ui.statushandlers.AbstractStatusHandler errors;

    public AttuneWorkbenchAdvisor(Path initialProject, boolean sample) {
        this.initialProject = initialProject;
        this.sample = sample;
    }

    /** The layout and the open transcripts are saved when the workbench closes and come back at the next start. */
    @Override
    public void initialize(org.eclipse.ui.application.IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    /** Unexpected errors go to Attune's log, and their dialogs say where it is. */
    @Override
    public synchronized org.eclipse.ui.statushandlers.AbstractStatusHandler getWorkbenchErrorHandler() {
        if (errors == null) {
            errors = new org.attune.ui.LoggedErrorHandler();
        }
        return errors;
    }

    /** An exception no handler caught (a handler's or a listener's) is shown, not only logged. */
    @Override
    public void eventLoopException(Throwable exception) {
        if (exception != null) {
            org.eclipse.ui.statushandlers.StatusManager.getManager().handle(org.eclipse.core.runtime.Status.error(
                    org.attune.ui.Messages.LoggedErrorHandler_unexpected, exception),
                    org.eclipse.ui.statushandlers.StatusManager.SHOW | org.eclipse.ui.statushandlers.StatusManager.LOG);
        }
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
        PlatformUI.getWorkbench().getService(IProjectSession.class).close();
        return true;
    }

    @Override
    public void postStartup() {
        var shell = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getShell();
        if (initialProject != null) {
            OpenProjectHandler.open(shell, initialProject);
        } else if (sample) {
            OpenSampleHandler.open(shell, OpenSampleHandler.folder());
        }
        StartupProbe.armIfAsked(getWorkbenchConfigurer().getWorkbench(), initialProject != null || sample);
    }
}
