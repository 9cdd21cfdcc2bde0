package org.attune.store.pg.tests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.attune.testsupport.PgCluster;

/** Plain JDBC connections as a project member's login (no Attune in between), as any SQL client would connect. */
final class Logins {
    private Logins() {
    }

    static Connection connect(PgCluster cluster, String database, String user, String password) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        return new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:" + cluster.port() + "/" + database, credentials);
    }

    /** The one number {@code sql} gives when {@code user} asks it; 0 for no row (an update that changed none). */
    static long count(PgCluster cluster, String database, String user, String password, String sql) throws SQLException {
        try (Connection c = connect(cluster, database, user, password); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
