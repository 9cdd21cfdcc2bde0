package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.testsupport.PgCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code project members}: the lead adds members from Attune (logins that need quoting, the password from stdin, never
 * shown), and the server then holds them to their role: a coder in a blind project sees none of the others' codings, a
 * viewer's change is refused, a member may not change the members; a change of role takes effect at once; a removed
 * member cannot open the project, and what she made stays in it.
 */
class TeamMembersCliTest {
    private static final String CODER = "o'brien";
    private static final String VIEWER = "Anna Smith";
    private static final String CODER_PASSWORD = "pw-o'brien&x";
    private static final String VIEWER_PASSWORD = "pw anna";
    private final PgCluster cluster = PgCluster.shared();

    @Test
    void theLeadAddsMembersAndTheServerHoldsThemToTheirRoles(@TempDir Path dir) throws Exception {
        Path sample = dir.resolve("sample");
        CliTest.ok("project", "sample", sample.toString());
        CliTest.ok("coding", "blind", sample.toString(), "on");
        String plain = cluster.newDatabase("members");
        String lead = cluster.urlWithCredentials(plain);
        CliTest.ok("project", "publish", sample.toString(), lead);
        long allCodings = cli("project", "info", lead, "--json").json().get("codings").getAsLong();
        assertTrue(allCodings > 0);

        Run added = withStdin(CODER_PASSWORD + "\n", () -> cli("project", "members", lead, "--add", CODER, "--role", "coder", "--password-stdin"));
        assertEquals(Cli.OK, added.exitCode(), added.err());
        assertTrue(added.out().startsWith("\"o'brien\" added as coder on 127.0.0.1:"), added.out());
        Run viewer = withStdin(VIEWER_PASSWORD + "\n", () -> cli("project", "members", lead, "--add", VIEWER, "--role", "viewer",
                "--password-stdin", "--json"));
        assertEquals(Cli.OK, viewer.exitCode(), viewer.err());
        assertEquals(PgCluster.USER, viewer.json().get("owner").getAsString());
        assertEquals("viewer", member(viewer.json(), VIEWER).get("role").getAsString());
        assertTrue(member(viewer.json(), VIEWER).get("canLogIn").getAsBoolean());
        for (Run run : new Run[] {added, viewer}) {
            assertFalse(run.out().contains(CODER_PASSWORD) || run.out().contains(VIEWER_PASSWORD) || run.out().contains(PgCluster.PASSWORD), run.out());
        }
        Run listed = CliTest.ok("project", "members", lead);
        assertTrue(listed.out().lines().anyMatch(l -> l.matches("\\s+o'brien\\s+coder\\s+can log in")), listed.out());
        assertTrue(listed.out().lines().anyMatch(l -> l.matches("\\s+Anna Smith\\s+viewer\\s+can log in")), listed.out());

        // the coder opens the project with her own login and is bound by the blind rule: none of the others' codings
        String coder = as(plain, CODER, CODER_PASSWORD);
        Run coderInfo = CliTest.ok("project", "info", coder, "--json");
        assertEquals(0, coderInfo.json().get("codings").getAsLong(), coderInfo.out());
        CliTest.ok("code", coder, "--source", "C01 Carer Dawn", "--words", "Now I wait", "--code", "Waiting and following the lead");
        assertEquals(1, cli("project", "info", coder, "--json").json().get("codings").getAsLong());
        assertEquals(allCodings + 1, cli("project", "info", lead, "--json").json().get("codings").getAsLong());

        // the viewer reads and may not write; neither member may change the members
        String viewing = as(plain, VIEWER, VIEWER_PASSWORD);
        CliTest.ok("codes", "list", viewing);
        Run refused = cli("code", viewing, "--source", "C01 Carer Dawn", "--words", "Now I wait", "--code", "Waiting and following the lead");
        assertEquals(Cli.FAILED, refused.exitCode(), refused.out());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().contains("permission denied") && !refused.err().contains("\tat "), refused.err());
        Run notLead = withStdin("x\n", () -> cli("project", "members", coder, "--add", "intruder", "--role", "lead", "--password-stdin"));
        assertEquals(Cli.FAILED, notLead.exitCode());
        assertEquals("attune: 127.0.0.1:" + cluster.port() + "/members: this login may not change the project's members (only the lead may: "
                + "a login with CREATEROLE that may grant the attune roles)", notLead.err().strip());
        assertFalse(CliTest.ok("project", "members", lead).out().contains("intruder"));

        // a change of role takes effect at once: the viewer, now a coder, codes
        Run changed = CliTest.ok("project", "members", lead, "--change", VIEWER, "--role", "coder", "--json");
        assertEquals("coder", member(changed.json(), VIEWER).get("role").getAsString());
        CliTest.ok("code", viewing, "--source", "C01 Carer Dawn", "--words", "Now I wait", "--code", "Waiting and following the lead");

