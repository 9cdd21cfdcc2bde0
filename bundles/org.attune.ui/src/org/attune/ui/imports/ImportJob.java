package org.attune.ui.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.attune.importer.ImportOptions;
import org.attune.importer.ImportOutcome;
import org.attune.importer.ImportProgress;
import org.attune.importer.ImportReport;
import org.attune.importer.Importer;
import org.attune.importer.TikaService;
import org.attune.importer.mail.Senders;
import org.attune.store.ProjectStore;
import org.attune.ui.Messages;
import org.attune.ui.ProjectJob;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Imports in the background with a progress bar and Cancel: files are read and parsed in this job and added to
 * the project on the UI thread, the files read meanwhile in one undoable action (a group commit). The results are
 * shown when it ends, after Cancel too (what was imported until then).
 */
public class ImportJob extends ProjectJob<ImportReport> {
    private final ProjectStore store;
    private final List<Path> files;
    private final ImportOptions options;
    private final TikaService tika;

    /** @param tika the workbench's Tika (the OSGi service) */
    public ImportJob(ProjectStore store, List<Path> files, ImportOptions options, Display display, TikaService tika) {
        super(NLS.bind(Messages.ImportJob_name, store.project().getName()), ImportWizard.TITLE, display);
        this.store = store;
        this.files = files;
        this.options = options;
        this.tika = tika;
    }

    /** The sources before the import: the question about senders is about the e-mails it adds. */
    private final Set<String> before = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Asks which case wrote the e-mails just imported whose sender matched no case, or several (on the UI thread). */
    private void askSenders(Set<String> before) {
        if (org.eclipse.ui.PlatformUI.getWorkbench().getService(org.attune.ui.IProjectSession.class).current().orElse(null) != store) {
            return;
        }
        List<Senders.Unmatched> senders = Senders.unmatched(store.project()).stream()
                .map(u -> new Senders.Unmatched(u.name(), u.address(), u.messages().stream().filter(m -> !before.contains(m.getId())).toList(), u.candidates()))
                .filter(u -> !u.messages().isEmpty()).toList();
        if (!senders.isEmpty()) {
            new SenderCasesDialog(display().getActiveShell(), store, senders).open();
        }
    }

    @Override
    protected ImportReport work(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
        onUiThread(() -> store.project().getSources().forEach(s -> before.add(s.getId())));
        return new Importer(store, options, this::onUiThread, tika).importAll(files, new ImportProgress() {
            private SubMonitor perFile;

            @Override
            public void begin(int total) {
                perFile = progress.split(100).setWorkRemaining(Math.max(1, total));
            }

            @Override
            public void starting(Path file, int index) {
                perFile.subTask(file.getFileName().toString());
            }

            @Override
            public void done(ImportOutcome outcome) {
                perFile.worked(1);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCanceled();
            }
        });
    }

    @Override
    protected boolean cancelled(ImportReport report) {
        return report.cancelled();
    }

    @Override
    protected void done(ImportReport report) {
        new ImportResultDialog(display().getActiveShell(), report).open();
        askSenders(before);
    }
}
