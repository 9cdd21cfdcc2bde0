package org.attune.store.pg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 * texts included) copied into a private project in a temporary folder (readable by this user only, encrypted with a
 * random key made for the run and kept only in memory, deleted on closing; its search index is kept in memory), so that every operation on a {@link ProjectStore} works on it. {@link #save} writes the difference
 * between the copy and the team project back to the server, as one action of the team project. With a model thread,
 * others' actions are brought into the copy on it as they arrive (not on the copy's undo history), right after the
 * team project's model took them: between two of the model thread's tasks the copy differs from the team project's
 * model only by what this user did. Without, the team project's model stays as read, so that the difference is
 * still this user's, and the server refuses it where another client changed the same elements since.
 *
 * <p>Texts: an edit of a transcript in the copy (its text, with the codings, turns and sync points that follow it) is
 * written as one action as well; which texts changed is known from the copy's text revisions, without reading the
 * texts. Undo: the copy's history stays when others' actions come in; an undo or redo of an action whose elements (or
 * the lists holding them) another client changed since is refused, the copy showing their change.
 */
final class TeamCopy implements OpenedProject {
    private static final String OTHERS = "changes of others";
    private final TeamProject team;
    private final Path scratch;
    private final ProjectStore copy;
    /** Each object of the copy's model and its counterpart in the team project's model, both ways. */
    private final Map<EObject, EObject> toTeam = new IdentityHashMap<>();
    private final Map<EObject, EObject> toCopy = new IdentityHashMap<>();
    /** Each text source of the copy with the copy's revision of its text that the server holds. */
    private final Map<TextSource, Long> textsSynced = new HashMap<>();
    private final List<Runnable> othersListeners = new CopyOnWriteArrayList<>();
    /** Others' actions bring each action a writer's step in: one history of the steps (own and others') of this copy. */
    private final OwnSteps steps = new OwnSteps();
    /** Others' actions come in on a model thread (the workbench): each action, undo and redo is saved as it is done. */
    private final boolean live;
    /** Whether bringing in others' actions failed part-way (the server went away): the next time, all is compared. */
    private boolean behind;
    /** What this user changed in the copy since it was last saved (others' actions brought in are not noted). */
    private TouchedObjects ownChanges;

    private TeamCopy(TeamProject team, Path scratch, ProjectStore copy, boolean live) {
        this.team = team;
        this.scratch = scratch;
        this.copy = copy;
        this.live = live;
    }

