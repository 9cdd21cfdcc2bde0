package org.attune.cli.internal;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code export <what> ...}: its subcommands (codebook, project, ...) are contributed through the extension point
 * with {@code parent="export"}, so other bundles can add their own.
 */
@Command(name = "export", description = "Export the codebook, the whole project or a matrix (see the subcommands).")
public class ExportCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
