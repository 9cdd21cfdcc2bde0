package org.attune.ui.analysis.compare;

import java.nio.file.Path;
import java.util.Locale;

import org.attune.ui.analysis.Messages;
import org.attune.ui.analysis.exchange.FileChoiceDialog;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The Agreement Report's Export CSV / XLSX / DOCX: asks for the file and lets the view write its report ({@link
 * AgreementReportView#export}, through the core's {@code AgreementExport}) in the background.
 */
public class ExportAgreementHandler extends AbstractHandler {
    public static final String COMMAND = "org.attune.ui.analysis.commands.exportAgreement";
    /** The command's parameter: {@code csv}, {@code xlsx} or {@code docx}. */
    public static final String FORMAT = "org.attune.ui.analysis.exportFormat";

    @Override
    public Object execute(ExecutionEvent event) {
        AgreementReportView view = HandlerUtil.getActivePart(event) instanceof AgreementReportView v ? v
                : (AgreementReportView) HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().findView(AgreementReportView.ID);
        if (view == null) {
            return null;
        }
        String format = event.getParameter(FORMAT) == null ? "csv" : event.getParameter(FORMAT);
        FileChoiceDialog dialog = new FileChoiceDialog(HandlerUtil.getActiveShell(event), Messages.ExportAgreementHandler_title,
                NLS.bind(Messages.ExportAgreementHandler_message, format.toUpperCase(Locale.ROOT)), true,
                Path.of(System.getProperty("user.home"), "agreement." + format).toString(), new String[] {"*." + format}, null);
        if (dialog.open() == Window.OK) {
            view.export(format, dialog.file());
        }
        return null;
    }
}
