package org.attune.store.pg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A team project's layout brought up to date: {@link #upgrade} adds, in one transaction, whatever a project laid out by
 * an earlier Attune lacks ({@link PgSchema#complete}), run by the owner of its tables (the lead who published it);
 * opening a project that lacks parts is refused with what it lacks and who should upgrade it, since a member working on
 * it would go without a rule or lose files (a rating sheet shown before its time, an imported recording left in the
 * working copy).
 */
public final class TeamLayout {
    /** What an upgrade did: the layout before and after it, and the parts it added (none: the project was up to date). */
    public record Upgraded(String server, String name, int from, int to, List<String> added) {
        /** Whether the upgrade changed anything (an up-to-date project is left as it was). */
        public boolean changed() {
            return from != to || !added.isEmpty();
        }
    }

    /** A part of the layout that came after its first version, by what it is for, and how to tell that it is there. */
    private record Part(String name, String present) {
    }

    private static final List<Part> LATER_PARTS = List.of(
            new Part("the raters' blind rule (functions attune_rater_sheets, attune_hidden for rating sheets)",
                    "select to_regprocedure('attune_rater_sheets(bigint)') is not null and exists (select 1 from pg_proc "
                            + "where proname = 'attune_hidden' and pronamespace = current_schema()::regnamespace and prosrc like '%RatingSheet%')"),
            new Part("the files of sources (tables media_file, media_chunk)",
                    "select to_regclass('media_file') is not null and to_regclass('media_chunk') is not null"),
            new Part("the action keys (table action_key)", "select to_regclass('action_key') is not null"),
            new Part("the count of hidden codings for text edits (function attune_positioned)",
                    "select to_regprocedure('attune_positioned(bigint)') is not null"),
            new Part("the row rules (row-level security of entity, value, long_value, link)",
                    "select count(*) = 16 from pg_policies where schemaname = current_schema() "
                            + "and tablename in ('entity', 'value', 'long_value', 'link') and policyname in ('shown', 'changed', 'deleted', 'added')"));

    private TeamLayout() {
    }

    /** The parts of the current layout that the project's tables lack (empty: complete), by what they are for. */
    static List<String> missing(Connection db) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (Statement s = db.createStatement()) {
            for (Part part : LATER_PARTS) {
                try (ResultSet r = s.executeQuery(part.present())) {
                    if (!r.next() || !r.getBoolean(1)) {
                        missing.add(part.name());
                    }
                }
            }
        }
        return missing;
    }

    /**
     * Refuses to open a project of an earlier layout that lacks parts, in one line: what it lacks, and that the owner of
     * its tables should run {@code attune cli project upgrade}. A layout-1 project that has them all opens.
     */
    static void refuseIfIncomplete(Connection db, String url, int version) throws SQLException, TeamProjectException {
        if (version >= PgSchema.VERSION) {
            return;
        }
        List<String> missing = missing(db);
        if (missing.isEmpty()) {
            return;
        }
        String shown = PgConnections.withoutPassword(url);
        boolean owns = ownsTables(db);
        String upgrade = "attune cli project upgrade '" + (owns ? shown
                : PgConnections.PREFIX + "//" + PgConnections.server(url) + "?user=" + owner(db)) + "'";
        throw new OlderLayoutException(shown + ": the team project was laid out by an earlier Attune and lacks " + String.join("; ", missing)
                + (owns ? "; upgrade it (this login owns its tables): " : "; its lead, the owner of its tables, should upgrade it: ") + upgrade,
                owns, missing);
    }

    /**
     * Brings the team project at {@code url} up to date in one transaction (it is upgraded whole or not at all); a
     * project up to date is left as it is. Only the owner of the project's tables may: the others' rights do not reach
     * its layout.
     */
    public static Upgraded upgrade(String url) throws TeamProjectException {
        String shown = PgConnections.withoutPassword(url);
        try (Connection db = PgConnections.open(url)) {
            try {
                if (!PgSchema.exists(db)) {
                    throw new TeamProjectException(shown + ": the database holds no Attune project");
                }
                if (!ownsTables(db)) {
                    throw new TeamProjectException(shown + ": only the owner of the project's tables (" + owner(db)
                            + ") can upgrade it; this login is " + login(db));
                }
                try (Statement s = db.createStatement()) {
                    s.execute("lock table attune_meta in exclusive mode"); // two upgrades at once: the second finds it done
                }
                int from = PgSchema.version(db);
                if (from > PgSchema.VERSION) {
                    throw new TeamProjectException(shown + ": the project was laid out by a newer Attune (layout " + from
                            + "; this Attune knows layouts up to " + PgSchema.VERSION + ")");
                }
                List<String> missing = missing(db);
                if (from < PgSchema.VERSION || !missing.isEmpty()) {
                    PgSchema.complete(db);
                    List<String> still = missing(db);
                    if (!still.isEmpty()) {
                        throw new SQLException("still lacks " + String.join("; ", still));
                    }
                }
                String name = name(db);
                db.commit();
                return new Upgraded(PgConnections.server(url), name, from, PgSchema.VERSION, List.copyOf(missing));
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw new TeamProjectException(shown + ": cannot upgrade the team project (" + PgConnections.firstLine(e)
                        + "); nothing was changed", e);
            } catch (TeamProjectException e) {
                db.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new TeamProjectException(shown + ": " + PgConnections.firstLine(e), e);
        }
    }

    /** Whether this login owns the project's tables (or is a member of the role that does, a superuser included). */
    private static boolean ownsTables(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select pg_has_role(session_user, relowner, 'MEMBER') from pg_class where oid = 'attune_meta'::regclass")) {
            return r.next() && r.getBoolean(1);
        }
    }

    private static String owner(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select pg_get_userbyid(relowner) from pg_class where oid = 'attune_meta'::regclass")) {
            return r.next() ? r.getString(1) : "?";
        }
    }

    private static String login(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select session_user")) {
            r.next();
            return r.getString(1);
        }
    }

    private static String name(Connection db) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("select value from attune_meta where key = 'name'"); ResultSet r = q.executeQuery()) {
            return r.next() ? r.getString(1) : "";
        }
    }
}
