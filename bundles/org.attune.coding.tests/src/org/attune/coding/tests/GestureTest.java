package org.attune.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.attune.coding.Codebook;
import org.attune.coding.Coder;
import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.TextSource;
import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gesture on several items is one action: one undo takes all of it back, one redo does it again, and it is committed whole. */
class GestureTest {
    private static final OpenOptions OPEN = OpenOptions.of("gesture test").withBackups(false);
    private static final List<String> THREE = List.of("Supervision", "Calmer routines", "Time for editing");

    private static List<Code> codes(ProjectStore store, List<String> names) {
        Codebook codebook = new Codebook(store);
        return names.stream().map(n -> codebook.find(n).orElseThrow()).toList();
    }

    private static String undoLabel(ProjectStore store) {
        var undo = store.editingDomain().getCommandStack().getUndoCommand();
        return undo == null ? null : undo.getLabel();
    }

    @Test
    void settingTheLevelOfThreeCodesIsOneUndoStep(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = SampleProject.create(tmp.resolve("p"), OPEN)) {
            List<Code> three = codes(store, THREE);
            List<AnalyticLevel> before = three.stream().map(Code::getLevel).toList();
            List<Integer> histories = three.stream().map(c -> c.getHistory().size()).toList();
            String previous = undoLabel(store);
            new Codebook(store).setLevel(three, AnalyticLevel.SELECTIVE);
            assertTrue(three.stream().allMatch(c -> c.getLevel() == AnalyticLevel.SELECTIVE));
            assertEquals("Set level of 3 codes", undoLabel(store));

            store.undo();
            assertEquals(before, three.stream().map(Code::getLevel).toList(), "one undo gives all three their levels back");
            assertEquals(histories, three.stream().map(c -> c.getHistory().size()).toList(), "and takes the history entries back");
            assertEquals(previous, undoLabel(store), "the step before is next");
            store.redo();
            assertTrue(three.stream().allMatch(c -> c.getLevel() == AnalyticLevel.SELECTIVE), "one redo sets all three again");

            new Codebook(store).setLevel(three, AnalyticLevel.SELECTIVE);
            assertEquals("Set level of 3 codes", undoLabel(store));
            store.undo();
            assertTrue(three.stream().noneMatch(c -> c.getLevel() == AnalyticLevel.SELECTIVE),
                    "setting a level they all have already left no empty undo step");
            store.redo();
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("p"), OPEN)) {
            assertTrue(codes(store, THREE).stream().allMatch(c -> c.getLevel() == AnalyticLevel.SELECTIVE), "committed whole");
        }
    }

    @Test
    void draggingThreeCodesUnderAnotherIsOneUndoStep(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = SampleProject.create(tmp.resolve("p"), OPEN)) {
            List<Code> three = codes(store, THREE);
            Code target = new Codebook(store).find("Seeing strengths").orElseThrow();
            List<Code> parents = three.stream().map(Code::getParent).toList();
            List<Integer> places = three.stream().map(c -> c.getParent().getChildren().indexOf(c)).toList();
            new Codebook(store).move(three, target);
            assertTrue(three.stream().allMatch(c -> c.getParent() == target));

            store.undo();
            for (int i = 0; i < three.size(); i++) {
                assertSame(parents.get(i), three.get(i).getParent(), three.get(i).getName() + " back under its parent");
                assertEquals(places.get(i), parents.get(i).getChildren().indexOf(three.get(i)), three.get(i).getName() + " back in its place");
            }
            store.redo();
            assertTrue(three.stream().allMatch(c -> c.getParent() == target), "one redo moves all three again");
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("p"), OPEN)) {
            assertTrue(codes(store, THREE).stream().allMatch(c -> c.getParent().getName().equals("Seeing strengths")), "committed whole");
        }
    }

    @Test
    void quickCodingWithANewNameMakesTheCodeAndTheCodingInOneUndoStep(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = SampleProject.create(tmp.resolve("p"), OPEN)) {
            TextSource dawn = (TextSource) store.project().getSources().stream()
                    .filter(s -> s.getName().equals("C01 Carer Dawn")).findFirst().orElseThrow();
            store.load(dawn);
            long codes = store.summary().codes();
            int codings = dawn.getCodings().size();
            Coding coding = new Coder(store).codeWithName(dawn, 0, 12, "Opening words");
            assertEquals("Opening words", coding.getCode().getName());
            assertEquals(codes + 1, store.summary().codes());
            assertEquals(codings + 1, dawn.getCodings().size());

            store.undo();
            assertEquals(codes, store.summary().codes(), "one undo takes the new code back");
            assertEquals(codings, dawn.getCodings().size(), "and its coding");
            assertTrue(new Codebook(store).find("Opening words").isEmpty());
            store.redo();
            assertEquals("Opening words", dawn.getCodings().stream().filter(c -> c.getCode().getName().equals("Opening words"))
                    .findFirst().orElseThrow().getCode().getName(), "one redo makes both again");

            Coding again = new Coder(store).codeWithName(dawn, 20, 30, "opening WORDS");
            assertSame(new Codebook(store).find("Opening words").orElseThrow(), again.getCode(), "an existing name is used, not made twice");
            assertEquals(codes + 1, store.summary().codes());
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("p"), OPEN)) {
            assertTrue(new Codebook(store).find("Opening words").isPresent(), "committed");
        }
    }

    @Test
    void aGestureWhoseLastActionFailsLeavesNothingAndNoUndoStep(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = SampleProject.create(tmp.resolve("p"), OPEN)) {
            String previous = undoLabel(store);
            long codes = store.summary().codes();
            IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> store.applyAsOne("Two codes", () -> {
                new Codebook(store).create("First of two", null, AnalyticLevel.OPEN);
                new Codebook(store).create("bad/name", null, AnalyticLevel.OPEN);
            }));
            assertTrue(failure.getMessage().contains("/"), failure.getMessage());
            assertTrue(new Codebook(store).find("First of two").isEmpty(), "the action done before the failure is taken back");
            assertEquals(codes, store.summary().codes());
            assertEquals(previous, undoLabel(store), "no undo step for a failed gesture");
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("p"), OPEN)) {
            assertNull(new Codebook(store).find("First of two").orElse(null), "nothing of it was written");
        }
    }
}
