package org.attune.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.attune.cli.Cli;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox application behind {@code attune cli}: runs one command line and exits with its code. */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        String[] line = args == null ? new String[0] : args;
        return Cli.run(Cli.commands(line), line, out, err);
    }

    @Override
    public void stop() {
        // A command runs to its end; there is nothing to interrupt.
    }
}
