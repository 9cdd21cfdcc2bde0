package org.attune.ui.analysis.compare;

import java.util.Locale;

import org.attune.ui.analysis.Messages;
import org.attune.ui.analysis.ViewExportHandler;
import org.eclipse.osgi.util.NLS;

/**
 * The Agreement Report's Export CSV / XLSX / DOCX: its report ({@link AgreementReportView#export}, through the core's
 * {@code AgreementExport}).
 */
public class ExportAgreementHandler extends ViewExportHandler<AgreementReportView> {
    public static final String COMMAND = "org.attune.ui.analysis.commands.exportAgreement";

    public ExportAgreementHandler() {
        super(AgreementReportView.class, AgreementReportView.ID, Messages.ExportAgreementHandler_title,
                format -> NLS.bind(Messages.ExportAgreementHandler_message, format.toUpperCase(Locale.ROOT)), format -> "agreement." + format,
                AgreementReportView::export);
    }
}
