package org.attune.ui.analysis;

import org.attune.ui.handlers.ActionHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * The Matrix view's commands (its buttons); which one an instance runs is the data after the class name in
 * {@code plugin.xml}. They act on the Matrix view whether or not it has the focus.
 */
public class MatrixHandler extends ActionHandler {
    /** Save Summary: stores the summary typed for the selected cell of the framework matrix. */
    public static final String SAVE_SUMMARY = "org.attune.ui.analysis.commands.matrix.saveSummary";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        MatrixView matrix = activeOrView(event, MatrixView.ID, MatrixView.class).orElse(null);
        if (matrix == null) {
            return null;
        }
        switch (action) {
            case "saveSummary" -> matrix.saveSummary();
            default -> throw unknown(action);
        }
        return null;
    }
}
