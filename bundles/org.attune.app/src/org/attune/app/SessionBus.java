package org.attune.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * SWT's GTK port asks the desktop's session manager, over the D-Bus session bus, to be told of a log-out. Where there
 * is no session bus (Xvfb, a remote shell, a container) it cannot, and prints two lines ("SWT SessionManagerDBus:
 * Failed to connect to org.gnome.SessionManager ...") to the console at every start. There is then no session
 * manager to hear from, so the connection is switched off before the display is made (SWT's own system property);
 * on a desktop with a session bus it stays, and a log-out closes the workbench as a person would.
 */
final class SessionBus {
    static final String DISABLE = "org.eclipse.swt.internal.SessionManagerDBus.disable";

    private SessionBus() {
    }

    /** Whether a session bus can be found as GLib looks for one: its address in the environment, or the user's bus socket. */
    static boolean reachable(Map<String, String> env) {
        String address = env.get("DBUS_SESSION_BUS_ADDRESS");
        if (address != null && !address.isBlank()) {
            return true;
        }
        String runtime = env.get("XDG_RUNTIME_DIR");
        return runtime != null && !runtime.isBlank() && Files.exists(Path.of(runtime, "bus"));
    }

    /** Before the display is made: no session-manager connection (and no console lines about it) without a bus. */
    static void quietWithoutOne() {
        if (!reachable(System.getenv())) {
            System.setProperty(DISABLE, "true");
        }
    }
}
