package org.attune.bench.faults;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code faults ...}: the fault-injection campaign and the processes it starts. */
@Command(name = "faults", description = "Inject faults (kills, damaged files, a second writer, a full disk) and check what survives.",
        subcommands = {CampaignCommand.class, InspectCommand.class, ChildCommand.class, TeamCrashCommand.class,
                TeamChildCommand.class})
public class FaultsCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: run, inspect or team");
    }
}
