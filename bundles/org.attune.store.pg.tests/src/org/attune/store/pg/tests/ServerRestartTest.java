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

    /**
     * The server ends the connections of a client that is reading the project (as a restart does, 57P01): the client
     * connects again and reads the project whole (the crash test once lost a client opening while the server restarted).
     */
    @Test
    void aClientWhoseConnectionsEndWhileItReadsTheProjectOpensItAll() throws Exception {
        String url = cluster.urlWithCredentials(cluster.newDatabase("opening"));
        TeamProject.create(url, "Opening study");
        int codes = 3_000;
        try (TeamProject author = TeamProject.open(url, Runnable::run)) {
            author.apply("add codes", () -> {
                for (int i = 0; i < codes; i++) {
                    Code code = AttuneFactory.eINSTANCE.createCode();
                    code.setName("Code " + i);
                    author.project().getCodes().add(code);
                }
            });
        }
        java.util.concurrent.atomic.AtomicInteger ended = new java.util.concurrent.atomic.AtomicInteger();
        Thread terminator = new Thread(() -> {
            try (java.sql.Connection admin = cluster.admin("postgres"); java.sql.Statement s = admin.createStatement()) {
                long end = System.nanoTime() + 20_000_000_000L;
                while (ended.get() < 2 && System.nanoTime() < end) {
                    try (java.sql.ResultSet r = s.executeQuery("select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity "
                            + "where datname = 'opening' and application_name = 'Attune'")) {
                        r.next();
                        ended.addAndGet(r.getInt(1));
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        terminator.start();
        try (TeamProject reader = TeamProject.open(url, Runnable::run)) {
            assertEquals(codes, reader.read(() -> reader.project().getCodes().size()));
        } finally {
            terminator.join();
        }
        assertTrue(ended.get() >= 1, "no connection was ended: nothing was tested");
    }

    /** A server that cannot be reached at all is reported at once, naming it (a mistyped address is not waited for). */
    @Test
    void aServerThatIsNotThereIsReportedAtOnce() throws Exception {
        String url = cluster.urlWithCredentials(cluster.newDatabase("away"));
        TeamProject.create(url, "Away study");
        cluster.stopServer();
        try {
            long start = System.nanoTime();
            TeamProjectException e = org.junit.jupiter.api.Assertions.assertThrows(TeamProjectException.class,
                    () -> TeamProject.open(url, Runnable::run));
            assertTrue(e.getMessage().startsWith("jdbc:postgresql://127.0.0.1:" + cluster.port() + "/away?") && e.getMessage().contains("cannot connect"),
                    e.getMessage());
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "waited for a server that is not there");
        } finally {
            cluster.startAgain();
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