        // removed, the coder cannot open the project; her coding stays, hers
        Run removed = CliTest.ok("project", "members", lead, "--remove", CODER, "--json");
        assertEquals(null, member(removed.json(), CODER));
        Run locked = cli("project", "info", coder);
        assertEquals(Cli.FAILED, locked.exitCode());
        assertEquals(1, locked.err().lines().count(), locked.err());
        assertTrue(locked.err().contains("permission denied"), locked.err());
        assertEquals(allCodings + 2, cli("project", "info", lead, "--json").json().get("codings").getAsLong());
        CliTest.ok("coding", "blind", lead, "off");
        Run segments = CliTest.ok("segments", lead, "--code", "Waiting and following the lead", "--json");
        assertTrue(segments.out().contains("\"coder\": \"o'brien\""), segments.out());
    }

    @Test
    void badLoginsAndRolesAreRefusedInOneLineAndNothingIsInjected(@TempDir Path dir) throws Exception {
        String lead = cluster.urlWithCredentials(cluster.newDatabase("badmembers"));
        CliTest.ok("project", "create", "--server", lead, "--name", "Members");
        CliTest.refused(Cli.USAGE, "--role boss: not a role (lead, coder, rater or viewer)", "project", "members", lead, "--add", "x", "--role", "boss");
        CliTest.refused(Cli.USAGE, "--add and --change need --role ROLE", "project", "members", lead, "--add", "x");
        CliTest.refused(Cli.USAGE, "mutually exclusive", "project", "members", lead, "--add", "x", "--remove", "y", "--role", "coder");
        Run noPassword = CliTest.refused(Cli.FAILED, "\"newbie\" is a new login: give its password with --password-stdin",
                "project", "members", lead, "--add", "newbie", "--role", "coder");
        assertEquals(1, noPassword.err().lines().count(), noPassword.err());
        CliTest.refused(Cli.FAILED, "\"pg_monitor\": a name the server or Attune reserves", "project", "members", lead, "--remove", "pg_monitor");
        CliTest.refused(Cli.FAILED, "a login is at most 63 bytes long", "project", "members", lead, "--remove", "x".repeat(64));
        CliTest.refused(Cli.FAILED, "\"nobody\" is not a member of", "project", "members", lead, "--remove", "nobody");

        // a login that looks like SQL is a login like any other: quoted, never run
        String sly = "x\"; drop table entity; --";
        Run added = withStdin("pw\n", () -> cli("project", "members", lead, "--add", sly, "--role", "viewer", "--password-stdin", "--json"));
        assertEquals(Cli.OK, added.exitCode(), added.err());
        assertEquals("viewer", member(added.json(), sly).get("role").getAsString());
        assertTrue(cli("project", "info", lead).out().contains("Project:        Members"), "the tables are there");
        Run again = withStdin("pw\n", () -> cli("project", "members", lead, "--add", sly, "--role", "coder", "--password-stdin"));
        assertTrue(again.err().contains("is a member already (viewer): change the role instead"), again.err());
        Run removed = CliTest.ok("project", "members", lead, "--remove", sly);
        assertTrue(removed.out().startsWith("\"" + sly + "\" removed from 127.0.0.1:"), removed.out());
    }

    /**
     * A viewer the lead added with {@code psql}, as before Attune could: her project has no user of her login, which she
     * may not add, so she cannot open it; giving her role again through Attune adds it.
     */
    @Test
    void aViewerAddedWithPsqlOpensTheProjectOnceHerRoleIsGivenThroughAttune() throws Exception {
        String plain = cluster.newDatabase("psqlviewer");
        String lead = cluster.urlWithCredentials(plain);
        CliTest.ok("project", "create", "--server", lead, "--name", "Viewed");
        try (java.sql.Connection admin = cluster.admin("psqlviewer"); java.sql.Statement s = admin.createStatement()) {
            s.execute("create role psql_vera login password 'pw-vera' in role attune_viewer");
        }
        String vera = as(plain, "psql_vera", "pw-vera");
        Run before = cli("codes", "list", vera);
        assertEquals(Cli.FAILED, before.exitCode(), before.out());
        assertTrue(before.err().contains("permission denied"), before.err());
        CliTest.ok("project", "members", lead, "--change", "psql_vera", "--role", "viewer");
        CliTest.ok("codes", "list", vera);
    }

    /** {@code plain}'s URL as {@code login} with {@code password} (both encoded as a URL's parameters are). */
    private static String as(String plain, String login, String password) {
        return plain + "?user=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    /** The member {@code login} in a {@code members --json} listing, or null. */
    private static JsonObject member(JsonObject listing, String login) {
        for (JsonElement m : listing.getAsJsonArray("members")) {
            if (m.getAsJsonObject().get("login").getAsString().equals(login)) {
                return m.getAsJsonObject();
            }
        }
        return null;
    }

    /** Runs {@code command} with {@code input} as this process's stdin (the command line runs in this JVM). */
    private static Run withStdin(String input, java.util.function.Supplier<Run> command) {
        InputStream was = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return command.get();
        } finally {
            System.setIn(was);
        }
    }
}
