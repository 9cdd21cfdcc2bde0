package org.attune.ui.analysis.exchange;

import org.attune.ui.dialogs.FileChoiceDialog;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.attune.store.ProjectStore;
import org.attune.ui.ProjectJob;
import org.attune.ui.handlers.ProjectHandler;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** A File menu command of exchange on the open project ({@link ProjectHandler}: without one it says to open one first). */
abstract class ExchangeHandler extends ProjectHandler {
    ExchangeHandler(String title) {
        super(title);
    }

    /** The file chosen in {@code dialog}, or null when the researcher cancelled. */
    static Path chosen(FileChoiceDialog dialog) {
        return dialog.open() == Window.OK ? dialog.file() : null;
    }

    /** Runs {@code work} in the background as a job named {@code name}; {@code done} shows what it produced. */
    <T> void inBackground(Shell shell, String name, ProjectJob.Work<T> work, Consumer<T> done) {
        ProjectJob.create(name, title, shell.getDisplay(), work, done).schedule();
    }

    /** A file name made from the project's name, for a first suggestion. */
    static String suggestion(ProjectStore store, String suffix) {
        String name = store.project().getName() == null ? "project" : store.project().getName();
        String clean = name.replaceAll("[^\\p{L}\\p{N}._ -]+", "").strip();
        return Path.of(System.getProperty("user.home"), (clean.isEmpty() ? "project" : clean) + suffix).toString();
    }
}
