package org.attune.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.store.pg.TeamProject;
import org.attune.store.pg.TeamProjectException;
import org.attune.testsupport.PgCluster;
import org.junit.jupiter.api.Test;

/**
 * A connection that drops during the commit itself: the client cannot tell from the error whether the server
 * committed. Through a proxy that cuts the client off right after passing on its COMMIT (the server commits, the answer
 * is lost) the action is reported done, present once; cut off before passing it on, it is reported not done, absent.
 */
class CommitDropTest {
    private final PgCluster cluster = PgCluster.shared();

    @Test
    void anActionIsReportedDoneExactlyWhenTheServerCommittedIt() throws Exception {
        String plain = cluster.newDatabase("commitdrop");
        TeamProject.create(cluster.urlWithCredentials(plain), "Dropped commits");
        try (Proxy proxy = new Proxy(cluster.port());
                // prepareThreshold=0: every COMMIT goes as text (not as a statement prepared on the server), for the proxy to see
                TeamProject client = TeamProject.open(cluster.urlWithCredentials("jdbc:postgresql://127.0.0.1:" + proxy.port() + "/commitdrop")
                        + "&prepareThreshold=0", Runnable::run)) {
            Code code = AttuneFactory.eINSTANCE.createCode();
            code.setName("Warmth");
            client.apply("add code", () -> client.project().getCodes().add(code));

            proxy.cutAtCommit(true); // the server gets the COMMIT, the client never hears back
            client.apply("rename to Attunement", () -> code.setName("Attunement"));
            assertEquals(1, proxy.cuts(), "cut at the commit");
            assertEquals(List.of("Attunement"), codeNames(), "committed once");
            assertEquals("Attunement", client.read(code::getName));

            proxy.cutAtCommit(false); // the COMMIT never reaches the server
            TeamProjectException notDone = assertThrows(TeamProjectException.class,
                    () -> client.apply("rename to Holding", () -> code.setName("Holding")));
            assertTrue(notDone.getMessage().contains("\"rename to Holding\" was not done"), notDone.getMessage());
            assertEquals(List.of("Attunement"), codeNames());
            assertEquals("Attunement", client.read(code::getName), "the model as before the action");

            client.apply("rename to Holding", () -> code.setName("Holding")); // a new connection: it goes through
            assertEquals(List.of("Holding"), codeNames());
            assertEquals(2, proxy.cuts(), "both cuts happened");
        }
    }

    private List<String> codeNames() throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (Connection admin = cluster.admin("commitdrop"); Statement s = admin.createStatement();
                ResultSet r = s.executeQuery("select v.value from value v join entity e on e.id = v.entity where e.type = 'Code' and v.name = 'name'")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    /** A TCP proxy to the server that, when armed, cuts a client off at its next COMMIT (after or before passing it on). */
    private static final class Proxy implements AutoCloseable {
        private static final byte[] COMMIT = "COMMIT".getBytes(StandardCharsets.US_ASCII);
        private final ServerSocket listening;
        private final int target;
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private volatile Boolean passOn; // null: not armed
        private volatile int cuts;

        Proxy(int target) throws IOException {
            this.target = target;
            this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accepting = new Thread(this::accept, "proxy");
            accepting.setDaemon(true);
            accepting.start();
        }

        int port() {
            return listening.getLocalPort();
        }

        int cuts() {
            return cuts;
        }

        void cutAtCommit(boolean passItOn) {
            passOn = passItOn;
        }

        private void accept() {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                    sockets.add(client);
                    sockets.add(server);
                    pump(client, server, true);
                    pump(server, client, false);
                } catch (IOException e) {
                    return; // closed
                }
            }
        }

        private void pump(Socket from, Socket to, boolean fromClient) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[65536];
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        Boolean armed = passOn;
                        if (fromClient && armed != null && contains(buffer, n)) {
                            passOn = null;
                            cuts++; // counted first: once the server has the COMMIT, the client may hear back before this thread goes on
                            if (armed) {
                                from.shutdownOutput(); // the client hears nothing more (the server's answer goes nowhere)
                                out.write(buffer, 0, n);
                                out.flush();
                            } else {
                                to.close(); // the server sees the client gone and rolls back
                            }
                            from.close(); // the server keeps what it got
                            return;
                        }
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                } catch (IOException e) {
                    // one side went away
                }
            }, "proxy pump");
            t.setDaemon(true);
            t.start();
        }

        private static boolean contains(byte[] buffer, int length) {
            outer:
            for (int i = 0; i + COMMIT.length <= length; i++) {
                for (int j = 0; j < COMMIT.length; j++) {
                    if (buffer[i + j] != COMMIT[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }

        @Override
        public void close() throws IOException {
            listening.close();
            for (Socket s : sockets) {
                s.close();
            }
        }
    }
}
