package org.attune.bench.faults;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.attune.cli.Cli;
import org.attune.cli.Output;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code faults inspect PROJECT}: open a (possibly damaged) project, read all of it, say what was found. */
@Command(name = "inspect", description = "Open a project, read every text, coding and memo, search it, check its backups.")
public class InspectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<project>")
    Path project;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        Inspection found = Inspector.inspect(project.toAbsolutePath());
        output.print(found, found.opened()
                ? String.format("opened: %d sources, %d codes, %d codings, %d memos; digest %s; search \"%s\": %s; %d backups",
                        found.sources(), found.codes(), found.codings(), found.memos(), found.digest(), Inspector.WORD,
                        found.searchProblem() == null ? found.searchHits() + " hits" : found.searchProblem(), found.backups().size())
                : "not opened: " + (found.message() != null ? found.message() : "unexplained " + found.unexplained()));
        return found.opened() ? Cli.OK : Cli.FAILED;
    }
}
