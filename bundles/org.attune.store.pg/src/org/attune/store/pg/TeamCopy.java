package org.attune.store.pg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import org.apache.commons.io.file.PathUtils;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.eclipse.emf.ecore.EObject;

/**
 * A team project opened through {@link ProjectStores}: what the server lets this user read (sources' codings and
 * texts included) copied into a private project in a temporary folder (readable by this user only, deleted on
 * closing), so that every operation on a {@link ProjectStore} works on it. {@link #save} writes the difference
 * between the copy and the team project back to the server, as one action of the team project. With a model thread,
 * others' actions are brought into the copy on it as they arrive (not on the copy's undo history), right after the
 * team project's model took them: between two of the model thread's tasks the copy differs from the team project's
 * model only by what this user did. Without, the team project's model stays as read, so that the difference is
 * still this user's, and the server refuses it where another client changed the same elements since.
 */
final class TeamCopy implements OpenedProject {
    private static final String OTHERS = "changes of others";
    private final TeamProject team;
    private final Path scratch;
    private final ProjectStore copy;
    /** Each object of the copy's model and its counterpart in the team project's model, both ways. */
    private final Map<EObject, EObject> toTeam = new IdentityHashMap<>();
    private final Map<EObject, EObject> toCopy = new IdentityHashMap<>();
    /** The texts as the copy holds them from the server, to see which the copy changed. */
    private final Map<TextSource, String> textsRead = new HashMap<>();
    private final List<Runnable> othersListeners = new CopyOnWriteArrayList<>();

    private TeamCopy(TeamProject team, Path scratch, ProjectStore copy) {
        this.team = team;
        this.scratch = scratch;
        this.copy = copy;
    }

    static TeamCopy open(String url, String holder, Executor modelThread) throws StoreException, TeamProjectException {
        TeamProject team = TeamProject.open(url, modelThread == null ? ignored -> { } : modelThread);
        Path scratch = null;
        ProjectStore copy = null;
        try {
            scratch = Files.createTempDirectory("attune-team-"); // owner-only, as every temporary folder
            copy = ProjectStore.create(scratch.resolve("project"), team.project().getName(),
                    OpenOptions.of(holder).withBackups(false).withDurable(false));
            copy.originals().fetchMissingWith((source, target, into) -> TeamMedia.fetch(url, source, target, into));
            TeamCopy opened = new TeamCopy(team, scratch, copy);
            opened.bringIn("read " + team.project().getName());
            copy.setCurrentUser(team.currentUser().getName());
            if (modelThread != null) {
                team.addChangeListener(change -> opened.othersChanged());
            }
            return opened;
        } catch (IOException e) {
            cleanUp(team, copy, scratch);
            throw new TeamProjectException(PgConnections.withoutPassword(url) + ": cannot make a working copy in the temporary folder ("
                    + PgConnections.firstLine(e) + ")", e);
        } catch (StoreException | TeamProjectException | RuntimeException e) {
            cleanUp(team, copy, scratch);
            throw e;
        }
    }

    /** Makes the copy as the team project (all the user may read of it), not on the copy's undo history. */
    private void bringIn(String label) throws TeamProjectException {
        Project theirs = team.project();
        Map<TextSource, String> texts = new HashMap<>();
        synchronized (toCopy) {
            for (Source source : team.read(() -> List.copyOf(theirs.getSources()))) {
                team.load(source);
                if (source instanceof TextSource text && !toCopy.containsKey(text)) {
                    texts.put(text, team.text(text));
                }
            }
            team.read(() -> {
                copy.keepDerived(label, () -> {
                    ModelMirror.mirror(theirs, copy.project(), toCopy);
                    texts.forEach((source, text) -> {
                        if (text != null) {
                            copy.stageText((TextSource) toCopy.get(source), text);
                        }
                    });
                });
                return null;
            });
            toCopy.forEach((their, mine) -> toTeam.put(mine, their));
            texts.forEach((source, text) -> textsRead.put((TextSource) toCopy.get(source), text));
        }
    }

    /**
     * On the model thread, after another client's action reached the team project. The undo history is emptied: undoing
     * an action of one's own now could write back over what the other client changed since.
     */
    private void othersChanged() {
        try {
            bringIn(OTHERS);
        } catch (TeamProjectException | RuntimeException e) {
            return; // the server went away meanwhile: the next change or reconnection reads again
        }
        copy.editingDomain().getCommandStack().flush();
        othersListeners.forEach(Runnable::run);
    }

    @Override
    public void onOthersChanges(Runnable listener) {
        othersListeners.add(listener);
    }

    @Override
    public ProjectStore store() {
        return copy;
    }

    @Override
    public String location() {
        return PgConnections.withoutPassword(team.url());
    }

    @Override
    public boolean isTeam() {
        return true;
    }

    @Override
    public void save(String label) throws StaleDataException, TeamProjectException {
        Project mine = copy.project();
        synchronized (toCopy) {
            for (Source source : mine.getSources()) {
                if (source instanceof TextSource text && textsRead.containsKey(text)
                        && !Objects.equals(textsRead.get(text), copy.text(text))) {
                    refused();
                    throw new TeamProjectException(location() + ": \"" + label + "\" changes the text of \"" + text.getName()
                            + "\", which a team project does not take yet; it was not done");
                }
            }
            try {
                team.apply(label, () -> {
                    ModelMirror.mirror(mine, team.project(), toTeam);
                    for (Source source : mine.getSources()) {
                        if (source instanceof TextSource text && !textsRead.containsKey(text)) {
                            String body = copy.text(text);
                            if (body != null) {
                                team.stageText((TextSource) toTeam.get(text), body);
                            }
                        }
                    }
                });
            } catch (StaleDataException | TeamProjectException | RuntimeException e) {
                refused();
                throw e;
            }
            toTeam.forEach((m, theirs) -> toCopy.put(theirs, m));
            for (Source source : mine.getSources()) {
                if (source instanceof TextSource text) {
                    textsRead.putIfAbsent(text, copy.text(text));
                }
            }
        }
    }

    /**
     * An action the server did not take: the copy is made as the team project again (showing what others did), and its
     * undo history emptied, which held the action.
     */
    private void refused() {
        try {
            bringIn(OTHERS);
        } catch (TeamProjectException | RuntimeException e) {
            // the server cannot be reached: the copy is read again on the next change
        }
        copy.editingDomain().getCommandStack().flush();
    }

    @Override
    public void close() {
        cleanUp(team, copy, scratch);
    }

    private static void cleanUp(TeamProject team, ProjectStore copy, Path scratch) {
        if (copy != null) {
            copy.close();
        }
        team.close();
        if (scratch != null) {
            try {
                PathUtils.deleteDirectory(scratch);
            } catch (IOException e) {
                // a temporary folder: the system clears it
            }
        }
    }
}
