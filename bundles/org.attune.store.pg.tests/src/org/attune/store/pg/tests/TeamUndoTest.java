package org.attune.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.Project;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreFailure;
import org.attune.store.pg.OpenedProject;
import org.attune.store.pg.ProjectStores;
import org.attune.store.pg.StaleDataException;
import org.attune.store.pg.TeamProject;
import org.attune.store.pg.TeamProjectException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Undo in a team project undoes one's own actions, also after others' actions came in, and refuses (the project
 * showing their change) when another client changed the same elements since. Two workbench-like clients: each action,
 * undo and redo saved as it is done, others' actions brought in when the model thread runs them.
 */
class TeamUndoTest {
    private static final OpenOptions OPTIONS = OpenOptions.of("team undo test");
    private final List<ConcurrentLinkedQueue<Runnable>> queues = List.of(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());

    private String url;
    private OpenedProject a;
    private OpenedProject b;

    @BeforeEach
    void twoClientsOfANewProject() throws Exception {
        url = TeamDatabases.newProject("undo", "Undo study");
        a = ProjectStores.open(url, OPTIONS, true, queues.get(0)::add);
        b = ProjectStores.open(url, OPTIONS, true, queues.get(1)::add);
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    @Test
    void undoKeepsItsHistoryWhenOthersActAndRefusesWhereTheyChangedTheSameCode() throws Exception {
        Code warmth = add(a, "Warmth");
        Code joint = add(a, "Joint attention");
        await(1, b, Map.of(warmth.getId(), "Warmth", joint.getId(), "Joint attention"));
        rename(a, warmth, "Warmth (a)");
        rename(a, joint, "Joint attention (a)");
        await(1, b, Map.of(warmth.getId(), "Warmth (a)", joint.getId(), "Joint attention (a)"));
        Code theirs = b.store().project().getCodes().stream().filter(c -> c.getId().equals(joint.getId())).findFirst().orElseThrow();
        rename(b, theirs, "Joint attention (b)");
        await(0, a, Map.of(warmth.getId(), "Warmth (a)", joint.getId(), "Joint attention (b)"));

        // a's last action renamed what b renamed since: refused, nothing undone, the project shows b's name
        StoreFailure refused = assertThrows(StoreFailure.class, () -> a.store().undo());
        assertTrue(refused.getMessage().contains("another team member changed the same elements"), refused.getMessage());
        assertEquals("Joint attention (b)", joint.getName());
        assertServer(url, Map.of(warmth.getId(), "Warmth (a)", joint.getId(), "Joint attention (b)"));
        // the refused action left the history; the one before it, which b did not touch, is undone
        step(a, true);
        assertServer(url, Map.of(warmth.getId(), "Warmth", joint.getId(), "Joint attention (b)"));
        assertEquals(Map.of(warmth.getId(), "Warmth", joint.getId(), "Joint attention (b)"), codes(a.store().project()));
    }

    @Test
    void anUndoOfAnActionOthersDidNotTouchGoesThroughAfterTheirsCameIn() throws Exception {
        Code warmth = add(a, "Warmth");
        Code joint = add(a, "Joint attention");
        rename(a, warmth, "Warmth (a)");
        await(1, b, Map.of(warmth.getId(), "Warmth (a)", joint.getId(), "Joint attention"));
        Code theirs = b.store().project().getCodes().stream().filter(c -> c.getId().equals(joint.getId())).findFirst().orElseThrow();
        rename(b, theirs, "Joint attention (b)");
        await(0, a, Map.of(warmth.getId(), "Warmth (a)", joint.getId(), "Joint attention (b)"));
        step(a, true); // a's rename of Warmth: b did not touch it
        assertServer(url, Map.of(warmth.getId(), "Warmth", joint.getId(), "Joint attention (b)"));
        await(1, b, Map.of(warmth.getId(), "Warmth", joint.getId(), "Joint attention (b)"));
        step(a, false); // and redo
        assertServer(url, Map.of(warmth.getId(), "Warmth (a)", joint.getId(), "Joint attention (b)"));
    }

    /**
     * Two clients doing random actions on the codebook (add, rename, delete), undos and redos, each client's incoming
     * changes run at random moments, against a model of what the server holds: an acknowledged step changes the model
     * as it says, a refused one changes nothing (and is refused only when the other client changed that code, or the
     * codebook's list, after the client last took in the other's actions before writing it); at the end both clients and a fresh one show the model.
     */
    @Test
    void randomActionsUndosAndRedosOfTwoClientsAgreeWithAModel() throws Exception {
        long seed = Long.getLong("attune.sequences.seed", new Random().nextLong()); // -Dattune.sequences.seed=N repeats a run's choices
        Random random = new Random(seed);
        Map<String, String> server = new TreeMap<>();
        /** Per code id (and "" for the codebook's list): the step at which each client last changed it. */
        List<Map<String, Integer>> changedAt = List.of(new HashMap<>(), new HashMap<>());
        /** Per code id (and "" for the list): the step at which an undo or redo of each client's was refused and left as it is. */
        List<Map<String, Integer>> leftAt = List.of(new HashMap<>(), new HashMap<>());
        Map<Command, Step> steps = new HashMap<>();
        int[] lastDrain = new int[2];
        int undone = 0;
        int refusedUndos = 0;
        List<OpenedProject> clients = List.of(a, b);
        for (int n = 1; n <= 120; n++) {
            int who = random.nextInt(2);
            OpenedProject client = clients.get(who);
            ProjectStore store = client.store();
            if (random.nextInt(3) == 0) {
                drain(queues.get(who));
                lastDrain[who] = n;
            }
            CommandStack stack = store.editingDomain().getCommandStack();
            List<Code> known = new ArrayList<>(store.project().getCodes());
            int kind = random.nextInt(known.isEmpty() ? 1 : 5);
            String context = "step " + n + ", seed " + seed;
            if (kind >= 3 && (kind == 3 ? stack.canUndo() : stack.canRedo())) {
                boolean undo = kind == 3;
                Command command = undo ? stack.getUndoCommand() : stack.getRedoCommand();
                Step step = steps.get(command);
                try {
                    step(client, undo);
                    (undo ? step.undo : step.redo).accept(server);
                    step.seen = lastDrain[who];
                    changedAt.get(who).put(step.code, n);
                    if (step.listChange) {
                        changedAt.get(who).put("", n);
                    }
                    undone++;
                } catch (StoreFailure | StaleDataException | TeamProjectException e) {
                    refusedUndos++;
                    int other = Math.max(changedAt.get(1 - who).getOrDefault(step.code, 0), leftAt.get(who).getOrDefault(step.code, 0));
                    int list = step.listChange ? Math.max(changedAt.get(1 - who).getOrDefault("", 0), leftAt.get(who).getOrDefault("", 0)) : 0;
                    assertTrue(Math.max(other, list) > step.seen, "refused though the other client changed nothing of it since: "
                            + e.getMessage() + ", " + context);
                    // the refused step stays as it is and leaves the history: the steps before it on the same code or
                    // list are refused from now on, as after another client's change (an undo of a rename of a code
                    // whose deletion stays would otherwise bring nothing back)
                    leftAt.get(who).put(step.code, n);
                    if (step.listChange) {
                        leftAt.get(who).put("", n);
                    }
                }
                assertEquals(server, serverCodes(url), (undo ? "undo, " : "redo, ") + context);
                continue;
            }
            Code code = known.isEmpty() || kind == 0 ? AttuneFactory.eINSTANCE.createCode() : known.get(random.nextInt(known.size()));
            String before = code.getName();
            String name = "code " + n;
            Step step;
            try {
                if (kind == 0 || known.isEmpty()) {
                    code.setName(name);
                    store.apply(name, () -> store.project().getCodes().add(code));
                    step = new Step(code.getId(), true, m -> m.remove(code.getId()), m -> m.put(code.getId(), name));
                } else if (kind == 1 || kind >= 3) {
                    store.apply(name, () -> code.setName(name));
                    step = new Step(code.getId(), false, m -> m.put(code.getId(), before), m -> m.put(code.getId(), name));
                } else {
                    store.apply(name, () -> store.project().getCodes().remove(code));
                    step = new Step(code.getId(), true, m -> m.put(code.getId(), before), m -> m.remove(code.getId()));
                }
                Command command = stack.getUndoCommand();
                client.save(name);
                step.redo.accept(server);
                step.seen = lastDrain[who];
                steps.put(command, step);
                changedAt.get(who).put(step.code, n);
                if (step.listChange) {
                    changedAt.get(who).put("", n);
                }
            } catch (StaleDataException e) {
                // refused: the model stays as it was
            }
            assertEquals(server, serverCodes(url), context);
        }
        for (int i = 0; i < 2; i++) {
            await(i, clients.get(i), server);
        }
        assertServer(url, server);
        assertTrue(undone > 0, "some undos and redos went through (seed " + seed + ")");
        System.out.println("TeamUndoTest: " + undone + " undos/redos done, " + refusedUndos + " refused (seed " + seed + ")");
    }

    /** An action of the test's: the code it is about, whether it changed the codebook's list, its effect on the model. */
    private static final class Step {
        final String code;
        final boolean listChange;
        final java.util.function.Consumer<Map<String, String>> undo;
        final java.util.function.Consumer<Map<String, String>> redo;
        /** The last step at which the client had taken in the other's actions when this was written. */
        int seen;

        Step(String code, boolean listChange, java.util.function.Consumer<Map<String, String>> undo,
                java.util.function.Consumer<Map<String, String>> redo) {
            this.code = code;
            this.listChange = listChange;
            this.undo = undo;
            this.redo = redo;
        }
    }

    /** An undo or redo in the workbench's way: the stack's step, then saved (as the project session does after it). */
    private static void step(OpenedProject client, boolean undo) throws Exception {
        CommandStack stack = client.store().editingDomain().getCommandStack();
        String label = (undo ? stack.getUndoCommand() : stack.getRedoCommand()).getLabel();
        if (undo) {
            client.store().undo();
        } else {
            client.store().redo();
        }
        client.save((undo ? "Undo: " : "Redo: ") + label);
    }

    private static Code add(OpenedProject client, String name) throws Exception {
        Code code = AttuneFactory.eINSTANCE.createCode();
        code.setName(name);
        client.store().apply("add " + name, () -> client.store().project().getCodes().add(code));
        client.save("add " + name);
        return code;
    }

    private static void rename(OpenedProject client, Code code, String name) throws Exception {
        client.store().apply("rename " + code.getName(), () -> code.setName(name));
        client.save("rename");
    }

    private void await(int who, OpenedProject client, Map<String, String> expected) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!codes(client.store().project()).equals(expected) && System.nanoTime() < end) {
            drain(queues.get(who));
            Thread.sleep(20);
        }
        assertEquals(new TreeMap<>(expected), codes(client.store().project()), "client " + who);
    }

    /** Runs what came in, until nothing more comes within 50 ms (the other's notifications arrive within a few ms). */
    private static void drain(ConcurrentLinkedQueue<Runnable> queue) throws InterruptedException {
        boolean ran = true;
        while (ran) {
            ran = false;
            for (Runnable r = queue.poll(); r != null; r = queue.poll()) {
                r.run();
                ran = true;
            }
            Thread.sleep(50);
            ran |= !queue.isEmpty();
        }
    }

    private static Map<String, String> codes(Project project) {
        Map<String, String> found = new TreeMap<>();
        project.getCodes().forEach(c -> found.put(c.getId(), c.getName()));
        return found;
    }

    private static Map<String, String> serverCodes(String url) throws Exception {
        try (TeamProject fresh = TeamProject.open(url, Runnable::run)) {
            return fresh.read(() -> codes(fresh.project()));
        }
    }

    private static void assertServer(String url, Map<String, String> expected) throws Exception {
        assertEquals(new TreeMap<>(expected), serverCodes(url));
    }
}
