package org.attune.store.pg;

import java.nio.file.Path;
import java.util.concurrent.Executor;

import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;

/**
 * The one way to open a project, wherever it lives: a project folder (the embedded store) or a team project's
 * {@code jdbc:postgresql://host:port/database} URL (password from the URL, {@code $PGPASSWORD} or {@code ~/.pgpass},
 * as psql finds it). Either way the caller works on a {@link ProjectStore}; for a team project that is a private
 * working copy of what the server lets this user read, and {@link OpenedProject#save(String)} writes what the caller
 * changed back to the server as one action.
 */
public final class ProjectStores {
    private ProjectStores() {
    }

    /** Whether {@code location} (as given by the user) names a team project rather than a folder. */
    public static boolean isTeam(String location) {
        return PgConnections.isTeamUrl(location);
    }

    /**
     * A team URL given where a path was expected: a {@link Path} made of {@code jdbc:postgresql://host/db} has lost a
     * slash ({@code jdbc:postgresql:/host/db}); this gives the URL back, or null for a folder.
     */
    public static String teamUrl(Path location) {
        String text = location.toString();
        return isTeam(text) ? text.replaceFirst("^" + PgConnections.PREFIX + "/+", PgConnections.PREFIX + "//") : null;
    }

    /** {@code location} as it may be shown in messages and output: a team URL's password replaced by stars. */
    public static Path shown(Path location) {
        return isTeam(location.toString()) ? Path.of(PgConnections.withoutPassword(location.toString())) : location;
    }

    /**
     * Opens the project at {@code location}: a folder with {@code options} ({@link ProjectStore#open} when
     * {@code changes}, else {@link ProjectStore#openToRead}), or a team project.
     */
    public static OpenedProject open(String location, OpenOptions options, boolean changes) throws StoreException, TeamProjectException {
        return open(location, options, changes, null);
    }

    /**
     * As {@link #open(String, OpenOptions, boolean)}; a team project's others' actions are brought in through
     * {@code modelThread} (the thread that reads and changes the model, e.g. the workbench's UI thread). Without one
     * (null) the project stays as it was read, and an action on what another client changed since is refused when saved.
     */
    public static OpenedProject open(String location, OpenOptions options, boolean changes, Executor modelThread)
            throws StoreException, TeamProjectException {
        if (isTeam(location)) {
            return TeamCopy.open(location, options.holder(), modelThread);
        }
        Path folder = Path.of(location);
        ProjectStore store = changes ? ProjectStore.open(folder, options) : ProjectStore.openToRead(folder, options);
        return new OpenedProject() {
            @Override
            public ProjectStore store() {
                return store;
            }

            @Override
            public String location() {
                return folder.toAbsolutePath().normalize().toString();
            }

            @Override
            public boolean isTeam() {
                return false;
            }

            @Override
            public void save(String label) {
                // each action is committed as it is done
            }

            @Override
            public void close() {
                store.close();
            }
        };
    }
}
