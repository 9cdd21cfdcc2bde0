package org.attune.ui;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.attune.core.UserLog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.statushandlers.IStatusAdapterConstants;
import org.eclipse.ui.statushandlers.StatusAdapter;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.statushandlers.WorkbenchErrorHandler;

/**
 * The workbench's error handler: an unexpected error (a status with an exception, from a job, the event loop, or a
 * command's handler) is written with its stack trace to Attune's log ({@link UserLog#file()}), and the dialog that
 * shows it says where that file is. The dialog itself is the workbench's.
 *
 * <p>The workbench only logs an exception a command's handler throws (to the platform log, where nobody looks); when
 * it came from Attune's code, it is shown as any other.
 */
public class LoggedErrorHandler extends WorkbenchErrorHandler {
    private static final Logger LOG = Logger.getLogger("org.attune.ui");
    /** Exceptions already shown, so that one logged again after its dialog is not shown twice. */
    private static final java.util.Set<Throwable> SHOWN = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    @Override
    public void handle(StatusAdapter adapter, int style) {
        IStatus status = adapter.getStatus();
        Throwable exception = exception(status);
        if (exception == null || status.getSeverity() < IStatus.WARNING) {
            super.handle(adapter, style);
            return;
        }
        if (status.getSeverity() == IStatus.ERROR && failedCommand(exception) && fromAttune(exception)) {
            style |= StatusManager.SHOW; // the workbench only logs a command handler's exception
        }
        boolean show = (style & (StatusManager.SHOW | StatusManager.BLOCK)) != 0 && SHOWN.add(exception);
        if ((style & StatusManager.SHOW) != 0 || (style & StatusManager.LOG) != 0) {
            LOG.log(status.getSeverity() == IStatus.ERROR ? Level.SEVERE : Level.WARNING, status.getMessage(), exception);
        }
        if (!show) {
            super.handle(adapter, style & ~(StatusManager.SHOW | StatusManager.BLOCK));
            return;
        }
        super.handle(withLogFile(adapter), style);
    }

    /** Whether a command's handler failed ({@code ExecutionException}, as the workbench wraps what a handler threw). */
    private static boolean failedCommand(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.core.commands.ExecutionException) {
                return true;
            }
        }
        return false;
    }

    /** Whether Attune's code is among the exception's (or its causes') frames. */
    private static boolean fromAttune(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith("org.attune.")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The adapter with the log file's location after its message (the exception, title and the rest kept). */
    static StatusAdapter withLogFile(StatusAdapter adapter) {
        IStatus status = adapter.getStatus();
        String message = (status.getMessage() == null ? "" : status.getMessage() + "\n\n")
                + NLS.bind(Messages.LoggedErrorHandler_details, UserLog.file());
        StatusAdapter told = new StatusAdapter(status.isMultiStatus()
                ? new org.eclipse.core.runtime.MultiStatus(status.getPlugin(), status.getCode(), status.getChildren(), message,
                        status.getException())
                : new Status(status.getSeverity(), status.getPlugin(), status.getCode(), message, status.getException()));
        Object title = adapter.getProperty(IStatusAdapterConstants.TITLE_PROPERTY);
        if (title != null) {
            told.setProperty(IStatusAdapterConstants.TITLE_PROPERTY, title);
        }
        Object explanation = adapter.getProperty(IStatusAdapterConstants.EXPLANATION_PROPERTY);
        if (explanation != null) {
            told.setProperty(IStatusAdapterConstants.EXPLANATION_PROPERTY, explanation);
        }
        return told;
    }

    /** The status's exception, or the first of its children's. */
    private static Throwable exception(IStatus status) {
        if (status.getException() != null) {
            return status.getException();
        }
        for (IStatus child : status.getChildren()) {
            Throwable e = exception(child);
            if (e != null) {
                return e;
            }
        }
        return null;
    }
}
