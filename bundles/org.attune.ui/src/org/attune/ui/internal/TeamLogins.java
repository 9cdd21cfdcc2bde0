package org.attune.ui.internal;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Where the workbench keeps what File &gt; Open Team Project... was given: the server, port, database and user of
 * the last team project in the workbench's preferences, each password in Eclipse secure storage (encrypted), under the
 * user, server and database it opens.
 */
public final class TeamLogins {
    /**
     * A team project's address and login, as the dialog takes them; {@code options} are further parameters of the
     * connection as a URL gives them ({@code ssl=true&sslmode=require}), empty for none.
     */
    public record Login(String server, int port, String database, String user, String options) {
        /**
         * The JDBC URL, the database and user encoded as the driver decodes them (a name may hold '&amp;', '?' or a
         * space); TLS where the server offers it (sslmode=prefer, as psql does) unless the options say otherwise.
         */
        public String url() {
            boolean sslChosen = java.util.Arrays.stream(options.split("&")).anyMatch(o -> o.toLowerCase(java.util.Locale.ROOT).startsWith("sslmode="));
            return "jdbc:postgresql://" + server + ":" + port + "/" + encode(database) + "?user=" + encode(user)
                    + (sslChosen ? "" : "&sslmode=prefer") + (options.isEmpty() ? "" : "&" + options);
        }

        /** The login of a pasted URL ({@code jdbc:postgresql://host:port/database?user=NAME&...}); null for anything else. */
        public static Login of(String url) {
            org.attune.store.pg.PgConnections.Address a = org.attune.store.pg.PgConnections.address(url);
            return a == null ? null : new Login(a.host(), a.port(), a.database(), a.user(), a.options());
        }

        String key() {
            return user + "@" + server + ":" + port + "/" + database;
        }
    }

    private static final String NODE = "org.attune.ui/teamProjects";
    private static final String PASSWORD = "password";

    private TeamLogins() {
    }

    /** The last login given, or one for a local server. */
    public static Login last() {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
        return new Login(prefs.get("server", "localhost"), prefs.getInt("port", 5432), prefs.get("database", ""),
                prefs.get("user", System.getProperty("user.name", "")), prefs.get("options", ""));
    }

    public static void remember(Login login) {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
        prefs.put("server", login.server());
        prefs.putInt("port", login.port());
        prefs.put("database", login.database());
        prefs.put("user", login.user());
        prefs.put("options", login.options());
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // the fields are filled in by hand next time
        }
    }

    /** The password kept for {@code login}, or null. */
    public static char[] password(Login login) {
        try {
            String kept = node(login).get(PASSWORD, null);
            return kept == null ? null : kept.toCharArray();
        } catch (StorageException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Keeps {@code password} for {@code login} in secure storage (encrypted); null forgets it. Returns whether it is kept. */
    public static boolean keep(Login login, char[] password) {
        try {
            ISecurePreferences node = node(login);
            if (password == null) {
                node.remove(PASSWORD);
            } else {
                node.put(PASSWORD, new String(password), true);
            }
            node.flush();
            return password != null;
        } catch (StorageException | java.io.IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static ISecurePreferences node(Login login) {
        return SecurePreferencesFactory.getDefault().node(NODE).node(encode(login.key()));
    }

    /** {@code key} URL-encoded: a part of the URL, or a node name of secure storage (which may not hold '/'). */
    private static String encode(String key) {
        return java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8);
    }
}
