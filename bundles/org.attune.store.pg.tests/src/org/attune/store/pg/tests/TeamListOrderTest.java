package org.attune.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.store.pg.StaleDataException;
import org.attune.store.pg.TeamProject;
import org.attune.store.pg.TeamProjectException;
import org.junit.jupiter.api.Test;

/**
 * The order of a list (the project's codes) kept by several clients of one team project: every client shows the order
 * the server holds, and an append or a removal writes no other element's row (two coders appending to one list at once
 * used to rewrite each other's rows, and deadlock). Random actions by three clients, each seeing the others' actions
 * only when its queue of them is run: in step (checked against a plain list) and out of step (checked for agreement).
 */
class TeamListOrderTest {
    private static final AttuneFactory F = AttuneFactory.eINSTANCE;

    private record Client(TeamProject team, ConcurrentLinkedQueue<Runnable> others) {
        void catchUp() {
            for (Runnable r; (r = others.poll()) != null;) {
                r.run();
            }
        }

        List<String> order() {
            return team.read(() -> team.project().getCodes().stream().map(Code::getId).toList());
        }
    }

    @Test
    void twoClientsAppendingAtOnceRewriteNoOneElsesRowAndAgreeOnTheOrder() throws Exception {
        String url = TeamDatabases.newProject("order", "Order study");
        try (Connection sql = DriverManager.getConnection(url)) {
            List<Client> clients = open(url, 2);
            Client a = clients.get(0);
            Client b = clients.get(1);
            for (int i = 0; i < 3; i++) {
                add(a, "first " + i, -1);
            }
            settle(clients, sql);
            // neither has seen the other's: both write the same position
            add(a, "a's", -1);
            add(b, "b's", -1);
            settle(clients, sql);
            Map<String, String> before = rowVersions(sql);
            add(a, "a's second", -1);
            settle(clients, sql);
            assertUnchanged(before, rowVersions(sql), "an append");
            before = rowVersions(sql);
            Code removed = a.team().read(() -> a.team().project().getCodes().get(1));
            a.team().apply("remove", () -> a.team().project().getCodes().remove(removed));
            settle(clients, sql);
            assertUnchanged(before, rowVersions(sql), "a removal");
            before = rowVersions(sql);
            add(b, "b's first in the list", 0);
            settle(clients, sql);
            assertUnchanged(before, rowVersions(sql), "an insertion at the front");
            Code last = b.team().read(() -> b.team().project().getCodes().getLast());
            b.team().apply("move to the front", () -> b.team().project().getCodes().move(0, last));
            settle(clients, sql);
            assertEquals(last.getId(), a.order().get(0), "the other client shows the move");
            close(clients);
        }
    }

    @Test
    void randomActionsOfThreeClientsLeaveEveryClientShowingTheServersOrder() throws Exception {
        long seed = Long.getLong("attune.sequences.seed", new Random().nextLong()); // -Dattune.sequences.seed=N repeats a run's choices
        Random random = new Random(seed);
        String url = TeamDatabases.newProject("orders", "Orders study");
        try (Connection sql = DriverManager.getConnection(url)) {
            List<Client> clients = open(url, 3);
            List<String> model = new ArrayList<>();
            for (int step = 0; step < 120; step++) {
                String context = "step " + step + ", seed " + seed;
                boolean inStep = step < 60; // first every client sees all before acting, then they act out of step
                Client client = clients.get(random.nextInt(clients.size()));
                if (inStep || random.nextInt(3) == 0) {
                    client.catchUp();
                }
                List<String> shown = client.order();
                Map<String, String> before = rowVersions(sql);
                int kind = shown.isEmpty() ? 0 : random.nextInt(4);
                String touched = null;
                try {
                    switch (kind) {
                        case 0 -> touched = add(client, "step " + step, -1);
                        case 1 -> touched = add(client, "step " + step, random.nextInt(shown.size() + 1));
                        case 2 -> {
                            int at = random.nextInt(shown.size());
                            client.team().apply("remove", () -> client.team().project().getCodes().remove(at));
                        }
                        default -> {
                            int from = random.nextInt(shown.size());
                            int to = random.nextInt(shown.size());
                            touched = shown.get(from);
                            client.team().apply("move", () -> client.team().project().getCodes().move(to, from));
                        }
                    }
                } catch (StaleDataException e) {
                    assertTrue(!inStep, context + ": refused although the client had seen everything: " + e.getMessage());
                    continue;
                }
                if (inStep) {
                    model.clear();
                    model.addAll(client.order());
                    if (kind == 0 || kind == 2) { // an insertion between two of one position moves the later one
                        assertUnchanged(before, rowVersions(sql), context + ", " + (kind == 2 ? "a removal" : "an append"));
                    }
                    settle(clients, sql);
                    assertEquals(model, serverOrder(sql), context + ": the server's order is the acting client's");
                } else if (kind == 0 || kind == 2) {
                    assertUnchanged(before, rowVersions(sql), context + ", " + (kind == 2 ? "a removal" : "an append"));
                }
                if (touched != null && kind == 3 && inStep) {
                    assertTrue(model.contains(touched), context);
                }
            }
            settle(clients, sql);
            try (TeamProject fresh = TeamProject.open(url, Runnable::run)) {
                assertEquals(serverOrder(sql), fresh.read(() -> fresh.project().getCodes().stream().map(Code::getId).toList()),
                        "a client opening now reads the server's order (seed " + seed + ")");
            }
            close(clients);
        }
    }

