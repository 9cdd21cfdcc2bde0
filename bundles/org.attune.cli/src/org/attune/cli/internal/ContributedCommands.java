package org.attune.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

import picocli.CommandLine.Command;

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
        return load(null);
    }

    /**
     * The commands a command line needs: only the top-level command its first argument names (with its subcommands)
     * when one is so named, else all of them (for the help, and for picocli to name an unknown command). Building the
     * model of every command costs a noticeable part of a short command's start-up.
     */
    public static List<Object> forCommandLine(String[] args) {
        return load(args.length == 0 ? null : args[0]);
    }

    private static List<Object> load(String first) {
        IConfigurationElement[] elements = Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT);
        List<IConfigurationElement> named = first == null ? List.of() : Arrays.stream(elements)
                .filter(e -> isBlank(e.getAttribute("parent")) ? first.equals(nameOf(e)) : first.equals(e.getAttribute("parent").strip()))
                .toList();
        return create(named.stream().anyMatch(e -> isBlank(e.getAttribute("parent"))) ? named : List.of(elements));
    }

    private static List<Object> create(List<IConfigurationElement> elements) {
        List<Object> commands = new ArrayList<>();
        java.util.Map<String, List<Object>> children = new java.util.LinkedHashMap<>();
        for (IConfigurationElement element : elements) {
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

    /** The name in the command class's {@code @Command}, read without creating the command; null if it cannot be read. */
    private static String nameOf(IConfigurationElement element) {
        try {
            Class<?> type = Platform.getBundle(element.getContributor().getName()).loadClass(element.getAttribute("class"));
            Command command = type.getAnnotation(Command.class);
            return command == null ? null : command.name();
        } catch (ClassNotFoundException | RuntimeException e) {
            return null; // created with the others, where a broken contribution is reported
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
