package org.attune.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attune.cli.Cli;
import org.attune.testsupport.PgCluster;
import org.junit.jupiter.api.Test;

/**
 * {@code attune cli benchmark team} on a small project and a database of the test cluster: it runs through, every
 * measured action is committed and none is reported not done, each kind of action has its own line, and the observers
 * see the changes (the figures themselves are for docs/performance.md, not for a test).
 */
class TeamBenchmarkRunTest {
    @Test
    void aSmallTeamBenchmarkCommitsAndShowsEveryKindOfAction() throws Exception {
        PgCluster cluster = PgCluster.shared();
        String url = cluster.urlWithCredentials(cluster.newDatabase("teambench"));
        Cli.Outcome run = Cli.run("benchmark", "team", "--server", url, "--sources", "30", "--words", "3000", "--codings", "300",
                "--coders", "3", "--seconds", "3", "--pause-ms", "20", "--warm-up", "2");
        assertEquals(Cli.OK, run.exitCode(), run.out() + run.err());
        Matcher committed = Pattern.compile("(\\d+) actions committed and measured .* (\\d+) refused \\(stale\\), (\\d+) not done").matcher(run.out());
        assertTrue(committed.find(), run.out());
        assertTrue(Integer.parseInt(committed.group(1)) > 20, run.out());
        assertEquals("0", committed.group(3), "no action reported not done: " + run.out());
        for (String kind : new String[] { "add a coding:", "write a memo:" }) {
            assertTrue(run.out().contains(kind), kind + " has its line: " + run.out());
        }
        assertTrue(run.out().matches("(?s).*seen by another: +p50 [\\d.]+ ms.*"), run.out());
        assertTrue(!run.err().contains("never reached"), "every change reached the observers: " + run.err());
    }
}
