package org.attune.store.pg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.attune.model.AttuneFactory;
import org.attune.model.User;
import org.postgresql.PGConnection;

/**
 * The members of a team project: the logins in its group roles ({@code attune_lead}, {@code attune_coder},
 * {@code attune_rater}, {@code attune_viewer}, made by {@link PgSchema}), listed, added, moved to another role and
 * removed as the login of {@code url}. Changing members needs the server's right to create roles and grant those
 * groups (the lead: a login with {@code CREATEROLE} that made the groups, or a superuser); the server refuses anyone
 * else and that refusal is told in one line. Logins are quoted by the driver ({@code o'brien} and {@code Anna Smith}
 * are logins like any other); a password is sent as the SCRAM hash the driver computes, never as text a server log
 * could show. Removing a member only revokes the membership: the login stays (it may log in elsewhere on the server)
 * and what they made stays in the project, attributed to them.
 */
public final class TeamMembers {
    /** What a member may do, as {@code docs/team.md} says; each role is one group role on the server. */
    public enum Role {
        LEAD, CODER, RATER, VIEWER;

        /** The group role on the server. */
        String group() {
            return "attune_" + label();
        }

        /** The role as users name it ({@code coder}). */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The role named {@code label} (any case), or null. */
        public static Role of(String label) {
            return Arrays.stream(values()).filter(r -> r.label().equalsIgnoreCase(label == null ? "" : label.strip()))
                    .findFirst().orElse(null);
        }

        static Role ofGroup(String group) {
            return of(group.substring("attune_".length()));
        }
    }

    /** A member: their login, role, and whether the login may log in (a role without LOGIN cannot connect). */
    public record Member(String login, Role role, boolean canLogIn) {
    }

    /** PostgreSQL's longest name (NAMEDATALEN - 1 bytes); a longer one would be cut short without a word. */
    private static final int LONGEST_LOGIN = 63;
    private static final String MEMBERSHIPS = """
            select m.rolname, g.rolname, m.rolcanlogin from pg_auth_members a
              join pg_roles g on g.oid = a.roleid join pg_roles m on m.oid = a.member
            where g.rolname in ('attune_lead', 'attune_coder', 'attune_rater', 'attune_viewer')
            order by m.rolname, g.rolname""";
    private static final String NOT_ALLOWED = "42501";
    private static final String DUPLICATE = "42710";

    private final String url;

    /** The members of the team project at {@code url} (password as {@link PgConnections} finds it). */
    public TeamMembers(String url) {
        this.url = url;
    }

    /** The server and database, as messages name them. */
    public String server() {
        return PgConnections.server(url);
    }

    /** Every membership in the project's roles, by login (a login in two roles is listed twice). */
    public List<Member> list() throws TeamProjectException {
        try (Connection db = PgConnections.open(url)) {
            return list(db);
        } catch (SQLException e) {
            throw failed("cannot list the members", e);
        }
    }

    /** The login that owns the project's tables (who published or created it): it administers and is no member. */
    public String owner() throws TeamProjectException {
        try (Connection db = PgConnections.open(url); Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select tableowner from pg_tables where schemaname = 'public' and tablename = 'attune_meta'")) {
            if (!r.next()) {
                throw new TeamProjectException(server() + ": holds no team project");
            }
            return r.getString(1);
        } catch (SQLException e) {
            throw failed("cannot read the project's owner", e);
        }
    }

    /** Whether the server has a role named {@code login} already (a new member's login needs a password, such a one not). */
    public boolean isLogin(String login) throws TeamProjectException {
        String name = checked(login);
        try (Connection db = PgConnections.open(url)) {
            return exists(db, name);
        } catch (SQLException e) {
            throw failed("cannot look up " + quoted(name), e);
        }
    }

    /**
     * Makes {@code login} a member in {@code role}: a new login with {@code password}, or a login the server has already
     * (a member of another project on it; then give no password: theirs stays).
     */
    public Member add(String login, Role role, char[] password) throws TeamProjectException {
        String name = checked(login);
        Member added = change(name, db -> {
            if (!memberships(db, name).isEmpty()) {
                throw new TeamProjectException(quoted(name) + " is a member already (" + memberships(db, name).get(0).role().label()
                        + "): change the role instead");
            }
            boolean exists = exists(db, name);
            if (exists && password != null) {
                throw new TeamProjectException(quoted(name) + " is a login on " + server() + " already: add it without a password (its own stays)");
            }
            if (!exists && (password == null || password.length == 0)) {
                throw new TeamProjectException(quoted(name) + " is a new login: give it a password");
            }
            String ident = db.unwrap(PGConnection.class).escapeIdentifier(name);
            try (Statement s = db.createStatement()) {
                if (!exists) {
                    s.execute("create role " + ident + " login");
                    db.unwrap(PGConnection.class).alterUserPassword(name, password, null);
                }
                s.execute("grant " + role.group() + " to " + ident);
            }
        });
        addUser(name);
        return added;
    }

