package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.attune.cli.Output;
import org.attune.cli.ProjectAccess;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What every command that works on one project takes (picocli reads the annotated fields of superclasses): the
 * project folder as its first parameter, the passphrase options ({@link ProjectAccess}) and {@code --json}
 * ({@link Output}).
 */
abstract class OnProject implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<project>", description = "The project folder.")
    Path project;

    @Mixin
    ProjectAccess access;

    @Mixin
    Output output;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs {@code work} on the project opened for reading ({@link OpenProject#read}: a wrong query or analysis choice
     * is a usage error of this command); returns its exit code.
     */
    int read(OpenProject.Reading work) {
        return OpenProject.read(project, access, spec, work);
    }

    /** Runs {@code work} on the project opened to change it, with the rolling backup ({@link OpenProject#run}). */
    int change(OpenProject.Work work) {
        return OpenProject.run(project, access, true, work);
    }

    /** Runs {@code work} on the project opened as every reader opens it ({@link OpenProject#run}, no backup). */
    int look(OpenProject.Work work) {
        return OpenProject.run(project, access, false, work);
    }

    /** As {@link #change(OpenProject.Work)}; with --pseudonymise, on a pseudonymised copy ({@link OpenProject#run}). */
    int change(ExportPseudonyms pseudonyms, OpenProject.Work work) {
        return OpenProject.run(project, access, true, pseudonyms, work);
    }

    /** As {@link #look(OpenProject.Work)}; with --pseudonymise, on a pseudonymised copy ({@link OpenProject#run}). */
    int look(ExportPseudonyms pseudonyms, OpenProject.Work work) {
        return OpenProject.run(project, access, false, pseudonyms, work);
    }
}
