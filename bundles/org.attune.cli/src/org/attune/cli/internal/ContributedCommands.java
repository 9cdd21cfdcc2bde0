package org.attune.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

/** Top-level commands contributed through the {@code org.attune.cli.commands} extension point. */
public final class ContributedCommands {
    public static final String EXTENSION_POINT = "org.attune.cli.commands";

    private ContributedCommands() {
    }

    /**
     * The top-level commands; a command contributed with {@code parent="export"} becomes a subcommand of the
     * top-level command named export (so other bundles can add e.g. {@code export matrix}).
     */
    public static List<Object> load() {
        List<Object> commands = new ArrayList<>();
        java.util.Map<String, List<Object>> children = new java.util.LinkedHashMap<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            Object command;
            try {
                command = element.createExecutableExtension("class");
            } catch (CoreException e) {
                throw new IllegalStateException("Command " + element.getAttribute("class") + " of "
                        + element.getContributor().getName() + " cannot be created", e);
            }
            String parent = element.getAttribute("parent");
            if (parent == null || parent.isBlank()) {
                commands.add(command);
            } else {
                children.computeIfAbsent(parent.strip(), k -> new ArrayList<>()).add(command);
            }
        }
        for (int i = 0; i < commands.size(); i++) {
            picocli.CommandLine line = new picocli.CommandLine(commands.get(i));
            List<Object> subs = children.remove(line.getCommandName());
            if (subs != null) {
                subs.forEach(line::addSubcommand);
                commands.set(i, line);
            }
        }
        if (!children.isEmpty()) {
            throw new IllegalStateException("Subcommands of unknown commands: " + children.keySet());
        }
        return commands;
    }
}
