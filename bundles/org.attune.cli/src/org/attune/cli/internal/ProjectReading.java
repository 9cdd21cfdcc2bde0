package org.attune.cli.internal;

import java.nio.file.Path;

import org.attune.cli.ProjectAccess;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The options and the opening of a command that reads a project: its passphrase options ({@link ProjectAccess})
 * and {@link OpenProject#read}, which reports a wrong choice as a usage error of the command it serves.
 */
public class ProjectReading {
    @Mixin
    ProjectAccess access;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Runs {@code work} on the project opened for reading; returns its exit code. */
    int read(Path project, OpenProject.Reading work) {
        return OpenProject.read(project, access, spec, work);
    }

    /** Tells the user of something the command met and put right, as opening the project does. */
    void warn(String message) {
        access.warn(message);
    }
}
