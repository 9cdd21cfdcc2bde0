package org.attune.ui.ratings;

import org.attune.model.User;
import org.attune.ratings.RatingException;
import org.attune.store.ProjectStore;
import org.attune.ui.ProjectSession;
import org.attune.ui.ProjectWatch;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.ViewPart;

/**
 * A view of the open project that redraws after every action (undo and redo included) and when another
 * project is opened. Subclasses build their controls in {@link #create} and show the project in {@link #refresh}.
 */
public abstract class ProjectViewPart extends ViewPart {
    private Control root;

    @Override
    public final void createPartControl(Composite parent) {
        root = create(parent);
        new ProjectWatch(root, p -> {
            projectChanged();
            refresh();
        }, this::refresh);
        refresh();
    }

    protected abstract Control create(Composite parent);

    /** Shows the project as it is now; called on the UI thread. */
    public abstract void refresh();

    /** Called when another project (or none) is opened, before {@link #refresh}. */
    protected void projectChanged() {
    }

    protected ProjectStore store() {
        return ProjectSession.get().current().orElse(null);
    }

    /** The user actions are attributed to: the rater of "my sheet". */
    protected User me() {
        ProjectStore store = store();
        return store == null ? null : store.currentUser();
    }

    /** Runs an action; a refusal of the rating rules (or a bad input) is shown to the user, not logged. */
    protected boolean attempt(String title, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RatingException | IllegalArgumentException | IllegalStateException e) {
            MessageDialog.openError(getSite().getShell(), title, e.getMessage());
            return false;
        }
    }

    @Override
    public void setFocus() {
        if (root != null && !root.isDisposed()) {
            root.setFocus();
        }
    }

}
