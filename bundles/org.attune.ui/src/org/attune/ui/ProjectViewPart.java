package org.attune.ui;

import org.attune.model.User;
import org.attune.store.ProjectStore;
import org.attune.store.StoreDamagedException;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/**
 * The base of every view that shows the open project. It follows the {@link IProjectSession} service's events: when
 * another project or none is opened it calls {@link #projectChanged} and {@link #refresh} (which shows the view's
 * empty state when {@link #store} is null), and after every committed action, undo and redo it refreshes soon on the
 * UI thread, once for a burst of changes, and so it does when Edit > Show Codings or the current coder changes
 * ({@link ShownCodings#TOPIC}). Subclasses build their controls in {@link #createContents}.
 */
public abstract class ProjectViewPart extends ViewPart {
    private Control root;
    private IProjectSession session;
    private IEventBroker events;
    private boolean refreshPending;
    private final EventHandler handler = this::handle;
    /** Edit > Show Codings or the current coder changed ({@link ShownCodings#TOPIC}): what the view shows and counts may differ. */
    private final EventHandler shownHandler = e -> scheduleRefresh();

    @Override
    public final void createPartControl(Composite parent) {
        session = getSite().getService(IProjectSession.class);
        events = getSite().getService(IEventBroker.class);
        root = createContents(parent);
        events.subscribe(IProjectSession.TOPIC_ALL, handler);
        events.subscribe(ShownCodings.TOPIC, shownHandler);
        // a view opened while a project is open (another perspective, Window > ...) takes it up as if it had just
        // been opened: the Project Explorer and the Codebook were empty, having missed the session's event
        projectChanged();
        refresh();
    }

    /** Builds the view's controls in {@code parent}; returns the one that takes the focus and whose disposal ends the view. */
    protected abstract Control createContents(Composite parent);

    /** Shows the project as it is now, or the view's empty state when {@link #store} is null; on the UI thread. */
    protected abstract void refresh();

    /** Called when another project (or none) is opened, before {@link #refresh}: forget what belonged to the old one. */
    protected void projectChanged() {
    }

    /** The workbench's open project, as a service. */
    protected IProjectSession session() {
        return session;
    }

    /** The open project, or null. */
    protected ProjectStore store() {
        return session == null ? null : session.current().orElse(null);
    }

    /** The user actions are attributed to (the coder, the rater of "my sheet"); null without a project. */
    protected User me() {
        ProjectStore store = store();
        return store == null ? null : store.currentUser();
    }

    private void handle(Event event) {
        if (root == null || root.isDisposed()) {
            return;
        }
        if (IProjectSession.TOPIC_CHANGED.equals(event.getTopic())) {
            if (event.getProperty(IEventBroker.DATA) == store()) {
                scheduleRefresh();
            }
            return;
        }
        try {
            projectChanged();
            refresh();
        } catch (StoreDamagedException e) { // the others still show what can be read; opening tells the user
            session.damaged(e);
        }
    }

    /** Refreshes soon on the UI thread (from any thread), once for several changes in a row. */
    protected void scheduleRefresh() {
        Control c = root;
        if (c == null || c.isDisposed() || refreshPending) {
            return;
        }
        refreshPending = true;
        c.getDisplay().asyncExec(() -> {
            refreshPending = false;
            if (!c.isDisposed()) {
                refresh();
            }
        });
    }

    @Override
    public void setFocus() {
        if (root != null && !root.isDisposed()) {
            root.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (events != null) {
            events.unsubscribe(handler);
            events.unsubscribe(shownHandler);
        }
        super.dispose();
    }
}
