package org.attune.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.Project;
import org.attune.store.OpenOptions;
import org.attune.store.pg.OpenedProject;
import org.attune.store.pg.ProjectStores;
import org.attune.store.pg.StaleDataException;
import org.attune.store.pg.TeamProject;
import org.attune.testsupport.PgCluster;
import org.junit.jupiter.api.Test;

/**
 * Two working copies of one team project opened through {@code ProjectStores} (as two CLI commands at once): what one
 * saves is never undone by the other's save, and a change of what the other changed since it read is refused.
 */
class TeamCopyTest {
    private static final OpenOptions OPTIONS = OpenOptions.of("team copy test");

    @Test
    void aSaveNeverUndoesAnothersChangeAndAConflictIsRefused() throws Exception {
        PgCluster cluster = PgCluster.shared();
        String url = cluster.urlWithCredentials(cluster.newDatabase("copies"));
        TeamProject.create(url, "Copies");
        try (OpenedProject first = ProjectStores.open(url, OPTIONS, true)) {
            for (String name : List.of("Warmth", "Attunement")) {
                Code code = AttuneFactory.eINSTANCE.createCode();
                code.setName(name);
                first.store().apply("add " + name, () -> first.store().project().getCodes().add(code));
            }
            first.save("two codes");
        }
        try (OpenedProject a = ProjectStores.open(url, OPTIONS, true); OpenedProject b = ProjectStores.open(url, OPTIONS, true)) {
            rename(a, "Warmth", "Warmth (a)");
            a.save("rename by a");
            rename(b, "Attunement", "Attunement (b)"); // b still shows "Warmth": its save must not write that back
            b.save("rename by b");
            rename(b, "Warmth", "Warmth (b)"); // a changed it after b read it: refused
            StaleDataException refused = assertThrows(StaleDataException.class, () -> b.save("rename by b again"));
            assertTrue(refused.getMessage().contains("was not done"), refused.getMessage());
            assertEquals(Map.of("Attunement (b)", 1, "Warmth (a)", 1), names(b.store().project()), "b's copy shows a's change now");
        }
        try (OpenedProject fresh = ProjectStores.open(url, OPTIONS, false)) {
            assertEquals(Map.of("Attunement (b)", 1, "Warmth (a)", 1), names(fresh.store().project()));
        }
    }

    private static void rename(OpenedProject opened, String from, String to) {
        Code code = opened.store().project().getCodes().stream().filter(c -> c.getName().equals(from)).findFirst().orElseThrow();
        opened.store().apply("rename", () -> code.setName(to));
    }

    private static Map<String, Integer> names(Project project) {
        Map<String, Integer> names = new TreeMap<>();
        project.getCodes().forEach(c -> names.merge(c.getName(), 1, Integer::sum));
        return names;
    }
}
