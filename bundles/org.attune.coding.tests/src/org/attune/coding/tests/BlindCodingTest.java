package org.attune.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.attune.coding.BlindCoding;
import org.attune.coding.CodedSegments;
import org.attune.coding.Coder;
import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.testsupport.RandomSequences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blind rule for coded text on real stores: random sequences of codings by 2–3 coders, done marks, blind on and
 * off and undos; after every step what each coder (and a lead who codes nothing, and nobody) sees through
 * {@link CodedSegments} equals a simple model of the rule, and again after reopening the project.
 */
class BlindCodingTest {
    private static final OpenOptions OPEN = OpenOptions.of("blind test").withBackups(false);
    private static final int SEQUENCES = Integer.getInteger("attune.blind.sequences", 12);
    private static final int ACTIONS = Integer.getInteger("attune.blind.actions", 30);

    /** The model: blind or not, and which coder marked which source done. */
    record State(boolean blind, Set<String> done) {
        State with(boolean b) {
            return new State(b, done);
        }

        State marked(String source, String coder, boolean mark) {
            Set<String> d = new HashSet<>(done);
            if (mark) {
                d.add(source + "|" + coder);
            } else {
                d.remove(source + "|" + coder);
            }
            return new State(blind, Set.copyOf(d));
        }

        /** The rule, stated as simply as possible. */
        boolean sees(String viewer, String coder, String source) {
            return !blind || viewer != null && (viewer.equals(coder) || done.contains(source + "|" + viewer));
        }
    }

    @Test
    void whatEachCoderSeesFollowsTheRuleThroughRandomSequencesUndoAndReopening(@TempDir Path tmp) throws Exception {
        RandomSequences.run("attune.blind.seed", SEQUENCES, (s, random, done) -> sequence(tmp.resolve("p" + s), random, done));
    }

    private static void sequence(Path folder, Random random, List<String> done) throws Exception {
        List<String> coders = List.of("Ana", "Ben", "Cy").subList(0, 2 + random.nextInt(2));
        List<State> history = new ArrayList<>(List.of(new State(false, Set.of())));
        try (ProjectStore store = ProjectStore.create(folder, "Blind", OPEN)) {
            AttuneFactory f = AttuneFactory.eINSTANCE;
            List<Code> codes = new ArrayList<>();
            for (String name : List.of("Waiting", "Praise")) {
                Code code = f.createCode();
                code.setName(name);
                codes.add(code);
            }
            List<TextSource> sources = new ArrayList<>();
            for (String name : List.of("Interview 1", "Interview 2", "Interview 3")) {
                TextSource text = f.createTextSource();
                text.setName(name);
                text.setLength(1000);
                sources.add(text);
            }
            store.apply("build", () -> {
                store.project().getCodes().addAll(codes);
                for (TextSource text : sources) {
                    store.stageText(text, "x".repeat(1000));
                    store.project().getSources().add(text);
                }
            });
            for (String name : coders) {
                store.setCurrentUser(name);
            }
            store.setCurrentUser("Lead");
            int applied = 0; // actions of this sequence on the undo stack
            int next = 0;
            Coder coder = new Coder(store);
            for (int i = 0; i < ACTIONS; i++) {
                State now = history.get(history.size() - 1);
                int pick = random.nextInt(10);
                TextSource source = sources.get(random.nextInt(sources.size()));
                String who = coders.get(random.nextInt(coders.size()));
                if (pick < 5) {
                    store.setCurrentUser(who);
                    int start = next++ * 7 % 990;
                    coder.code(source, start, start + 1 + random.nextInt(9), codes.get(random.nextInt(codes.size())));
                    done.add(who + " codes " + source.getName() + " at " + start);
                    history.add(now);
                    applied++;
                } else if (pick < 8) {
                    String marker = random.nextInt(6) == 0 ? "Lead" : who;
                    boolean mark = random.nextInt(4) != 0;
                    BlindCoding.markDone(store, source, user(store, marker), mark);
                    done.add(marker + (mark ? " marks " : " unmarks ") + source.getName() + " done");
                    State after = now.marked(source.getName(), marker, mark);
                    if (!after.equals(now)) {
                        history.add(after);
                        applied++;
                    }
                } else if (pick < 9) {
                    boolean blind = random.nextInt(3) != 0;
                    BlindCoding.setBlind(store, blind);
                    done.add("blind " + blind);
                    if (blind != now.blind()) {
                        history.add(now.with(blind));
                        applied++;
                    }
                } else if (applied > 0) {
                    store.undo();
                    done.add("undo");
                    history.remove(history.size() - 1);
                    applied--;
                }
                check(store, codes, coders, history.get(history.size() - 1));
            }
        }
        try (ProjectStore store = ProjectStore.open(folder, OPEN)) {
            done.add("reopened");
            check(store, new ArrayList<>(store.project().getCodes()), coders, history.get(history.size() - 1));
        }
    }

