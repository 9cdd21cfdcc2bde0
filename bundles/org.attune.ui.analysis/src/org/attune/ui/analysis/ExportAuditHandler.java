package org.attune.ui.analysis;

import java.nio.file.Path;

/** The Audit view's Export CSV: the entries shown, as filtered ({@link AuditView#export}, through {@code AuditExport}). */
public class ExportAuditHandler extends ViewExportHandler<AuditView> {
    public static final String COMMAND = "org.attune.ui.analysis.commands.exportAudit";

    public ExportAuditHandler() {
        super(AuditView.class, AuditView.ID);
    }

    @Override
    protected String title() {
        return Messages.ExportAuditHandler_title;
    }

    @Override
    protected String message(String format) {
        return Messages.ExportAuditHandler_message;
    }

    @Override
    protected String fileName(String format) {
        return "audit-log.csv";
    }

    @Override
    protected void export(AuditView view, String format, Path file) {
        view.export(file);
    }
}
