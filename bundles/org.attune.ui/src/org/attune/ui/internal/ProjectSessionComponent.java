package org.attune.ui.internal;

import org.eclipse.e4.core.services.events.IEventBroker;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Optional;

import org.attune.index.ProjectIndex;
import org.attune.store.ProjectStore;
import org.attune.store.StoreDamagedException;
import org.attune.store.pg.OpenedProject;
import org.attune.store.pg.StaleDataException;
import org.attune.store.pg.TeamProjectException;
import org.attune.ui.Messages;
import org.eclipse.jface.dialogs.MessageDialog;
import org.attune.ui.IProjectSession;
import org.attune.ui.ShownCodings;
import org.attune.ui.preferences.CodingPreferences;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The {@link IProjectSession} service: one for the workbench, active while the bundle runs (immediate, so that no
 * caller's release of the service closes the project); deactivating it closes the open project, which releases its lock.
 * Events go through the Event Admin with the data under the key the event broker reads ({@code IEventBroker.DATA}).
 */
@Component(service = IProjectSession.class, immediate = true)
public final class ProjectSessionComponent implements IProjectSession {
    /** The key under which {@code IEventBroker} subscribers find an event's data. */
    private static final String DATA = "org.eclipse.e4.data";

    @Reference
    private EventAdmin events;

    private final CommandStackListener changes = e -> changed();
    private ProjectStore current;
    /** What {@link #current} was opened as through {@code ProjectStores}; null for a project store given as such. */
    private OpenedProject opened;
    /** A team project's action is being written: the command stack's notifications meanwhile are its own. */
    private boolean saving;
    private ProjectIndex index;
    private StoreDamagedException damage;
    private boolean opening;
    /** The encryption of the open project's plaintext originals, while it runs. */
    private EncryptOriginalsJob encrypting;

    @Override
    public Optional<ProjectStore> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public void open(ProjectStore store) {
        open(store, null);
    }

    @Override
    public void open(OpenedProject project) {
        open(project.store(), project);
    }

    private void open(ProjectStore store, OpenedProject project) {
        closeCurrent();
        current = store;
        opened = project;
        String coder = CodingPreferences.coder();
        if (coder != null && (project == null || !project.isTeam())) { // a team project's user is the database login
            store.setCurrentUser(coder);
        }
        store.editingDomain().getCommandStack().addCommandStackListener(changes);
        if (project != null) {
            project.onOthersChanges(() -> {
                if (current == store) {
                    followIndex();
                    send(TOPIC_CHANGED, store);
                }
            });
            project.onReachability(reachable -> {
                if (current == store) { // the views show it (the Project Explorer's description says so)
                    send(TOPIC_CHANGED, store);
                }
            });
        }
        String fallback = ShownCodings.restore(store); // Edit > Show Codings as it was chosen for this project
        opening = true;
        damage = null;
        try {
            send(TOPIC_OPENED, store);
        } finally {
            opening = false;
        }
        encrypting = EncryptOriginalsJob.startIfNeeded(store);
        if (fallback != null) {
            events.sendEvent(new Event(ShownCodings.TOPIC_FALLBACK, Map.of(DATA, fallback)));
        }
        if (damage != null) {
            StoreDamagedException met = damage;
            damage = null;
            throw met;
        }
    }

    @Override
    public java.util.Optional<org.attune.store.pg.TeamMembers> members() {
        return current == null || opened == null ? java.util.Optional.empty() : opened.members();
    }

    @Override
    public String shownLocation() {
        if (current == null) {
            return "";
        }
        if (opened != null && opened.isTeam()) {
            String team = org.eclipse.osgi.util.NLS.bind(Messages.ProjectSession_teamLocation, current.project().getName(),
                    org.attune.store.pg.PgConnections.server(opened.location()));
            return opened.reachable() ? team : org.eclipse.osgi.util.NLS.bind(Messages.ProjectSession_serverLost, team);
        }
        return current.folder().toString();
    }

    @Override
    public void damaged(StoreDamagedException met) {
        if (opening && damage == null) {
            damage = met;
        } else if (!opening) {
            Platform.getLog(ProjectSessionComponent.class).error(met.getMessage(), met);
        }
    }

    @Override
    public void close() {
        ProjectStore closed = closeCurrent();
        if (closed != null) {
            send(TOPIC_CLOSED, closed);
        }
    }

    @Deactivate
    void deactivate() {
        closeCurrent();
    }

    @Override
    public ProjectIndex index() throws IOException {
        if (index == null && current != null) {
            index = openIndex(current);
        }
        return index;
    }

    /**
     * Opens the index with a progress dialog: building or rebuilding it reads every transcript, which takes a
     * while in a big project, and can be cancelled (it is then built again next time). It runs on the UI thread
     * because the index reads the model, which only that thread changes.
     */
    private static ProjectIndex openIndex(ProjectStore store) throws IOException {
        var display = Display.getCurrent();
        if (display == null || display.getActiveShell() == null) {
            return ProjectIndex.open(store);
        }
        ProjectIndex[] opened = {null};
        try {
            new ProgressMonitorDialog(display.getActiveShell()).run(false, true, monitor -> {
                try {
                    opened[0] = ProjectIndex.open(store, monitor);
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException | OperationCanceledException e) {
            return null; // cancelled: the search says so, and the index is built on the next search
        }
        return opened[0];
    }

    /**
     * Closes the open project and returns it (null: none was open); a failure (e.g. its folder vanished) is logged,
     * and the session is cleared anyway.
     */
    private ProjectStore closeCurrent() {
        if (encrypting != null) { // each file is whole at every moment: stopped between two, it goes on at the next opening
            encrypting.cancel();
            try {
                encrypting.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            encrypting = null;
        }
        if (index != null) {
            try {
                index.close();
            } catch (IOException | RuntimeException e) {
                Platform.getLog(ProjectSessionComponent.class).error("Closing the search index failed", e);
            }
            index = null;
        }
        ProjectStore closing = current;
        OpenedProject closingProject = opened;
        if (closing != null) {
            current = null;
            opened = null;
            closing.editingDomain().getCommandStack().removeCommandStackListener(changes);
            try {
                if (closingProject != null) {
                    closingProject.close();
                } else {
                    closing.close();
                }
            } catch (RuntimeException e) {
                Platform.getLog(ProjectSessionComponent.class).error("Closing " + closing.folder() + " failed", e);
            }
        }
        return closing;
    }

    /** The search index takes in others' actions, which come without a command. */
    private void followIndex() {
        if (index != null) {
            try {
                index.follower().followNow();
            } catch (IOException | RuntimeException e) {
                Platform.getLog(ProjectSessionComponent.class).error("The search index could not take in others' changes", e);
            }
        }
    }

    /** Writes a team project's last action, undo or redo to the server; one the server refuses is reported, and not done. */
    private void save(OpenedProject team, ProjectStore store) {
        org.eclipse.emf.common.command.Command last = store.editingDomain().getCommandStack().getMostRecentCommand();
        String label = last == null || last.getLabel() == null ? Messages.ProjectSession_teamAction : last.getLabel();
        saving = true;
        try {
            team.save(label);
        } catch (StaleDataException | TeamProjectException e) {
            Display display = Display.getCurrent();
            if (display != null) {
                display.asyncExec(() -> {
                    if (!display.isDisposed()) {
                        MessageDialog.openError(display.getActiveShell(), Messages.ProjectSession_notDone, e.getMessage());
                    }
                });
            }
            Platform.getLog(ProjectSessionComponent.class).warn(e.getMessage());
        } finally {
            saving = false;
        }
    }

    private void send(String topic, ProjectStore store) {
        events.sendEvent(new Event(topic, Map.of(DATA, store)));
    }

    /**
     * After each committed action, undo or redo: sent on the UI thread, where the actions of the workbench are done, so
     * that subscribers see it before anything queued after it; posted from any other thread (e.g. a test's), which then
     * does not wait for the UI thread.
     */
    private void changed() {
        ProjectStore store = current;
        if (store == null || saving) {
            return;
        }
        if (opened != null && opened.isTeam()) {
            save(opened, store);
        }
        Event event = new Event(TOPIC_CHANGED, Map.of(DATA, store));
        if (Display.getCurrent() != null) {
            events.sendEvent(event);
        } else {
            events.postEvent(event);
        }
    }
}
