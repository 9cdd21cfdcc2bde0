package org.attune.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.text.Marks;
import org.attune.store.pg.StaleDataException;
import org.attune.store.pg.TeamProject;
import org.junit.jupiter.api.Test;

/** Two clients of one team project in one JVM: each sees the other's actions, and neither overwrites the other's. */
class TwoClientsTest {
    private static final AttuneFactory F = AttuneFactory.eINSTANCE;
    private static String newProject() throws Exception {
        return TeamDatabases.newProject("team", "Team study");
    }

    @Test
    void eachClientSeesTheOthersActionsWithinASecond() throws Exception {
        String url = newProject();
        try (TeamProject a = TeamProject.open(url, Runnable::run); TeamProject b = TeamProject.open(url, Runnable::run)) {
            Code warmth = F.createCode();
            warmth.setName("Warmth");
            a.apply("add code Warmth", () -> a.project().getCodes().add(warmth));
            awaitWithinASecond(b, () -> codes(b).containsValue("Warmth"));
            a.apply("rename", () -> warmth.setName("Attunement"));
            awaitWithinASecond(b, () -> codes(b).equals(Map.of(warmth.getId(), "Attunement")));

            TextSource transcript = F.createTextSource();
            transcript.setName("Session 1");
            a.stageText(transcript, "Mother smiles at the child. The child looks up.");
            a.apply("add transcript", () -> a.project().getSources().add(transcript));
            awaitWithinASecond(b, () -> b.project().getSources().size() == 1);
            TextSource seen = (TextSource) b.read(() -> b.project().getSources().get(0));
            assertEquals("Mother smiles at the child. The child looks up.", b.text(seen));
            b.load(seen); // b has read the codings: a's new coding comes to it
            a.load(transcript);
            Coding coding = Marks.coding(warmth, Marks.text(0, 13));
            a.apply("code", () -> transcript.getCodings().add(coding));
            awaitWithinASecond(b, () -> seen.getCodings().size() == 1 && seen.getCodings().get(0).getCode() != null
                    && "Attunement".equals(seen.getCodings().get(0).getCode().getName())
                    && ((TextSelection) seen.getCodings().get(0).getSelection()).getEnd() == 13);

            a.apply("delete code", () -> a.project().getCodes().remove(warmth));
            awaitWithinASecond(b, () -> b.project().getCodes().isEmpty());
        }
    }

    @Test
    void anActionOnStaleDataIsRefusedAndNothingIsLost() throws Exception {
        String url = newProject();
        ConcurrentLinkedQueue<Runnable> held = new ConcurrentLinkedQueue<>(); // b does not see a's changes yet
        try (TeamProject a = TeamProject.open(url, Runnable::run); TeamProject b = TeamProject.open(url, held::add)) {
            Code code = F.createCode();
            code.setName("Warmth");
            a.apply("add code", () -> a.project().getCodes().add(code));
            long end = System.nanoTime() + 1_000_000_000L;
            while (b.read(() -> b.project().getCodes().isEmpty()) && System.nanoTime() < end) {
                drain(held);
                Thread.sleep(5);
            }
            Code theirs = b.read(() -> b.project().getCodes().get(0));
            a.apply("rename by a", () -> code.setName("A's name"));
            StaleDataException e = assertThrows(StaleDataException.class, () -> b.apply("rename by b", () -> theirs.setName("B's name")));
            assertTrue(e.getMessage().contains("\"rename by b\" was not done"), e.getMessage());
            assertEquals("A's name", b.read(theirs::getName), "b's model shows a's change");
            // both adding codes at once is no conflict: the project's list of codes is no one's to lock
            Code other = F.createCode();
            other.setName("Joint attention");
            b.apply("add code", () -> b.project().getCodes().add(other));
            // deleting what another changed since is refused too
            a.apply("rename by a again", () -> code.setName("A's second name"));
            assertThrows(StaleDataException.class, () -> b.apply("delete", () -> b.project().getCodes().remove(theirs)));
            try (TeamProject c = TeamProject.open(url, Runnable::run)) {
                assertEquals(new TreeMap<>(Map.of(code.getId(), "A's second name", other.getId(), "Joint attention")), codes(c));
            }
        }
    }