    private static List<Client> open(String url, int count) throws TeamProjectException {
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ConcurrentLinkedQueue<Runnable> others = new ConcurrentLinkedQueue<>();
            clients.add(new Client(TeamProject.open(url, others::add), others));
        }
        return clients;
    }

    private static void close(List<Client> clients) {
        clients.forEach(c -> c.team().close());
    }

    /** Adds a new code at {@code index} (-1: at the end); returns its id. */
    private static String add(Client client, String name, int index) throws TeamProjectException, StaleDataException {
        Code code = F.createCode();
        code.setId(UUID.randomUUID().toString());
        code.setName(name);
        client.team().apply("add " + name, () -> {
            if (index < 0) {
                client.team().project().getCodes().add(code);
            } else {
                client.team().project().getCodes().add(index, code);
            }
        });
        return code.getId();
    }

    /** Runs every client's queue of others' actions until each shows the server's order (10 s at most). */
    private static void settle(List<Client> clients, Connection sql) throws Exception {
        long end = System.nanoTime() + 10_000_000_000L;
        List<String> server = serverOrder(sql);
        while (true) {
            boolean all = true;
            for (Client client : clients) {
                client.catchUp();
                all &= client.order().equals(server);
            }
            if (all) {
                return;
            }
            if (System.nanoTime() > end) {
                List<List<String>> shown = clients.stream().map(Client::order).toList();
                fail("the clients do not show the server's order " + server + " within 10 s: " + shown);
            }
            Thread.sleep(5);
        }
    }

    /** The project's codes as the server orders them: by position, then by row id. */
    private static List<String> serverOrder(Connection sql) throws SQLException {
        List<String> order = new ArrayList<>();
        try (Statement s = sql.createStatement(); ResultSet r = s.executeQuery(
                "select uuid from entity where type = 'Code' and feature = 'codes' order by pos, id")) {
            while (r.next()) {
                order.add(r.getString(1));
            }
        }
        return order;
    }

    /** Each code's row and the transaction that last wrote it (xmin): a row written again has another. */
    private static Map<String, String> rowVersions(Connection sql) throws SQLException {
        Map<String, String> versions = new HashMap<>();
        try (Statement s = sql.createStatement(); ResultSet r = s.executeQuery("select uuid, xmin::text from entity where type = 'Code'")) {
            while (r.next()) {
                versions.put(r.getString(1), r.getString(2));
            }
        }
        return versions;
    }

    private static void assertUnchanged(Map<String, String> before, Map<String, String> after, String what) {
        before.forEach((code, xmin) -> {
            if (after.containsKey(code)) {
                assertEquals(xmin, after.get(code), what + " wrote the row of another code (" + code + ") again");
            }
        });
    }
}
