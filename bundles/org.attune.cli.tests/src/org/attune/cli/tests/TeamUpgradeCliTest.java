package org.attune.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.testsupport.FirstTeamLayout;
import org.attune.testsupport.PgCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * {@code project upgrade} on a team project published by the first Attune with team projects: a member's commands are
 * refused in one line naming what the project lacks and the command the lead should run; a member cannot upgrade it;
 * the lead's upgrade adds what it lacks, after which the member works on it; a second upgrade changes nothing.
 */
class TeamUpgradeCliTest {
    private final PgCluster cluster = PgCluster.shared();

    @Test
    void theLeadUpgradesAnOlderTeamProjectForItsMembers(@TempDir Path dir) throws Exception {
        Path sample = dir.resolve("sample");
        CliTest.ok("project", "sample", sample.toString());
        String database = "olderteam";
        String plain = cluster.newDatabase(database);
        String lead = cluster.urlWithCredentials(plain);
        String cody = plain + "?user=old_cody&password=pw-cody";
        CliTest.ok("project", "publish", sample.toString(), lead);
        try (Connection owner = cluster.admin(database); Statement s = owner.createStatement()) {
            FirstTeamLayout.make(owner);
            s.execute("create role old_cody login password 'pw-cody' in role attune_coder");
        }

        Run refused = CliTest.refused(Cli.FAILED, "attune cli project upgrade 'jdbc:postgresql://127.0.0.1:" + cluster.port() + "/"
                + database + "?user=" + PgCluster.USER + "'", "sources", "list", cody);
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().contains("lacks the raters' blind rule") && refused.err().contains("files of sources"), refused.err());
        assertFalse(refused.err().contains("\tat ") || refused.err().contains("pw-cody"), refused.err());

        CliTest.refused(Cli.FAILED, "only the owner of the project's tables (" + PgCluster.USER + ") can upgrade it; this login is old_cody",
                "project", "upgrade", cody);

        Run upgraded = CliTest.ok("project", "upgrade", lead, "--json");
        JsonObject done = upgraded.json();
        assertEquals(1, done.get("from").getAsInt(), upgraded.out());
        assertEquals(2, done.get("to").getAsInt());
        assertEquals(4, done.getAsJsonArray("added").size(), upgraded.out());
        assertFalse(upgraded.out().contains(PgCluster.PASSWORD), upgraded.out());

        Run info = CliTest.ok("project", "info", cody, "--json");
        assertTrue(info.json().get("sources").getAsLong() > 0, info.out());
        CliTest.ok("code", cody, "--source", "C01 Carer Dawn", "--words", "Now I wait", "--code", "Reading the baby", "--create");

        Run again = CliTest.ok("project", "upgrade", lead);
        assertTrue(again.out().startsWith("The team project \"VIG sample study (fictional)\" on 127.0.0.1:") && again.out().contains(
                "is up to date (layout 2): nothing was changed"), again.out());
        CliTest.refused(Cli.USAGE, "not a jdbc:postgresql://host:port/database URL", "project", "upgrade", dir.toString());
    }
}
