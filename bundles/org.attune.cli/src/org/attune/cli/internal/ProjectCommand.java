package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.attune.cli.Cli;
import org.attune.cli.CliFailure;
import org.attune.cli.Output;
import org.attune.core.project.ProjectException;
import org.attune.core.project.ProjectFolders;
import org.attune.core.project.ProjectInfo;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code project create|info}: make a project folder, or describe one. */
@Command(name = "project", description = "Create or describe a project.",
        subcommands = {ProjectCommand.Create.class, ProjectCommand.Info.class})
public class ProjectCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: create or info");
    }

    @Command(name = "create", description = "Create a new, empty project in a new or empty folder.")
    static class Create implements Callable<Integer> {
        @Parameters(paramLabel = "<dir>", description = "The project folder (created if missing; must be empty).")
        Path folder;

        @Option(names = "--name", paramLabel = "NAME", description = "The project's name (default: the folder's name).")
        String name;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            Path dir = folder.toAbsolutePath().normalize();
            String projectName = name != null ? name : dir.getFileName().toString();
            try {
                ProjectInfo info = ProjectFolders.create(dir, projectName);
                output.print(info, "Created project \"" + info.name() + "\" in " + info.folder());
                return Cli.OK;
            } catch (ProjectException e) {
                throw new CliFailure(e.getMessage(), e);
            }
        }
    }

    @Command(name = "info", description = "Describe a project: name, creation time, schema version.")
    static class Info implements Callable<Integer> {
        @Parameters(paramLabel = "<dir>", description = "The project folder.")
        Path folder;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            try {
                ProjectInfo info = ProjectFolders.read(folder);
                output.print(info, String.join(System.lineSeparator(),
                        "Project:        " + info.name(),
                        "Folder:         " + info.folder(),
                        "Created:        " + info.created(),
                        "Schema version: " + info.schemaVersion()));
                return Cli.OK;
            } catch (ProjectException e) {
                throw new CliFailure(e.getMessage(), e);
            }
        }
    }
}
