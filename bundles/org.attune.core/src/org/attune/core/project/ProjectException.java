package org.attune.core.project;

import java.nio.file.Path;

/** A project cannot be created or opened; the message names the folder and the reason for a user to read. */
public class ProjectException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path folder;

    public ProjectException(Path folder, String reason) {
        this(folder, reason, null);
    }

    public ProjectException(Path folder, String reason, Throwable cause) {
        super(folder + ": " + reason, cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
