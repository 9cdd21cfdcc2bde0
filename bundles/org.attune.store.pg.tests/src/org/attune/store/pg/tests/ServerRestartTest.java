package org.attune.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.store.pg.TeamProject;
import org.attune.store.pg.TeamProjectException;
import org.attune.testsupport.PgCluster;
import org.junit.jupiter.api.Test;

/**
 * The server stops and starts again while two clients have the project open: the action that meets the dropped
 * connection is reported as not done and leaves the model as it was; the next one reconnects and commits; the other
 * client listens again and sees it.
 */
class ServerRestartTest {
    private final PgCluster cluster = PgCluster.shared();

    @Test
    void anActionIsCommittedOrReportedNotDoneAndClientsReconnect() throws Exception {
        String url = cluster.urlWithCredentials(cluster.newDatabase("restarted"));
        TeamProject.create(url, "Restart study");
        try (TeamProject a = TeamProject.open(url, Runnable::run); TeamProject b = TeamProject.open(url, Runnable::run)) {
            Code code = AttuneFactory.eINSTANCE.createCode();
            code.setName("Warmth");
            a.apply("add code", () -> a.project().getCodes().add(code));
            await(b, "Warmth", 1_000);

            cluster.restart();
            // either committed on the server or reported as not done: the client may have reconnected (it listens again
            // every half second) before the action, or meet the dropped connection with it
            try {
                a.apply("rename", () -> code.setName("Lost"));
                await(b, "Lost", 10_000);
            } catch (TeamProjectException lost) {
                assertTrue(lost.getMessage().contains("\"rename\" was not done"), lost.getMessage());
                assertEquals("Warmth", a.read(code::getName), "nothing half-applied in the model");
            }

            a.apply("rename again", () -> code.setName("Attunement"));
            await(b, "Attunement", 10_000);
            try (TeamProject c = TeamProject.open(url, Runnable::run)) {
                assertEquals("Attunement", c.read(() -> c.project().getCodes().get(0).getName()));
            }
        }
    }

    private static void await(TeamProject client, String name, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            if (client.read(() -> client.project().getCodes().size() == 1 && name.equals(client.project().getCodes().get(0).getName()))) {
                return;
            }
            Thread.sleep(10);
        }
        fail("the other client did not see \"" + name + "\" within " + millis + " ms");
    }
}
