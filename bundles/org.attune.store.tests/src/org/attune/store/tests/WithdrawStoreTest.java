package org.attune.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.io.FileUtils;
import org.apache.commons.io.file.PathUtils;
import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.store.AuditEntry;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's part of a participant's withdrawal (#20): one action that cannot be undone, an audit entry without
 * elements, the earlier entries without their names, and a store rewritten at closing with nothing of theirs left in
 * its files; a rewrite cut off at any point is settled at the next opening.
 */
class WithdrawStoreTest {
    private static final OpenOptions OPEN = OpenOptions.of("withdraw test").withBackups(false);

    @Test
    void theWithdrawalIsLoggedWithoutNamesAndTheRewrittenStoreHoldsNoneOfThem(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Withdraw", OPEN)) {
            Case leaving = AttuneFactory.eINSTANCE.createCase();
            leaving.setName("Zebedee Quarrington");
            Case staying = AttuneFactory.eINSTANCE.createCase();
            staying.setName("Staying Person");
            store.apply("New case 'Zebedee Quarrington'", () -> store.project().getCases().add(leaving));
            store.apply("New case 'Staying Person'", () -> store.project().getCases().add(staying));
            store.apply("Set role of 'Zebedee Quarrington'", () -> leaving.setRole("carer"));
            Code code = AttuneFactory.eINSTANCE.createCode();
            code.setName("Waiting");
            store.apply("New code 'Waiting'", () -> store.project().getCodes().add(code));
        }
        ProjectStore.open(folder, OPEN).close();
        assertFalse(org.attune.testsupport.FileScan.holding(folder, "Zebedee").isEmpty(), "the scan finds the name before");

        try (ProjectStore store = ProjectStore.open(folder, OPEN)) {
            Case leaving = store.project().getCases().get(0);
            store.withdraw("Participant removed", List.of("Zebedee Quarrington"), () -> store.apply("remove",
                    () -> EcoreUtil.delete(leaving, true)));
            assertFalse(store.editingDomain().getCommandStack().canUndo(), "the removal cannot be undone");
            assertTrue(store.compactsOnClose());
            List<AuditEntry> audit = store.audit();
            assertEquals("Participant removed", audit.get(0).summary());
            assertEquals(List.of(), audit.get(0).elements());
            assertEquals(List.of("New code 'Waiting'", "Set role of '[withdrawn]'", "New case 'Staying Person'",
                    "New case '[withdrawn]'"), audit.subList(1, 5).stream().map(AuditEntry::summary).toList());
            assertEquals("[withdrawn]", audit.get(4).elements().get(0).name(), "the element's name in the first entry");
            assertEquals("Staying Person", audit.get(3).elements().get(0).name(), "the others are untouched");
        }
        assertEquals(List.of(), org.attune.testsupport.FileScan.holding(folder, "Zebedee"), "no file holds the name after closing");
        assertEquals(Set.of(), leftovers(folder));
        try (ProjectStore store = ProjectStore.open(folder, OPEN)) {
            store.awaitStoreCheck();
            assertEquals(List.of("Staying Person"), store.project().getCases().stream().map(Case::getName).toList());
            assertEquals(List.of("Waiting"), store.project().getCodes().stream().map(Code::getName).toList());
            assertEquals(5, store.audit().size());
        }
    }

    @Test
    void aRewriteCutOffIsSettledAtTheNextOpening(@TempDir Path tmp) throws Exception {
        Path old = project(tmp.resolve("old"), "Old");
        Path rewritten = project(tmp.resolve("new"), "New");

        copy(rewritten.resolve("store"), old.resolve("store.compacting")); // killed while copying: the copy goes
        assertEquals(List.of("Old"), codes(old));
        assertEquals(Set.of(), leftovers(old));

        copy(rewritten.resolve("store"), old.resolve("store.compacted")); // killed after the copy was complete
        copy(old.resolve("store"), old.resolve("store.withdrawn"));
        assertEquals(List.of("New"), codes(old), "the complete copy takes the old store's place");
        assertEquals(Set.of(), leftovers(old));

        Path other = project(tmp.resolve("other"), "Other");
        copy(other.resolve("store"), old.resolve("store.compacted")); // killed between the two renames
        delete(old.resolve("store"));
        assertEquals(List.of("Other"), codes(old));
        assertEquals(Set.of(), leftovers(old));
    }

    private static Path project(Path folder, String code) throws Exception {
        try (ProjectStore store = ProjectStore.create(folder, code, OPEN)) {
            Code c = AttuneFactory.eINSTANCE.createCode();
            c.setName(code);
            store.apply("New code", () -> store.project().getCodes().add(c));
        }
        return folder;
    }

    private static List<String> codes(Path folder) throws Exception {
        try (ProjectStore store = ProjectStore.open(folder, OPEN)) {
            return store.project().getCodes().stream().map(Code::getName).toList();
        }
    }

    private static Set<String> leftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return Set.copyOf(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("store.")).toList());
        }
    }

    /** A copy of a closed store as a process killed on the way would leave it (without Xodus's lock file). */
    private static void copy(Path from, Path to) throws IOException {
        FileUtils.copyDirectory(from.toFile(), to.toFile(), f -> !f.getName().equals("xd.lck"));
    }

    private static void delete(Path dir) throws IOException {
        PathUtils.deleteDirectory(dir);
    }
}
