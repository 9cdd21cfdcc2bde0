package org.attune.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.attune.core.project.ProjectInfo;

/** The project this workbench window works on; views listen for it to change. Used on the UI thread. */
public final class ProjectSession {
    private static final ProjectSession INSTANCE = new ProjectSession();

    private final List<Consumer<Optional<ProjectInfo>>> listeners = new CopyOnWriteArrayList<>();
    private ProjectInfo current;

    public static ProjectSession get() {
        return INSTANCE;
    }

    public Optional<ProjectInfo> current() {
        return Optional.ofNullable(current);
    }

    public void open(ProjectInfo project) {
        current = project;
        listeners.forEach(l -> l.accept(current()));
    }

    public void close() {
        current = null;
        listeners.forEach(l -> l.accept(Optional.empty()));
    }

    public void addListener(Consumer<Optional<ProjectInfo>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Optional<ProjectInfo>> listener) {
        listeners.remove(listener);
    }
}
