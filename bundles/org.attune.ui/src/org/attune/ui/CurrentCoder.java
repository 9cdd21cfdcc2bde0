package org.attune.ui;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.PlatformUI;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.attune.model.User;
import org.attune.store.ProjectStore;
import org.attune.ui.preferences.CodingPreferences;

/**
 * The coder new codings are attributed to: the name in Preferences (Attune > Coder name), else the open project's
 * current user, else the operating-system user. Edit > Switch Coder... changes it; the status line shows it. A change
 * is sent through the event broker as {@link #TOPIC} (and {@link ShownCodings#TOPIC}).
 */
public final class CurrentCoder {
    /** The coder may have changed; data: the coder's name now. */
    public static final String TOPIC = "org/attune/ui/codings/coder";

    private CurrentCoder() {
    }

    /** The name codings made now carry. */
    public static String name() {
        String preferred = CodingPreferences.coder();
        if (preferred != null) {
            return preferred;
        }
        User user = PlatformUI.getWorkbench().getService(IProjectSession.class).current().map(ProjectStore::currentUser).orElse(null);
        return user != null && user.getName() != null ? user.getName() : System.getProperty("user.name", "researcher");
    }

    /** Makes {@code name} the coder: stored in the preference and, when a project is open, its current user. */
    public static void switchTo(String name) {
        String coder = Objects.requireNonNull(name).strip();
        CodingPreferences.setCoder(coder);
        PlatformUI.getWorkbench().getService(IProjectSession.class).current().filter(s -> !s.isReadOnly()).ifPresent(s -> s.setCurrentUser(name()));
        changed();
    }

    /** Tells the workbench (the status line, {@link #TOPIC}) that the coder may have changed. */
    public static void changed() {
        PlatformUI.getWorkbench().getService(IEventBroker.class).send(TOPIC, name());
        ShownCodings.changed(); // "Mine" and the blind rule's viewer are someone else now
    }

    /** The coders of the open project's codings and its users, sorted; the current coder included. */
    public static List<String> known() {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        PlatformUI.getWorkbench().getService(IProjectSession.class).current().ifPresent(store -> store.project().getUsers().stream().map(User::getName)
                .filter(Objects::nonNull).forEach(names::add));
        names.add(name());
        return List.copyOf(names);
    }
}
