package org.attune.store.pg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Each action's key (table {@code action_key}), written in the action's own transaction (with its last statement,
 * {@code TeamProject#finish}): when the connection drops
 * during the commit itself, the client cannot tell from the error whether the server committed; on a new connection
 * the key says it, so that the action is reported done exactly when it was done.
 */
final class ActionKeys {
    private ActionKeys() {
    }

    /** Whether the project's tables have the keys (a project laid out before them has not; its actions go without). */
    static boolean present(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select to_regclass('action_key') is not null")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    static boolean committed(Connection db, UUID key) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("select 1 from action_key where key = ?")) {
            q.setObject(1, key);
            try (ResultSet r = q.executeQuery()) {
                return r.next();
            }
        }
    }
}
