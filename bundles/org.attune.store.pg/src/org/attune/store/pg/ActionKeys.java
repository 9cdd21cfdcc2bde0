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

    /**
     * Whether the action of {@code key} was committed. The server may still be ending its transaction (the connection
     * dropped during the commit): inserting the same key waits for that transaction, as its own insertion of the key is
     * locked until it ends, and then finds the key there if it committed (looking for the key at once could miss a
     * commit still under way, and report done work as not done). Waits at most {@code seconds}; the insertion is
     * rolled back.
     */
    static boolean committed(Connection db, UUID key, int seconds) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("set local lock_timeout = '" + seconds + "s'");
        }
        try (PreparedStatement q = db.prepareStatement("insert into action_key(key) values (?) on conflict (key) do nothing")) {
            q.setObject(1, key);
            return q.executeUpdate() == 0;
        } finally {
            db.rollback();
        }
    }
}
