package org.attune.ui.analysis;

import java.nio.file.Path;
import java.util.List;

import org.attune.coding.CodedSegments;
import org.attune.coding.SegmentExport;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.views.CodedSegmentsView;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Export Coded Segments and the Coded Segments view's XLSX / DOCX: the segments the view lists, as a sheet or
 * a Word table (the core's {@link SegmentExport}, as {@code attune cli segments --format} writes them), in the
 * background. The view is opened if it is not; when it lists nothing, it says to select codes first.
 */
public class ExportSegmentsHandler extends ViewExportHandler<CodedSegmentsView> {
    public static final String COMMAND = "org.attune.ui.analysis.commands.exportSegments";

    public ExportSegmentsHandler() {
        super(CodedSegmentsView.class, CodedSegmentsView.ID, Messages.ExportSegmentsHandler_title,
                format -> NLS.bind(Messages.ExportSegmentsHandler_message, format.toUpperCase(java.util.Locale.ROOT)), format -> "coded-segments." + format,
                ExportSegmentsHandler::write);
        offerPseudonyms(ExportSegmentsHandler::write);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        CodedSegmentsView view = page.findView(CodedSegmentsView.ID) instanceof CodedSegmentsView shown ? shown : null;
        if (view == null) {
            try {
                view = (CodedSegmentsView) page.showView(CodedSegmentsView.ID);
            } catch (PartInitException e) {
                MessageDialog.openError(HandlerUtil.getActiveShell(event), title, e.getMessage());
                return null;
            }
        }
        if (view.shownSegments().isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), title, Messages.ExportSegmentsHandler_none);
            return null;
        }
        return super.execute(event);
    }

    /** Writes the segments {@code view} lists as {@code format} to {@code file} in the background; the job, or null. */
    public static Job write(CodedSegmentsView view, String format, Path file) {
        return write(view, format, file, null);
    }

    /**
     * As {@link #write(CodedSegmentsView, String, Path)}; with the key table's passphrase {@code key}, the same segments
     * (the same codings, by id) read from the project's pseudonymised copy (#20): the file holds no real name of the
     * key table.
     */
    public static Job write(CodedSegmentsView view, String format, Path file, char[] key) {
        ProjectStore store = PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElse(null);
        List<CodedSegments.Segment> segments = view.shownSegments();
        if (store == null || segments.isEmpty()) {
            return null;
        }
        List<SegmentExport.Line> lines = SegmentExport.lines(store, segments); // the model, read here on the UI thread
        String codes = String.join(", ", segments.stream().map(s -> s.coding().getCode().getName()).distinct().toList());
        String title = NLS.bind(Messages.ExportSegmentsHandler_job, file.getFileName());
        java.util.Set<String> shown = new java.util.HashSet<>();
        java.util.Set<String> shownCodes = new java.util.LinkedHashSet<>();
        segments.forEach(s -> {
            shown.add(s.coding().getId());
            shownCodes.add(s.coding().getCode().getId());
        });
        return org.attune.ui.PseudonymisedExport.writeInBackground(title, view.getSite().getShell().getDisplay(), store,
                key, file, from -> {
                    if (key == null) {
                        SegmentExport.write(format, "Coded segments: " + codes, lines, file);
                        return file;
                    }
                    List<org.attune.model.Code> copied = new java.util.ArrayList<>();
                    for (java.util.Iterator<org.eclipse.emf.ecore.EObject> all = org.eclipse.emf.ecore.util.EcoreUtil.getAllContents(
                            from.project().getCodes()); all.hasNext();) {
                        if (all.next() instanceof org.attune.model.Code c && shownCodes.contains(c.getId())) {
                            copied.add(c);
                        }
                    }
                    List<CodedSegments.Segment> again = CodedSegments.of(from, copied, false, CodedSegments.Filter.NONE,
                            c -> shown.contains(c.getId()));
                    SegmentExport.write(format, "Coded segments: " + String.join(", ", copied.stream().map(c -> c.getName()).toList()),
                            SegmentExport.lines(from, again), file);
                    return file;
                });
    }
}
