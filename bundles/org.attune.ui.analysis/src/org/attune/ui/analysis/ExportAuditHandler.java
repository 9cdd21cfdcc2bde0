package org.attune.ui.analysis;


/** The Audit view's Export CSV: the entries shown, as filtered ({@link AuditView#export}, through {@code AuditExport}). */
public class ExportAuditHandler extends ViewExportHandler<AuditView> {
    public static final String COMMAND = "org.attune.ui.analysis.commands.exportAudit";

    public ExportAuditHandler() {
        super(AuditView.class, AuditView.ID, Messages.ExportAuditHandler_title, format -> Messages.ExportAuditHandler_message,
                format -> "audit-log.csv", (view, format, file) -> view.export(file));
    }
}
