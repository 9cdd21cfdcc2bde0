package org.attune.ui.analysis;

import java.nio.file.Path;
import java.util.List;

import org.attune.coding.CodedSegments;
import org.attune.coding.SegmentExport;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.ProjectJob;
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
        ProjectStore store = PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElse(null);
        List<CodedSegments.Segment> segments = view.shownSegments();
        if (store == null || segments.isEmpty()) {
            return null;
        }
        List<SegmentExport.Line> lines = SegmentExport.lines(store, segments); // the model, read here on the UI thread
        String codes = String.join(", ", segments.stream().map(s -> s.coding().getCode().getName()).distinct().toList());
        String title = NLS.bind(Messages.ExportSegmentsHandler_job, file.getFileName());
        Job job = ProjectJob.create(title, title, view.getSite().getShell().getDisplay(), monitor -> {
            try {
                SegmentExport.write(format, "Coded segments: " + codes, lines, file);
                return file;
            } catch (java.io.IOException | RuntimeException e) {
                throw new java.io.IOException(NLS.bind(Messages.MatrixView_cannotWrite, file, e.getMessage()), e);
            }
        }, written -> {
        });
        job.schedule();
        return job;
    }
}
