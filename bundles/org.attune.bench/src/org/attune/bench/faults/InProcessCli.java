package org.attune.bench.faults;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.attune.cli.Cli;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

/** Runs an {@code attune cli} command in this process, as a user would type it, capturing what it prints. */
final class InProcessCli {
    private InProcessCli() {
    }

    static Launcher.Run run(String... args) {
        List<Object> commands = new ArrayList<>();
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor("org.attune.cli.commands")) {
            String parent = e.getAttribute("parent");
            if (parent == null || parent.isBlank()) {
                try {
                    commands.add(e.createExecutableExtension("class"));
                } catch (CoreException ex) {
                    throw new IllegalStateException("command " + e.getAttribute("class") + " cannot be created", ex);
                }
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(commands, args, new PrintWriter(out), new PrintWriter(err));
        return new Launcher.Run(code, out.toString(), err.toString(), false);
    }
}
