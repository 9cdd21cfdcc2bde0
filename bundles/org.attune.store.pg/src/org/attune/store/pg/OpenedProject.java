package org.attune.store.pg;

import org.attune.store.ProjectStore;

/** A project opened through {@link ProjectStores}: a project folder or a team project. */
public interface OpenedProject extends AutoCloseable {
    /** The project to read and change. */
    ProjectStore store();

    /** Where it is, as it may be shown: the folder, or the team project's URL without a password. */
    String location();

    boolean isTeam();

    /**
     * Makes what was changed in {@link #store()} lasting: nothing to do for a folder (each action is committed as it
     * is done); for a team project the changes are written to the server as one action, or refused whole (another
     * client changed the same elements, the server cannot be reached) and nothing is written.
     */
    void save(String label) throws StaleDataException, TeamProjectException;

    /**
     * {@code listener} is run on the model thread after others' actions were brought into {@link #store()} (not on
     * its command stack: views that follow the command stack refresh on this as well). Never for a folder.
     */
    default void onOthersChanges(Runnable listener) {
        // a folder has one writer
    }

    /**
     * {@code listener} is told on the model thread when a team project's server goes away (false) and when it is back
     * (true, the project read anew). Never for a folder.
     */
    default void onReachability(java.util.function.Consumer<Boolean> listener) {
        // a folder is always there
    }

    /** Whether a team project's server can be reached, as far as this client knows; always for a folder. */
    default boolean reachable() {
        return true;
    }

    /** A team project's members, changed as the login that opened it (the lead may, others are refused); empty for a folder. */
    default java.util.Optional<TeamMembers> members() {
        return java.util.Optional.empty();
    }

    @Override
    void close();
}
