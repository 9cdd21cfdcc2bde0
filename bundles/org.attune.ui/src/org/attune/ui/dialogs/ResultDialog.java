package org.attune.ui.dialogs;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * What a piece of work did, shown after it: a resizable dialog over its {@code report}, closed with Close.
 *
 * @param <R> the report shown
 */
public abstract class ResultDialog<R> extends TitledDialog {
    /** What the work did. */
    protected final R report;

    protected ResultDialog(Shell parent, String title, R report) {
        super(parent, title, true);
        this.report = report;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        closeButton(parent);
    }
}
