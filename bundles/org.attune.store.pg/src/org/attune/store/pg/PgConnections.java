package org.attune.store.pg;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

import org.postgresql.Driver;

/**
 * Connections to a team project's database from a {@code jdbc:postgresql://host:port/database?user=...} URL. The
 * password is found as psql finds it: in the URL, else {@code $PGPASSWORD}, else {@code ~/.pgpass} (the driver
 * reads that file itself, but not {@code $PGPASSWORD}).
 */
public final class PgConnections {
    public static final String PREFIX = "jdbc:postgresql:";

    private PgConnections() {
    }

    /** Whether {@code location} (as given on a command line) names a team project rather than a folder. */
    public static boolean isTeamUrl(String location) {
        return location != null && location.startsWith(PREFIX);
    }

    public static Connection open(String url) throws TeamProjectException {
        return open(url, System.getenv());
    }

    /** As {@link #open(String)}, with {@code PGPASSWORD} and {@code PGUSER} taken from {@code environment}. */
    public static Connection open(String url, Map<String, String> environment) throws TeamProjectException {
        if (!isTeamUrl(url)) {
            throw new TeamProjectException(url + ": not a team project's address (jdbc:postgresql://host:port/database)");
        }
        Properties properties = Driver.parseURL(url, new Properties());
        if (properties == null) {
            throw new TeamProjectException(url + ": not a valid PostgreSQL address (jdbc:postgresql://host:port/database)");
        }
        Properties given = new Properties();
        String password = environment.get("PGPASSWORD");
        if (properties.getProperty("password") == null && password != null) {
            given.setProperty("password", password);
        }
        if (properties.getProperty("user") == null && environment.get("PGUSER") != null) {
            given.setProperty("user", environment.get("PGUSER"));
        }
        given.setProperty("ApplicationName", "Attune");
        try {
            Connection connection = new Driver().connect(url, given);
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw new TeamProjectException(withoutPassword(url) + ": cannot connect (" + firstLine(e) + ")", e);
        }
    }

    /** {@code url} with {@code password} in it (as a workbench that keeps passwords in secure storage opens it). */
    public static String withPassword(String url, char[] password) {
        String clean = url.replaceAll("(?i)([?&])password=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return clean + (clean.contains("?") ? "&" : "?") + "password="
                + java.net.URLEncoder.encode(new String(password), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The URL as it may be shown: a password in it replaced by stars. */
    public static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /** The server and database of a team project's URL ({@code host:port/database}), without user or password. */
    public static String server(String url) {
        String rest = url.startsWith(PREFIX + "//") ? url.substring(PREFIX.length() + 2) : url;
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
