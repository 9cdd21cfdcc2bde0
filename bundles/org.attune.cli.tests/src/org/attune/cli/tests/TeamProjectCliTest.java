package org.attune.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.testsupport.PgCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/** {@code project publish}, {@code project create --server} and {@code project info} on a team project's URL. */
class TeamProjectCliTest {
    private static final List<String> COUNTS = List.of("sources", "cases", "codes", "codings", "memos", "ratingScales", "ratingSheets");
    private final PgCluster cluster = PgCluster.shared();

    @Test
    void thePublishedSampleStudyCountsAsTheFolderDoes(@TempDir Path dir) throws Exception {
        Path sample = dir.resolve("sample");
        CliTest.ok("project", "sample", sample.toString());
        String url = cluster.urlWithCredentials(cluster.newDatabase("published"));

        Run published = CliTest.ok("project", "publish", sample.toString(), url);
        assertTrue(published.out().startsWith("Published \"VIG sample study (fictional)\""), published.out());
        assertFalse(published.out().contains(PgCluster.PASSWORD), "no password shown: " + published.out());

        JsonObject local = CliTest.cli("project", "info", sample.toString(), "--json").json();
        Run info = CliTest.ok("project", "info", url, "--json");
        JsonObject team = info.json();
        for (String count : COUNTS) {
            assertEquals(local.get(count).getAsLong(), team.get(count).getAsLong(), count + ": " + info.out());
        }
        assertTrue(team.get("codings").getAsLong() > 0, info.out());
        assertEquals(local.get("name").getAsString(), team.get("name").getAsString());

        Run again = CliTest.cli("project", "publish", sample.toString(), url);
        assertEquals(Cli.FAILED, again.exitCode());
        assertTrue(again.err().contains("holds a project already") && again.err().lines().count() == 1, again.err());
    }

    @Test
    void createMakesAnEmptyTeamProject() throws Exception {
        String url = cluster.urlWithCredentials(cluster.newDatabase("fresh"));
        Run created = CliTest.ok("project", "create", "--server", url, "--name", "Seed 004 team", "--json");
        assertEquals("Seed 004 team", created.json().get("name").getAsString());
        Run info = CliTest.ok("project", "info", url);
        assertTrue(info.out().contains("Project:        Seed 004 team") && info.out().contains("Sources:        0"), info.out());
    }

    @Test
    void anUnreachableServerIsOneClearLine() {
        Run info = CliTest.cli("project", "info", "jdbc:postgresql://127.0.0.1:1/none?user=x&password=secret");
        assertEquals(Cli.FAILED, info.exitCode());
        assertTrue(info.err().contains("cannot connect") && !info.err().contains("secret") && !info.err().contains("\tat "), info.err());
        assertEquals(1, info.err().lines().count(), info.err());
        CliTest.refused(Cli.USAGE, "<dir>", "project", "create");
    }
}
