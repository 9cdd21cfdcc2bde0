package org.attune.app;

import java.time.Duration;
import java.time.Instant;

import org.attune.ui.WidgetIds;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * For {@code attune cli benchmark startup}: started with {@code -Dattune.startupProbe}, the workbench prints
 * {@value #LINE}, the milliseconds since the process started and, after "cpu", the processor time it used (all
 * threads; a figure that depends less on the machine's load), as soon as it is usable, then closes. Usable means:
 * the window is visible with its perspective, the Project Explorer is in it and, when a project was asked for, its
 * tree shows the project; all pending paints are done.
 */
final class StartupProbe {
    static final String PROPERTY = "attune.startupProbe";
    static final String LINE = "attune.startupProbe usable ";
    private static final int POLL_MILLIS = 20;

    private final IWorkbench workbench;
    private final boolean projectExpected;

    private StartupProbe(IWorkbench workbench, boolean projectExpected) {
        this.workbench = workbench;
        this.projectExpected = projectExpected;
    }

    /** Starts watching for a usable window if the property is set; nothing otherwise. */
    static void armIfAsked(IWorkbench workbench, boolean projectExpected) {
        if (Boolean.getBoolean(PROPERTY)) {
            new StartupProbe(workbench, projectExpected).poll();
        }
    }

    private void poll() {
        Display display = workbench.getDisplay();
        if (usable()) {
            display.update();
            ProcessHandle.Info process = ProcessHandle.current().info();
            Instant started = process.startInstant().orElse(Instant.now());
            System.out.println(LINE + Duration.between(started, Instant.now()).toMillis() + " cpu "
                    + process.totalCpuDuration().map(Duration::toMillis).orElse(-1L));
            System.out.flush();
            workbench.close();
        } else {
            display.timerExec(POLL_MILLIS, this::poll);
        }
    }

    private boolean usable() {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null || window.getActivePage().getPerspective() == null) {
            return false;
        }
        Shell shell = window.getShell();
        Tree tree = shell.isVisible() ? projectTree(shell) : null;
        return tree != null && tree.isVisible() && (!projectExpected || tree.getItemCount() > 0);
    }

    private static Tree projectTree(Control control) {
        if (control instanceof Tree tree && WidgetIds.PROJECT_TREE.equals(tree.getData(WidgetIds.KEY))) {
            return tree;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Tree found = projectTree(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