    /**
     * Gives the project a user of the new member's login, as the lead: a member's client attributes what they make to
     * the user of their login and adds it on opening when missing, which a viewer may not (the server refuses a
     * viewer's every write), so without it a viewer could not open the project.
     */
    private void addUser(String name) throws TeamProjectException {
        try (TeamProject team = TeamProject.open(url, Runnable::run)) {
            if (team.read(() -> team.project().getUsers().stream().noneMatch(u -> name.equals(u.getName())))) {
                User user = AttuneFactory.eINSTANCE.createUser();
                user.setName(name);
                team.apply("add member " + name, () -> team.project().getUsers().add(user));
            }
        } catch (StaleDataException e) {
            throw new TeamProjectException(server() + ": " + quoted(name) + " is a member, but their user could not be added to the project ("
                    + e.getMessage() + "): change their role to the same again to try once more", e);
        }
    }

    /**
     * Moves the member {@code login} to {@code role} (out of every other role of the project), and gives the project
     * their user if it has none (a member added with {@code psql}, or one whose user could not be added with them).
     */
    public Member changeRole(String login, Role role) throws TeamProjectException {
        String name = checked(login);
        Member changed = change(name, db -> {
            List<Member> was = memberships(db, name);
            if (was.isEmpty()) {
                throw new TeamProjectException(quoted(name) + " is not a member of " + server() + ": add it first");
            }
            String ident = db.unwrap(PGConnection.class).escapeIdentifier(name);
            try (Statement s = db.createStatement()) {
                for (Member m : was) {
                    if (m.role() != role) {
                        s.execute("revoke " + m.role().group() + " from " + ident);
                    }
                }
                if (was.stream().noneMatch(m -> m.role() == role)) {
                    s.execute("grant " + role.group() + " to " + ident);
                }
            }
        });
        addUser(name);
        return changed;
    }

    /** Takes {@code login} out of the project's roles; the login and what they made in the project stay. */
    public void remove(String login) throws TeamProjectException {
        String name = checked(login);
        change(name, db -> {
            List<Member> was = memberships(db, name);
            if (was.isEmpty()) {
                throw new TeamProjectException(quoted(name) + " is not a member of " + server());
            }
            String ident = db.unwrap(PGConnection.class).escapeIdentifier(name);
            try (Statement s = db.createStatement()) {
                for (Member m : was) {
                    s.execute("revoke " + m.role().group() + " from " + ident);
                }
            }
        });
    }

    /** One change of members in one transaction. */
    private interface Change {
        void run(Connection db) throws SQLException, TeamProjectException;
    }

    /** Runs {@code change} in one transaction; gives the login's membership after it (null once removed). */
    private Member change(String name, Change change) throws TeamProjectException {
        try (Connection db = PgConnections.open(url)) {
            try {
                change.run(db);
                db.commit();
            } catch (SQLException | TeamProjectException | RuntimeException e) {
                db.rollback();
                throw e;
            }
            return memberships(db, name).stream().findFirst().orElse(null);
        } catch (SQLException e) {
            if (NOT_ALLOWED.equals(e.getSQLState())) {
                throw new TeamProjectException(server() + ": this login may not change the project's members (only the lead may: a login "
                        + "with CREATEROLE that may grant the attune roles)", e);
            }
            if (DUPLICATE.equals(e.getSQLState())) {
                throw new TeamProjectException(quoted(name) + ": cannot be added (" + PgConnections.firstLine(e) + ")", e);
            }
            throw failed("cannot change the members", e);
        }
    }

    private static List<Member> list(Connection db) throws SQLException {
        List<Member> members = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(MEMBERSHIPS)) {
            while (r.next()) {
                members.add(new Member(r.getString(1), Role.ofGroup(r.getString(2)), r.getBoolean(3)));
            }
        }
        members.sort(java.util.Comparator.comparing(Member::login).thenComparing(Member::role));
        return members;
    }

    private static List<Member> memberships(Connection db, String name) throws SQLException {
        return list(db).stream().filter(m -> m.login().equals(name)).toList();
    }

    private static boolean exists(Connection db, String name) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /**
     * {@code login} as the server will name it, or why it cannot be a member's login: the server would cut a long name
     * short, and reserves {@code pg_} names and the project's own groups.
     */
    static String checked(String login) throws TeamProjectException {
        String name = login == null ? "" : login.strip();
        if (name.isEmpty()) {
            throw new TeamProjectException("the login is empty");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new TeamProjectException(quoted(name.replaceAll("\\p{Cntrl}", "?")) + ": a login cannot hold control characters (a line break, a tab)");
        }
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > LONGEST_LOGIN) {
            throw new TeamProjectException(quoted(name) + ": a login is at most " + LONGEST_LOGIN + " bytes long on PostgreSQL");
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("pg_") || PgSchema.ROLES.contains(name.toLowerCase(Locale.ROOT))
                || name.equalsIgnoreCase("public")) {
            throw new TeamProjectException(quoted(name) + ": a name the server or Attune reserves, not a member's login");
        }
        return name;
    }

    private static String quoted(String login) {
        return "\"" + login + "\"";
    }

    private TeamProjectException failed(String what, SQLException e) {
        return new TeamProjectException(server() + ": " + what + " (" + PgConnections.firstLine(e) + ")", e);
    }
}
