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

    public static List<Object> load() {
        List<Object> commands = new ArrayList<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                commands.add(element.createExecutableExtension("class"));
            } catch (CoreException e) {
                throw new IllegalStateException("Command " + element.getAttribute("class") + " of "
                        + element.getContributor().getName() + " cannot be created", e);
            }
        }
        return commands;
    }
}
