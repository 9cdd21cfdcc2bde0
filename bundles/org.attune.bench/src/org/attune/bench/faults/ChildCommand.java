package org.attune.bench.faults;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.attune.cli.Cli;
import org.attune.cli.CliFailure;
import org.attune.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code faults child PROJECT ...}: the process the campaign kills; acts on the project until it is killed. */
@Command(name = "child", hidden = true, description = "Act on a project, journalling each action, until killed.")
public class ChildCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<project>")
    Path project;

    @Option(names = "--work", required = true, description = "Folder for generated inputs and exports.")
    Path work;

    @Option(names = "--journal", required = true)
    Path journal;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--prefix", defaultValue = "r0", description = "Starts every action id (the round).")
    String prefix;

    @Option(names = "--limit", defaultValue = "1000000", description = "Actions before stopping by itself.")
    int limit;

    @Option(names = "--keep-open", description = "Never close and reopen the project (no backup actions).")
    boolean keepOpen;

    @Override
    public Integer call() throws Exception {
        // a campaign that is itself stopped must not leave its child acting on the project for ever
        ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(Cli.FAILED)));
        try {
            new Actor(project.toAbsolutePath(), work.toAbsolutePath(), new Journal(journal), seed, prefix, !keepOpen).run(limit);
        } catch (StoreException e) {
            throw new CliFailure(e.getMessage(), e);
        }
        return Cli.OK;
    }
}