    private static User user(ProjectStore store, String name) {
        return store.project().getUsers().stream().filter(u -> u.getName().equals(name)).findFirst().orElseThrow();
    }

    /** Every viewer sees through the core exactly the codings the model allows; comparing follows the same marks. */
    private static void check(ProjectStore store, List<Code> codes, List<String> coders, State model) {
        assertEquals(model.blind(), BlindCoding.isBlind(store.project()), "blind setting");
        List<String> viewers = new ArrayList<>(coders);
        viewers.add("Lead");
        viewers.add(null);
        for (String viewer : viewers) {
            User user = viewer == null ? null : user(store, viewer);
            Set<String> expected = new TreeSet<>();
            for (Source source : store.project().getSources()) {
                store.load(source);
                for (Coding c : source.getCodings()) {
                    if (model.sees(viewer, c.getCreatedBy().getName(), source.getName())) {
                        expected.add(c.getId());
                    }
                }
                assertEquals(expected.stream().filter(id -> source.getCodings().stream().anyMatch(c -> c.getId().equals(id))).count(),
                        BlindCoding.visible(source, user).size(), viewer + " in " + source.getName());
            }
            Set<String> seen = new TreeSet<>();
            CodedSegments.of(store, codes, false, CodedSegments.Filter.NONE, user).forEach(s -> seen.add(s.coding().getId()));
            assertEquals(expected, seen, "what " + viewer + " sees");
        }
        for (Source source : store.project().getSources()) {
            for (String viewer : viewers.subList(0, viewers.size() - 1)) {
                boolean compare = BlindCoding.canCompare(source, user(store, coders.get(0)), user(store, coders.get(1)),
                        user(store, viewer));
                boolean expected = !model.blind() || model.done().contains(source.getName() + "|" + coders.get(0))
                        && model.done().contains(source.getName() + "|" + coders.get(1))
                        && (viewer.equals(coders.get(0)) || viewer.equals(coders.get(1))
                                || model.done().contains(source.getName() + "|" + viewer));
                assertEquals(expected, compare, viewer + " compares " + coders.subList(0, 2) + " on " + source.getName());
            }
        }
    }

    @Test
    void aCoderAlwaysSeesTheirOwnAndOthersOnlyAfterMarkingDone(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Blind", OPEN)) {
            AttuneFactory f = AttuneFactory.eINSTANCE;
            Code code = f.createCode();
            code.setName("Waiting");
            TextSource text = f.createTextSource();
            text.setName("Interview");
            text.setLength(100);
            store.apply("build", () -> {
                store.project().getCodes().add(code);
                store.stageText(text, "y".repeat(100));
                store.project().getSources().add(text);
            });
            Coder coder = new Coder(store);
            store.setCurrentUser("Ana");
            coder.code(text, 0, 10, code);
            store.setCurrentUser("Ben");
            coder.code(text, 5, 20, code);
            User ana = user(store, "Ana");
            User ben = user(store, "Ben");
            assertEquals(2, BlindCoding.visible(text, ana).size(), "not blind: everything");
            BlindCoding.setBlind(store, true);
            assertEquals(List.of(ana), BlindCoding.visible(text, ana).stream().map(Coding::getCreatedBy).toList());
            assertFalse(BlindCoding.canCompare(text, ana, ben, ana));
            BlindCoding.markDone(store, text, ana, true);
            assertTrue(BlindCoding.isDone(text, ana));
            assertEquals(2, BlindCoding.visible(text, ana).size());
            assertEquals(List.of(ben), BlindCoding.visible(text, ben).stream().map(Coding::getCreatedBy).toList(), "Ben is not done");
            store.undo();
            assertFalse(BlindCoding.isDone(text, ana), "marking done is undone");
            assertEquals(1, BlindCoding.visible(text, ana).size());
            store.redo();
            BlindCoding.markDone(store, text, ben, true);
            assertTrue(BlindCoding.canCompare(text, ana, ben, ben));
        }
    }
}
