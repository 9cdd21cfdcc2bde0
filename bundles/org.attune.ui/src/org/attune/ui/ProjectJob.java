package org.attune.ui;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * A long piece of work on a project (an import, an export, a merge) in the background, with progress and Cancel,
 * the one place that says how such work ends: what it produced is shown on the UI thread; Cancel (the core
 * operation throws {@link OperationCanceledException} or {@link CancellationException}) is told in a message; a
 * failure is shown with its reason in a dialog, once, never as a stack trace.
 *
 * @param <T> what the work produces (a report, a summary, the files written)
 */
public abstract class ProjectJob<T> extends Job {
    /** The family of every such job, to wait for or cancel them all. */
    public static final Object FAMILY = ProjectJob.class;

    /** The work, off the UI thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(IProgressMonitor monitor) throws Exception;
    }

    private final Display display;
    private final String title;

    /**
     * @param name what the progress view says
     * @param title the title of the dialogs that tell how it ended
     */
    protected ProjectJob(String name, String title, Display display) {
        super(name);
        this.title = title;
        this.display = display;
        setUser(true);
    }

    /** A job that runs {@code work} and shows its result with {@code done} (on the UI thread). */
    public static <T> ProjectJob<T> create(String name, String title, Display display, Work<T> work, Consumer<T> done) {
        return new ProjectJob<>(name, title, display) {
            @Override
            protected T work(IProgressMonitor monitor) throws Exception {
                return work.run(monitor);
            }

            @Override
            protected void done(T result) {
                done.accept(result);
            }
        };
    }

    /** Does the work, off the UI thread; Cancel ends it with {@link OperationCanceledException}. */
    protected abstract T work(IProgressMonitor monitor) throws Exception;

    /** Shows what the work produced, on the UI thread. */
    protected abstract void done(T result);

    /** Whether the work stopped at Cancel though it returned a result (e.g. a report of what was read until then). */
    protected boolean cancelled(T result) {
        return false;
    }

    /** What is said when the user cancelled before the work produced anything. */
    protected String cancelledMessage() {
        return NLS.bind(Messages.ProjectJob_cancelled, getName());
    }

    /** Runs {@code command} on the UI thread and waits for it (the model is changed there only). */
    protected void onUiThread(Runnable command) {
        display.syncExec(command);
    }

    protected Display display() {
        return display;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY || family == getClass();
    }

    @Override
    protected final IStatus run(IProgressMonitor monitor) {
        try {
            T result = work(monitor);
            display.asyncExec(() -> done(result));
            return cancelled(result) ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (OperationCanceledException | CancellationException e) {
            display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(), title, cancelledMessage()));
            return Status.CANCEL_STATUS;
        } catch (Exception e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), title, reason));
            return Status.info(reason); // shown in the dialog already, not again by the job manager
        } finally {
            monitor.done();
        }
    }
}
