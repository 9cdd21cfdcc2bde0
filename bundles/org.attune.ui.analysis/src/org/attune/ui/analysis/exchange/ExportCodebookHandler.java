package org.attune.ui.analysis.exchange;

import org.attune.ui.dialogs.FileChoiceDialog;
import org.attune.ui.PseudonymisedExport;
import java.nio.file.Path;
import java.util.Locale;

import org.attune.exchange.CodebookExport;
import org.attune.store.ProjectStore;
import org.attune.ui.WidgetIds;
import org.attune.ui.analysis.AnalysisIds;
import org.attune.ui.analysis.Messages;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

/**
 * File > Export Codebook...: the codebook as REFI-QDA (.qdc) for other QDA tools, or as a document (DOCX, HTML,
 * Markdown, CSV, XLSX) with definitions, criteria, example quotes and counts; written in the background.
 */
public class ExportCodebookHandler extends ExchangeHandler {
    public static final String TITLE = Messages.ExportCodebookHandler_title;

    public ExportCodebookHandler() {
        super(TITLE);
    }

    @Override
    protected void run(Shell shell, ProjectStore store) {
        CodebookDialog dialog = new CodebookDialog(shell, suggestion(store, " codebook.qdc"));
        dialog.withPseudonyms(store);
        if (dialog.open() != Window.OK) {
            return;
        }
        Path file = dialog.file();
        CodebookExport.Format format = dialog.format;
        int examples = dialog.examples;
        // under blind coding, the counts and quotes of only the codings the current coder may see
        org.attune.coding.CodingLens lens = org.attune.coding.CodingLens.of(store.project(), org.attune.ui.CurrentCoder.name());
        char[] key = dialog.keyPassphrase();
        inBackground(shell, NLS.bind(Messages.ExportCodebookHandler_job, file.getFileName()), monitor -> PseudonymisedExport.from(store, key, from -> {
            CodebookExport.write(from, file, format, examples, key == null ? lens
                    : org.attune.coding.CodingLens.of(from.project(), org.attune.ui.CurrentCoder.name()), monitor);
            return file;
        }), written -> MessageDialog.openInformation(shell.getDisplay().getActiveShell(), TITLE,
                NLS.bind(Messages.ExportCodebookHandler_done, format.name(), written)));
    }

    /** The file, its format (following the file's extension unless chosen) and how many example quotes per code. */
    static final class CodebookDialog extends FileChoiceDialog {
        private Combo formats;
        private Spinner quotes;
        CodebookExport.Format format;
        int examples;

        CodebookDialog(Shell parent, String suggested) {
            super(parent, TITLE, Messages.ExportCodebookHandler_message,
                    true, suggested, new String[] {"*.qdc", "*.docx", "*.html", "*.md", "*.csv", "*.xlsx", "*"},
                    new String[] {Messages.ExportCodebookHandler_qdc, "Word", "HTML", "Markdown", "CSV", "Excel", Messages.AllFiles});
        }

        @Override
        protected void createOptions(Composite body) {
            new Label(body, SWT.NONE).setText(Messages.ExportCodebookHandler_format);
            formats = WidgetIds.tag(new Combo(body, SWT.READ_ONLY), AnalysisIds.CODEBOOK_FORMAT);
            for (CodebookExport.Format f : CodebookExport.Format.values()) {
                formats.add(f.name().toLowerCase(Locale.ROOT));
            }
            formats.select(0);
            formats.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
            formats.addListener(SWT.Selection, e -> followFormat());
            new Label(body, SWT.NONE).setText(Messages.ExportCodebookHandler_quotes);
            quotes = WidgetIds.tag(new Spinner(body, SWT.BORDER), AnalysisIds.CODEBOOK_EXAMPLES);
            quotes.setValues(3, 0, 50, 0, 1, 5);
            quotes.setToolTipText(Messages.ExportCodebookHandler_quotesTip);
            quotes.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
            pathField().addListener(SWT.Modify, e -> followExtension());
            followExtension();
        }

        /** Typing a known extension picks its format. */
        private void followExtension() {
            String name = pathField().getText().strip().toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            int index = dot < 0 ? -1 : formats.indexOf(name.substring(dot + 1).replace("markdown", "md"));
            if (index >= 0 && index != formats.getSelectionIndex()) {
                formats.select(index);
            }
        }

        /** Choosing a format changes the file's extension to match. */
        private void followFormat() {
            String name = pathField().getText().strip();
            int dot = name.lastIndexOf('.');
            int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
            String stem = dot > slash ? name.substring(0, dot) : name;
            if (!stem.isEmpty()) {
                pathField().setText(stem + "." + formats.getText());
            }
        }

        @Override
        protected void okPressed() {
            format = CodebookExport.Format.of(formats.getText());
            examples = quotes.getSelection();
            super.okPressed();
        }
    }
}
