package org.attune.ui.analysis.exchange;

import org.attune.exchange.ExchangeException;
import org.attune.ui.analysis.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * An export or import in the background with progress and Cancel. What it produced is shown on the UI thread
 * when it ends; a failure is shown with the file and the reason; a cancelled run says so and leaves nothing
 * half-written (the exchange bundle writes to a temporary file and moves it in place at the end).
 */
final class ExchangeJob<T> extends Job {
    public static final Object FAMILY = ExchangeJob.class;

    interface Work<T> {
        T run(IProgressMonitor monitor) throws ExchangeException;
    }

    interface Done<T> {
        void show(T result);
    }

    private final Work<T> work;
    private final Done<T> done;
    private final Display display;
    private final String title;

    ExchangeJob(String name, String title, Display display, Work<T> work, Done<T> done) {
        super(name);
        this.title = title;
        this.display = display;
        this.work = work;
        this.done = done;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            T result = work.run(monitor);
            display.asyncExec(() -> done.show(result));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(), title,
                    NLS.bind(Messages.ExchangeJob_cancelled, getName())));
            return Status.CANCEL_STATUS;
        } catch (ExchangeException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), title, reason));
            return Status.info(reason); // shown in the dialog already, not again by the job manager
        }
    }
}
