package org.attune.ui;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.PlatformUI;
import java.io.IOException;
import java.util.Optional;

import org.attune.index.ProjectIndex;
import org.attune.store.ProjectStore;
import org.attune.store.StoreDamagedException;
import org.attune.store.pg.OpenedProject;

/**
 * The project this workbench works on, open (and locked) until another is opened or the workbench closes: an OSGi
 * service (a Declarative Services component of this bundle), found through the workbench's service locator,
 * {@code getSite().getService(IProjectSession.class)} in a part, {@code PlatformUI.getWorkbench().getService(...)}
 * elsewhere, or E4 injection. Used on the UI thread.
 * <p>
 * It tells the workbench what happens to the project through the event broker ({@code IEventBroker}; sent through
 * the OSGi Event Admin, the data under {@code IEventBroker.DATA}), sent synchronously on the UI thread, which opens and
 * closes projects and does the workbench's actions: {@link #TOPIC_OPENED}, {@link #TOPIC_CLOSED}, and
 * {@link #TOPIC_CHANGED} after every committed action, undo and redo of the open project (posted, without waiting,
 * when an action is done on another thread). {@link #TOPIC_ALL} subscribes to all three.
 */
public interface IProjectSession {
    /** How the workbench names itself in a project's lock. */
    String HOLDER = "Attune workbench";

    /** Every topic of the open project. */
    String TOPIC_ALL = "org/attune/ui/project/*";
    /** A project was opened (and the one open before, if any, closed); data: its {@link ProjectStore}. */
    String TOPIC_OPENED = "org/attune/ui/project/opened";
    /** The open project was closed and none is open now; data: the closed {@link ProjectStore}. */
    String TOPIC_CLOSED = "org/attune/ui/project/closed";
    /** An action was committed, undone or redone in the open project; data: its {@link ProjectStore}. */
    String TOPIC_CHANGED = "org/attune/ui/project/changed";

    /** The open project, if any. */
    Optional<ProjectStore> current();

    /**
     * Makes {@code store} the open project, closing the one open before, and sends {@link #TOPIC_OPENED}. When a
     * subscriber met damage in the store while showing it (and {@link #damaged said so}), the others still show what
     * can be read and the first damage is then thrown for the caller to tell the user: the project stays open.
     */
    void open(ProjectStore store);

    /**
     * As {@link #open(ProjectStore)} for a project opened through {@code ProjectStores}: for a team project each
     * action, undo and redo is written to the server as it is done (one refused is reported and not done), and
     * others' actions come in as they arrive, each followed by {@link #TOPIC_CHANGED}. Closing closes {@code opened}.
     */
    void open(OpenedProject opened);

    /**
     * Where the open project is, as the workbench shows it: its folder, or for a team project its name and server
     * ("Vig study, team project on db.example.org:5432/vig2026"), never the private working copy's temporary folder.
     * Empty without a project.
     */
    String shownLocation();

    /**
     * The open team project's members, managed as the login it was opened with; empty for a folder or no project (the
     * one test of whether Team Members... applies).
     */
    Optional<org.attune.store.pg.TeamMembers> members();

    /** Closes the open project, if any, and sends {@link #TOPIC_CLOSED}. */
    void close();

    /**
     * The open project's search index, opened (and if needed rebuilt from the store) on first use; it then follows
     * every action. Null without a project.
     */
    ProjectIndex index() throws IOException;

    /**
     * Called by a subscriber of {@link #TOPIC_OPENED} that cannot show part of the project just opened: the Event Admin
     * does not pass a subscriber's exception on, so the session throws it from {@link #open} once every subscriber was told.
     */
    void damaged(StoreDamagedException damage);
}
