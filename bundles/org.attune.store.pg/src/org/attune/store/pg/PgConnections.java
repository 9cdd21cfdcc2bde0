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

    /**
     * The server and database of a team project's URL ({@code host:port/database}, the database's name as the server
     * knows it, decoded: {@code amp&db}, not {@code amp%26db}), without user or password.
     */
    public static String server(String url) {
        Address address = address(url);
        if (address != null) {
            return address.host() + ":" + address.port() + "/" + address.database();
        }
        String rest = url.startsWith(PREFIX + "//") ? url.substring(PREFIX.length() + 2) : url;
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    /**
     * A team project's URL in parts, as a dialog takes them: host, port, database and user as the driver reads them
     * (decoded), and the URL's other parameters as given ({@code ssl=true&sslmode=require}), the password left out.
     */
    public record Address(String host, int port, String database, String user, String options) {
    }

    /** {@code url} in parts; null when it is not a PostgreSQL URL of one host the driver reads. */
    public static Address address(String url) {
        String given = url == null ? "" : url.strip();
        Properties parsed = isTeamUrl(given) ? Driver.parseURL(given, new Properties()) : null;
        if (parsed == null || parsed.getProperty("PGHOST", "").contains(",")) {
            return null;
        }
        String query = given.contains("?") ? given.substring(given.indexOf('?') + 1) : "";
        String options = java.util.Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.toLowerCase(java.util.Locale.ROOT).matches("(user|password)(=.*)?"))
                .collect(java.util.stream.Collectors.joining("&"));
        return new Address(parsed.getProperty("PGHOST", "localhost"), Integer.parseInt(parsed.getProperty("PGPORT", "5432")),
                parsed.getProperty("PGDBNAME", ""), parsed.getProperty("user", ""), options);
    }

    /**
     * Whether {@code e} (or what caused it, or a batch's next exception) is the server ending a transaction to resolve a
     * deadlock or a serialization conflict with another: nothing of it was written, and doing it again may succeed.
     */
    static boolean isTransientConflict(Throwable e) {
        return hasSqlState(e, state -> state.equals("40P01") || state.equals("40001"));
    }

    /**
     * Whether {@code e} (or what caused it) is the server going away or not being back yet: a connection refused or
     * dropped, the server shutting down or starting up (SQLSTATE class 08, 57P01 to 57P03).
     */
    static boolean isServerAway(Throwable e) {
        return hasSqlState(e, state -> state.startsWith("08") || state.matches("57P0[123]"));
    }

    /** Whether an SQL exception in {@code e}'s chain of causes (or a batch's next exceptions) has a state {@code wanted}. */
    private static boolean hasSqlState(Throwable e, java.util.function.Predicate<String> wanted) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (java.sql.SQLException s = t instanceof java.sql.SQLException q ? q : null; s != null; s = s.getNextException()) {
                if (s.getSQLState() != null && wanted.test(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
