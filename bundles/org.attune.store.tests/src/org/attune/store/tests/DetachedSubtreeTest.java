package org.attune.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.mapping.ModelMapping;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store's guard for one action that removes containers and children of theirs in any order (#20): a child taken
 * out of a container the action removed before it lies in no removed subtree, and its record must still go. Random
 * actions remove sources, their codings, codes and their subcodes in random order within one action; after each the
 * project is reopened, and the store's records, counted raw per type, equal the elements the in-memory project holds,
 * none of them attached to a container that is gone.
 */
class DetachedSubtreeTest {
    private static final OpenOptions OPEN = OpenOptions.of("detached test").withBackups(false);
    private static final int ROUNDS = 8;

    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 3, 4 })
    void removingContainersAndTheirChildrenInAnyOrderLeavesNoRecordBehind(long seed, @org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Random random = new Random(seed);
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Detached", OPEN)) {
            Code used = StoreFixtures.addCode(store, "Used", AnalyticLevel.OPEN);
            grow(store, random, used);
        }
        Map<String, Integer> expected = StoreAccessTestSupport.entityCounts(folder);
        for (int round = 0; round < ROUNDS; round++) {
            try (ProjectStore store = ProjectStore.open(folder, OPEN)) {
                assertEquals(expected, counts(store), "seed " + seed + ", round " + round
                        + ": the reopened project as the store keeps it");
                if (round % 3 == 0) {
                    grow(store, random, store.project().getCodes().get(0));
                }
                store.project().getSources().stream().filter(s -> random.nextInt(4) > 0).forEach(store::load); // some unread
                List<EObject> going = victims(store.project(), random);
                store.apply("Remove " + going.size(), () -> going.forEach(EcoreUtil::remove));
                expected = counts(store);
            }
            assertEquals(expected, StoreAccessTestSupport.entityCounts(folder), "seed " + seed + ", round " + round
                    + ": the store's records, per type");
            assertEquals(List.of(), StoreAccessTestSupport.orphans(folder), "seed " + seed + ", round " + round);
        }
    }

    /** Adds sources with codings on the code kept, and codes with subcodes and subsubcodes. */
    private static void grow(ProjectStore store, Random random, Code used) {
        for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
            TextSource source = StoreFixtures.addTranscript(store, "S" + random.nextInt(1000), "Some words to code in this text.");
            for (int c = 0, m = 1 + random.nextInt(4); c < m; c++) {
                int start = random.nextInt(20);
                StoreFixtures.addCoding(store, source, used, start, start + 1 + random.nextInt(10));
            }
        }
        for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
            Code parent = StoreFixtures.F.createCode();
            parent.setName("P" + k);
            for (int c = 0, m = 1 + random.nextInt(3); c < m; c++) {
                Code child = StoreFixtures.F.createCode();
                child.setName("C" + c);
                if (random.nextBoolean()) {
                    Code grandchild = StoreFixtures.F.createCode();
                    grandchild.setName("G");
                    child.getChildren().add(grandchild);
                }
                parent.getChildren().add(child);
            }
            store.apply("New code", () -> store.project().getCodes().add(parent));
        }
    }

    /**
     * Some containers and some of their children (and children of containers that stay), shuffled: the order one action
     * removes them in. The codings of a source not read yet go with it unseen.
     */
    private static List<EObject> victims(Project project, Random random) {
        List<EObject> going = new ArrayList<>();
        for (Source source : project.getSources()) {
            boolean container = random.nextInt(3) == 0;
            if (container) {
                going.add(source);
            }
            source.getCodings().stream().filter(c -> random.nextInt(container ? 2 : 5) == 0).forEach(going::add);
        }
        for (Code code : project.getCodes().subList(1, project.getCodes().size())) {
            boolean container = random.nextInt(3) == 0;
            if (container) {
                going.add(code);
            }
            code.eAllContents().forEachRemaining(c -> {
                if (c instanceof Code child && random.nextInt(container ? 2 : 5) == 0) {
                    going.add(child);
                }
            });
        }
        Collections.shuffle(going, random);
        return going;
    }

    /** How many elements of each type the project holds (with the project), as the store keeps one record each. */
    static Map<String, Integer> counts(ProjectStore store) {
        store.project().getSources().forEach(store::load);
        Map<String, Integer> counts = new TreeMap<>();
        for (EObject e : ModelMapping.entitiesIn(store.project())) {
            counts.merge(e.eClass().getName(), 1, Integer::sum);
        }
        assertTrue(counts.containsKey("Project"));
        return counts;
    }
}
