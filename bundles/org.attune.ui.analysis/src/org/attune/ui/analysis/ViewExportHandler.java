package org.attune.ui.analysis;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.attune.ui.dialogs.FileChoiceDialog;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * A view's Export command (its toolbar's CSV, XLSX, DOCX...): finds the view (the active part, else the page's), asks
 * for the file and lets the view write what it shows, in the background, through the core's export.
 *
 * @param <V> the view
 */
public abstract class ViewExportHandler<V extends IViewPart> extends AbstractHandler {
    /** The commands' parameter: the format, e.g. {@code csv}, {@code xlsx} or {@code docx}. */
    public static final String FORMAT = "org.attune.ui.analysis.exportFormat";
    private final Class<V> type;
    private final String viewId;
    /** The dialog's title. */
    protected final String title;
    /** The dialog's message for a format. */
    private final UnaryOperator<String> message;
    /** The file name suggested for a format. */
    private final UnaryOperator<String> fileName;
    private final Export<V> export;
    /** The export with the key table's pseudonyms, where the dialog offers it; else null. */
    private KeyedExport<V> keyed;

    /** Writes what a view shows as a format to a file, in the background. */
    @FunctionalInterface
    protected interface Export<V> {
        void write(V view, String format, Path file);
    }

    /** Writes what a view shows as a format to a file with the pseudonyms of the key table whose passphrase is given. */
    @FunctionalInterface
    protected interface KeyedExport<V> {
        void write(V view, String format, Path file, char[] key);
    }

    protected ViewExportHandler(Class<V> type, String viewId, String title, UnaryOperator<String> message, UnaryOperator<String> fileName,
            Export<V> export) {
        this.type = type;
        this.viewId = viewId;
        this.title = title;
        this.message = message;
        this.fileName = fileName;
        this.export = export;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Object active = HandlerUtil.getActivePart(event);
        IViewPart found = type.isInstance(active) ? (IViewPart) active
                : HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().findView(viewId);
        if (!type.isInstance(found)) {
            return null;
        }
        String format = event.getParameter(FORMAT) == null ? "csv" : event.getParameter(FORMAT);
        String file = fileName.apply(format);
        FileChoiceDialog dialog = new FileChoiceDialog(HandlerUtil.getActiveShell(event), title, message.apply(format), true,
                Path.of(System.getProperty("user.home"), file).toString(), new String[] {"*" + file.substring(file.lastIndexOf('.'))},
                null);
        org.attune.store.ProjectStore store = org.eclipse.ui.PlatformUI.getWorkbench().getService(org.attune.ui.IProjectSession.class)
                .current().orElse(null);
        if (store != null && keyed != null) {
            dialog.withPseudonyms(store);
        }
        if (dialog.open() == Window.OK) {
            if (keyed != null) {
                keyed.write(type.cast(found), format, dialog.file(), dialog.keyPassphrase());
            } else {
                export.write(type.cast(found), format, dialog.file());
            }
        }
        return null;
    }

    /**
     * Offers "Write pseudonyms" in the dialog (#20): {@code export} then writes what the view shows with the pseudonyms
     * of the key table whose passphrase it gets (null: the names as they are).
     */
    protected void offerPseudonyms(KeyedExport<V> export) {
        this.keyed = export;
    }
}