    /**
     * A coding added (an action that only adds, whose rows go with its last statement) to a transcript another client
     * deleted meanwhile is refused as stale, and nothing of it is on the server.
     */
    @Test
    void aCodingOfASourceDeletedMeanwhileIsRefused() throws Exception {
        String url = newProject();
        ConcurrentLinkedQueue<Runnable> held = new ConcurrentLinkedQueue<>(); // b does not see a's deletion yet
        try (TeamProject a = TeamProject.open(url, Runnable::run); TeamProject b = TeamProject.open(url, held::add)) {
            Code code = F.createCode();
            code.setName("Warmth");
            TextSource transcript = F.createTextSource();
            transcript.setName("Session 1");
            a.stageText(transcript, "Mother smiles at the child.");
            a.apply("add", () -> {
                a.project().getCodes().add(code);
                a.project().getSources().add(transcript);
            });
            long end = System.nanoTime() + 2_000_000_000L;
            while (b.read(() -> b.project().getSources().isEmpty()) && System.nanoTime() < end) {
                drain(held);
                Thread.sleep(5);
            }
            TextSource theirs = (TextSource) b.read(() -> b.project().getSources().get(0));
            Code theirCode = b.read(() -> b.project().getCodes().get(0));
            b.load(theirs);
            a.apply("delete transcript", () -> a.project().getSources().remove(transcript));
            StaleDataException e = assertThrows(StaleDataException.class,
                    () -> b.apply("code by b", () -> theirs.getCodings().add(Marks.coding(theirCode, Marks.text(0, 6)))));
            assertTrue(e.getMessage().contains("\"code by b\" was not done"), e.getMessage());
            try (TeamProject c = TeamProject.open(url, Runnable::run)) {
                assertEquals(0, c.counts().getOrDefault("Coding", 0L));
                assertTrue(c.project().getSources().isEmpty());
            }
        }
    }

    /**
     * Random actions of two clients on the codebook (add, rename, delete), with each client's notifications applied at
     * random moments; every acknowledged action is in the database, a refused one is not, and at the end both clients
     * and a fresh one read what a simple model of the acknowledged actions holds.
     */
    @Test
    void randomActionsOfTwoClientsEndInTheSameCodebook() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String url = newProject();
        List<ConcurrentLinkedQueue<Runnable>> queues = List.of(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
        Map<String, String> expected = new TreeMap<>();
        int refused = 0;
        try (TeamProject a = TeamProject.open(url, queues.get(0)::add); TeamProject b = TeamProject.open(url, queues.get(1)::add)) {
            List<TeamProject> clients = List.of(a, b);
            for (int step = 0; step < 80; step++) {
                int who = random.nextInt(2);
                TeamProject client = clients.get(who);
                if (random.nextInt(3) == 0) {
                    drain(queues.get(who));
                }
                List<Code> known = client.read(() -> new ArrayList<>(client.project().getCodes()));
                int kind = known.isEmpty() ? 0 : random.nextInt(3);
                String name = "code " + step;
                try {
                    if (kind == 0) {
                        Code code = F.createCode();
                        code.setName(name);
                        client.apply(name, () -> client.project().getCodes().add(code));
                        expected.put(code.getId(), name);
                    } else if (kind == 1) {
                        Code code = known.get(random.nextInt(known.size()));
                        client.apply(name, () -> code.setName(name));
                        expected.put(code.getId(), name);
                    } else {
                        Code code = known.get(random.nextInt(known.size()));
                        client.apply(name, () -> client.project().getCodes().remove(code));
                        expected.remove(code.getId());
                    }
                } catch (StaleDataException e) {
                    refused++;
                }
            }
            for (int i = 0; i < 2; i++) {
                int client = i;
                long end = System.nanoTime() + 5_000_000_000L;
                while (!codes(clients.get(client)).equals(expected) && System.nanoTime() < end) {
                    drain(queues.get(client));
                    Thread.sleep(20);
                }
                assertEquals(expected, codes(clients.get(client)), "client " + client + ", seed " + seed);
            }
            try (TeamProject c = TeamProject.open(url, Runnable::run)) {
                assertEquals(expected, codes(c), "a fresh client, seed " + seed);
            }
        }
        assertTrue(refused < 80, "some actions went through (seed " + seed + ")");
    }

    private static void drain(ConcurrentLinkedQueue<Runnable> queue) {
        for (Runnable r = queue.poll(); r != null; r = queue.poll()) {
            r.run();
        }
    }

    private static Map<String, String> codes(TeamProject client) {
        return client.read(() -> {
            Map<String, String> found = new TreeMap<>();
            client.project().getCodes().forEach(c -> found.put(c.getId(), c.getName()));
            return found;
        });
    }

    private static void awaitWithinASecond(TeamProject client, Supplier<Boolean> seen) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < 1_000_000_000L) {
            if (client.read(seen)) {
                return;
            }
            Thread.sleep(5);
        }
        fail("not seen by the other client within a second");
    }
}