    static TeamCopy open(String url, String holder, Executor modelThread) throws StoreException, TeamProjectException {
        TeamProject team = TeamProject.open(url, modelThread == null ? ignored -> { } : modelThread);
        Path scratch = null;
        ProjectStore copy = null;
        try {
            scratch = Files.createTempDirectory("attune-team-"); // owner-only, as every temporary folder
            // encrypted with a key made for this run and kept nowhere: what is left after a crash cannot be read
            copy = ProjectStore.create(scratch.resolve("project"), team.project().getName(),
                    OpenOptions.of(holder).withBackups(false).withDurable(false).withRandomKey(runKey()));
            copy.originals().fetchMissingWith((source, target, into) -> TeamMedia.fetch(url, source, target, into));
            TeamCopy opened = new TeamCopy(team, scratch, copy, modelThread != null);
            opened.bringIn("read " + team.project().getName(), List.of(), null);
            copy.setCurrentUser(team.currentUser().getName());
            opened.ownChanges = new TouchedObjects(copy.project());
            copy.guardUndoRedo(opened::refuseIfChangedByOthers);
            if (modelThread != null) {
                team.addChangeListener(opened::othersChanged);
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

    /** A passphrase for the working copy's store: random, made for this run, kept only in memory. */
    private static char[] runKey() {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.HexFormat.of().formatHex(random).toCharArray();
    }

    /**
     * Makes the copy as the team project (all the user may read of it), not on the copy's undo history; the texts of
     * sources new to the copy are read, and those of {@code changedTexts} (the team project's sources) again. With
     * {@code touched} (objects of the team project's model), only those are compared, and what they newly hold; null:
     * everything (at opening, and after the server was away).
     */
    private void bringIn(String label, java.util.Collection<TextSource> changedTexts, java.util.Collection<EObject> touched)
            throws TeamProjectException {
        Project theirs = team.project();
        synchronized (toCopy) {
            // the first filling is kept in memory only: each element is written to the copy's store when this user's
            // action first changes it (writing all at opening took most of its 12 to 23 s at 200,000 codings)
            boolean first = toCopy.isEmpty();
            List<Source> sources = touched == null ? team.read(() -> List.copyOf(theirs.getSources()))
                    : touched.stream().filter(Source.class::isInstance).map(Source.class::cast).filter(s -> !toCopy.containsKey(s)).toList();
            team.loadAll(sources);
            java.util.Set<TextSource> wanted = new java.util.LinkedHashSet<>(changedTexts);
            sources.stream().filter(TextSource.class::isInstance).map(TextSource.class::cast).filter(t -> !toCopy.containsKey(t))
                    .forEach(wanted::add);
            Map<TextSource, org.attune.store.TextContent> texts = team.texts(wanted);
            ModelMirror.Mirrored[] mirrored = new ModelMirror.Mirrored[1];
            team.read(() -> {
                Runnable change = () -> {
                    mirrored[0] = touched == null ? ModelMirror.mirror(theirs, copy.project(), toCopy)
                            : ModelMirror.mirrorTouched(theirs, touched, toCopy);
                    texts.forEach((source, text) -> copy.stageText((TextSource) toCopy.get(source), text));
                };
                Runnable bring = first ? () -> copy.fillUnstored(change) : () -> copy.keepDerived(label, change);
                if (ownChanges == null) {
                    bring.run();
                } else {
                    ownChanges.unnoted(bring);
                }
                return null;
            });
            java.util.Set<EObject> listsChanged = mirrored[0].listsChanged();
            mirrored[0].made().forEach((their, made) -> toTeam.put(made, their));
            toTeam.put(copy.project(), theirs);
            // a list of the copy now in another order or with other members: an undo by index into it would miss
            steps.othersTouched(team.rowsOf(listsChanged.stream().map(toTeam::get).toList()));
            for (TextSource source : wanted) {
                TextSource mine = (TextSource) toCopy.get(source);
                textsSynced.put(mine, copy.textRevision(mine));
            }
        }
    }

    /**
     * On the model thread, after another client's action reached the team project. The undo history stays: what the
     * action touched is noted, and an undo of one's own action that touched it as well is refused from now on.
     */
    private void othersChanged(TeamProject.RemoteChange change) {
        steps.othersTouched(change.touched());
        try {
            boolean everything = change.everything() || behind;
            behind = false;
            bringIn(OTHERS, team.textSources(change.texts()), everything ? null : team.objectsOf(change.touched()));
        } catch (TeamProjectException | RuntimeException e) {
            behind = true; // the server went away meanwhile: the next change brings in everything, not only its own
            return;
        }
        othersListeners.forEach(Runnable::run);
    }

    /** Before an undo or redo of {@code command} in the copy: refused when another client changed what it touched since. */
    private void refuseIfChangedByOthers(org.eclipse.emf.common.command.Command command) {
        if (steps.changedByOthers(command)) {
            copy.forget(command); // it stays refused: the earlier actions can be undone now, unless they touched the same
            steps.leftAsItIs(command);
            throw new org.attune.store.StoreFailure(location() + ": \"" + command.getLabel() + "\" cannot be undone or redone: another "
                    + "team member changed the same elements since (the project shows their change); it was not done and leaves the "
                    + "undo history", null);
        }
    }

    @Override
    public void onOthersChanges(Runnable listener) {
        othersListeners.add(listener);
    }

    @Override
    public void onReachability(java.util.function.Consumer<Boolean> listener) {
        if (live) {
            team.addReachabilityListener(listener);
        }
    }

    @Override
    public boolean reachable() {
        return team.reachable();
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
    public java.util.Optional<TeamMembers> members() {
        return java.util.Optional.of(new TeamMembers(team.url()));
    }

    @Override
    public boolean isTeam() {
        return true;
    }

    @Override
    public void save(String label) throws StaleDataException, TeamProjectException {
        Project mine = copy.project();
        synchronized (toCopy) {
            Map<TextSource, Long> revised = new HashMap<>(); // the copy's texts it changed since they were as on the server
            for (Source source : mine.getSources()) {
                if (source instanceof TextSource text && copy.textRevision(text) != textsSynced.getOrDefault(text, -1L)) {
                    revised.put(text, copy.textRevision(text));
                }
            }
            Map<Source, Path> newFiles = filesTheServerLacks();
            java.util.Set<Long> touched;
            java.util.Set<EObject> changed = ownChanges.take();
            ModelMirror.Mirrored[] mirrored = new ModelMirror.Mirrored[1];
            try {
                touched = team.applyNoting(label, () -> {
                    mirrored[0] = ModelMirror.mirrorTouched(mine, changed, toTeam);
                    revised.keySet().forEach(text -> {
                        String body = copy.text(text);
                        if (body == null) {
                            return;
                        }
                        if (textsSynced.containsKey(text)) {
                            team.reviseText((TextSource) toTeam.get(text), body);
                        } else {
                            team.stageText((TextSource) toTeam.get(text), body);
                        }
                    });
                }, db -> uploadWithTheAction(db, newFiles));
            } catch (StaleDataException | TeamProjectException | RuntimeException e) {
                refused(revised.keySet());
                throw e;
            }
            if (mirrored[0] != null) {
                mirrored[0].made().forEach((m, theirs) -> toCopy.put(theirs, m));
            }
            textsSynced.putAll(revised);
            steps.written(copy.editingDomain().getCommandStack().getMostRecentCommand(), touched);
        }
    }

    /**
     * The files this copy holds in its folder that the server lacks: those of sources new to the server (imported, or
     * brought back by an undo) and of sources given another file (a pseudonymised copy). A file fetched from the server
     * is there already. Known from the sources' stored paths, without reading a file.
     */
    private Map<Source, Path> filesTheServerLacks() {
        Map<Source, Path> lacking = new java.util.LinkedHashMap<>();
        Project theirProject = team.project();
        for (Source source : copy.project().getSources()) {
            // a deleted counterpart is held by the record of its deletion, not by the project; the file system is asked
            // only about sources the server does not hold as they are (an action costs what it changed)
            if (toTeam.get(source) instanceof Source theirs && theirs.eContainer() == theirProject
                    && java.util.Objects.equals(theirs.getStoredPath(), source.getStoredPath())) {
                continue;
            }
            Path file = copy.originals().localCopy(source);
            if (file != null) {
                lacking.put(source, file);
            }
        }
        return lacking;
    }

    /**
     * Uploads {@code files} in the action's transaction: the action that added a source is committed with its file or
     * not at all, so that no member is left with a source whose file is only in one working copy (deleted at closing).
     */
    private void uploadWithTheAction(java.sql.Connection db, Map<Source, Path> files) throws java.sql.SQLException {
        if (files.isEmpty()) {
            return;
        }
        try {
            TeamMedia.uploadNew(db, copy.originals(), files);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e.getMessage(), e);
        }
    }

    /**
     * A step the server did not take is taken back in the copy too: with a model thread (one step saved at a time) the
     * copy's command stack takes it back (a refused action leaves the history, a refused undo or redo stays to be
     * tried again); without, the command's actions were saved as one and the history is emptied. The copy is then
     * made as the team project (showing what others did, the texts it changed read again) when the server can be reached.
     */
    private void refused(java.util.Set<TextSource> revised) {
        if (live) {
            takeBackLastStep();
            revised.forEach(text -> textsSynced.computeIfPresent(text, (t, r) -> copy.textRevision(t)));
        } else {
            copy.editingDomain().getCommandStack().flush();
        }
        try {
            bringIn(OTHERS, revised.stream().filter(textsSynced::containsKey).map(t -> (TextSource) toTeam.get(t)).toList(), null);
        } catch (TeamProjectException | RuntimeException e) {
            // the server cannot be reached: the copy is read again when it is back
        }
        ownChanges.clear(); // what the refused step touched is as the server's again
    }

    private void takeBackLastStep() {
        org.eclipse.emf.common.command.CommandStack stack = copy.editingDomain().getCommandStack();
        org.eclipse.emf.common.command.Command recent = stack.getMostRecentCommand();
        if (recent == null) {
            return;
        }
        copy.guardUndoRedo(command -> { });
        try {
            if (stack.getUndoCommand() == recent) {
                copy.undo();
                copy.forget(recent);
            } else if (stack.getRedoCommand() == recent) {
                copy.redo();
            }
        } finally {
            copy.guardUndoRedo(this::refuseIfChangedByOthers);
        }
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
