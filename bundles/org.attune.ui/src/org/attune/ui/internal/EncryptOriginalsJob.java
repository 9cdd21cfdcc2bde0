package org.attune.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.attune.store.ProjectStore;
import org.attune.ui.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Encrypts, in the background with progress, the original files an encrypted project opened in the workbench still
 * holds in plaintext (copied before copies were encrypted). Each file is replaced whole ({@link
 * org.attune.store.Originals#encryptInPlace}): Cancel, closing the project or a crash leaves every file whole, and the
 * next opening goes on with the rest.
 */
final class EncryptOriginalsJob extends Job {
    /** The family of these jobs, to wait for them (closing the project, tests). */
    static final Object FAMILY = EncryptOriginalsJob.class;
    private final ProjectStore store;
    private final List<Path> files;

    private EncryptOriginalsJob(ProjectStore store, List<Path> files) {
        super(NLS.bind(Messages.EncryptOriginals_job, files.size(), store.folder().getFileName()));
        this.store = store;
        this.files = files;
        setUser(false);
    }

    /** Starts the job for {@code store} (on the UI thread, which reads its sources) if it has plaintext originals; or null. */
    static EncryptOriginalsJob startIfNeeded(ProjectStore store) {
        if (!store.isEncrypted() || store.isReadOnly()) {
            return null;
        }
        List<Path> plain;
        try {
            plain = store.originals().plaintextCopies(store.project().getSources());
        } catch (java.io.IOException e) {
            org.eclipse.core.runtime.Platform.getLog(EncryptOriginalsJob.class).error(store.folder() + ": " + e.getMessage(), e);
            return null;
        }
        if (plain.isEmpty()) {
            return null;
        }
        EncryptOriginalsJob job = new EncryptOriginalsJob(store, plain);
        job.schedule();
        return job;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), files.size());
        try {
            store.originals().encryptInPlace(files, n -> {
                progress.worked(1);
                progress.subTask(NLS.bind(Messages.EncryptOriginals_done, n, files.size()));
            }, progress::isCanceled);
        } catch (java.io.IOException e) {
            return Status.error(NLS.bind(Messages.EncryptOriginals_failed, store.folder(), e.getMessage()), e);
        }
        return progress.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }
}
