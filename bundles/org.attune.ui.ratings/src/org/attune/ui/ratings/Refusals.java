package org.attune.ui.ratings;

import org.attune.ratings.RatingException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** How the rating views run an action: a refusal of the rating rules (or a bad input) is shown to the user, not logged. */
final class Refusals {
    private Refusals() {
    }

    /** Runs {@code action}; returns whether it was done, or tells the user why not in a dialog titled {@code title}. */
    static boolean attempt(Shell shell, String title, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RatingException | IllegalArgumentException | IllegalStateException e) {
            MessageDialog.openError(shell, title, e.getMessage());
            return false;
        }
    }
}
