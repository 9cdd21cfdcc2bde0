package org.attune.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.attune.core.UserLog;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the Attune workbench. {@code --project DIR} opens that project once the window is up; {@code --sample}
 * opens the fictional sample study (made on first use).
 */
public class Application implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        UserLog.install();
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> arguments = args == null ? List.of() : Arrays.asList(args);
        Path project = projectArgument(arguments);
        boolean sample = project == null && arguments.contains("--sample");
        SessionBus.quietWithoutOne();
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new AttuneWorkbenchAdvisor(project, sample));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    static Path projectArgument(List<String> args) {
        int at = args.indexOf("--project");
        return at >= 0 && at + 1 < args.size() ? Path.of(args.get(at + 1)) : null;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
