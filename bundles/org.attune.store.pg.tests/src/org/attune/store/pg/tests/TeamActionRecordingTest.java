package org.attune.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Memo;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.SourceFolder;
import org.attune.model.TextSource;
import org.attune.model.text.Marks;
import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.mapping.ModelMapping;
import org.attune.store.pg.StaleDataException;
import org.attune.store.pg.TeamProject;
import org.attune.testsupport.PgCluster;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random actions on a team project (the sample study published), checked against the simplest model of what they
 * should leave: an action that fails part-way (its change throws, or the server refuses it as stale) leaves the model
 * exactly as before it — containment moves, both ends of two-way references and list orders included — and after
 * actions that were done, a client opened afresh reads from the server exactly the model this client holds.
 */
class TeamActionRecordingTest {
    private static final AttuneFactory F = AttuneFactory.eINSTANCE;

    @Test
    void failedActionsLeaveTheModelAsBeforeAndDoneOnesReachTheServerAsHeld(@TempDir Path dir) throws Exception {
        PgCluster cluster = PgCluster.shared();
        String url = cluster.urlWithCredentials(cluster.newDatabase("recording"));
        try (ProjectStore store = SampleProject.create(dir.resolve("sample"), OpenOptions.of("test"))) {
            TeamProject.publish(store, url);
        }
        long seed = Long.getLong("attune.sequences.seed", System.nanoTime()); // -Dattune.sequences.seed=N repeats a run's choices
        Random random = new Random(seed);
        List<String> history = new ArrayList<>();
        int thrown = 0;
        int refused = 0;
        int done = 0;
        try (TeamProject team = TeamProject.open(url, Runnable::run); TeamProject other = TeamProject.open(url, Runnable::run)) {
            for (Source source : team.read(() -> List.copyOf(team.project().getSources()))) {
                team.load(source);
            }
            for (int round = 0; round < 150; round++) {
                String context = "seed " + seed + ", round " + round;
                Project project = team.project();
                int first = round * 10;
                // others' changes come in on the listening thread, under the model's lock: read and check under it too
                List<Runnable> steps = team.read(() -> {
                    List<Runnable> made = new ArrayList<>();
                    int count = 1 + random.nextInt(5);
                    for (int i = 0; i < count; i++) {
                        made.add(randomStep(project, random, first + i));
                    }
                    return made;
                });
                int kind = random.nextInt(10);
                history.add(round + ":" + (kind < 4 ? "fails" : kind < 6 ? "stale" : "done") + steps);
                if (kind < 4) { // the change itself fails after its steps: nothing of it may stay
                    boolean asBefore = team.read(() -> {
                        Project before = EcoreUtil.copy(project);
                        assertThrows(IllegalStateException.class, () -> team.apply("fails", () -> {
                            steps.forEach(Runnable::run);
                            throw new IllegalStateException("the action's own failure");
                        }), context);
                        return new EcoreUtil.EqualityHelper().equals(before, project);
                    });
                    assertTrue(asBefore, context + ": the model is as before the failed action");
                    thrown++;
                } else if (kind < 6 && team.read(() -> !project.getCodes().isEmpty())) { // another client changed a code this action changes
                    Code code = team.read(() -> project.getCodes().get(random.nextInt(project.getCodes().size())));
                    renameAsTheOther(other, team.read(code::getId), context);
                    steps.add(() -> code.setName("Mine " + UUID.randomUUID()));
                    try {
                        team.apply("on stale data", () -> steps.forEach(Runnable::run));
                    } catch (StaleDataException expected) {
                        refused++;
                    }
                    assertSameAsServer(team, url, context + " (after a refusal)");
                } else {
                    try {
                        team.apply("random steps", () -> steps.forEach(Runnable::run));
                    } catch (StaleDataException e) {
                        throw new AssertionError(context + ": refused though no one else changed anything: " + e.getMessage() + "; steps "
                                + steps + "; history " + history, e);
                    }
                    done++;
                    if (done % 10 == 0) {
                        assertSameAsServer(team, url, context);
                    }
                }
            }
            assertSameAsServer(team, url, "seed " + seed + ", at the end");
        }
        assertTrue(thrown > 20 && refused > 10 && done > 20, "each kind of action was tried: " + thrown + " failed, " + refused
                + " refused, " + done + " done (seed " + seed + ")");
    }

    /**
     * The other client renames the code of this id: once its model holds it (this client's action that added it may
     * still be on its way), and again when refused because this client's latest change of it had not reached it yet.
     */
    private static void renameAsTheOther(TeamProject other, String id, String context) throws Exception {
        long end = System.nanoTime() + 5_000_000_000L;
        for (int attempt = 1;; attempt++) {
            Code theirs = other.read(() -> other.project().getCodes().stream().filter(c -> id.equals(c.getId())).findFirst().orElse(null));
            if (theirs == null) {
                assertTrue(System.nanoTime() < end, context + ": the other client never saw code " + id);
                Thread.sleep(20);
                continue;
            }
            try {
                other.apply("rename by the other", () -> theirs.setName("Other's " + UUID.randomUUID()));
                return;
            } catch (StaleDataException refused) {
                assertTrue(attempt < 5, context + ": the other client's rename was refused " + attempt + " times: " + refused.getMessage());
            }
        }
    }

    /** A client opened afresh (every source's codings read) holds what {@code team} holds. */
    private static void assertSameAsServer(TeamProject team, String url, String context) throws Exception {
        try (TeamProject fresh = TeamProject.open(url, Runnable::run)) {
            for (Source source : fresh.read(() -> List.copyOf(fresh.project().getSources()))) {
                fresh.load(source);
            }
            String held = team.read(() -> describe(team.project()));
            String read = fresh.read(() -> describe(fresh.project()));
            assertEquals(held, read, context + ": the server holds what this client shows");
        }
    }

    /** The model as text: every object's class, id, attributes and references (by id), in containment order. */
    private static String describe(Project project) {
        StringBuilder text = new StringBuilder();
        for (var i = project.eAllContents(); i.hasNext();) {
            EObject object = i.next();
            text.append(object.eClass().getName()).append(' ').append(id(object));
            for (var feature : object.eClass().getEAllStructuralFeatures()) {
                if (feature.isTransient() || feature.isDerived()) {
                    continue;
                }
                Object value = object.eGet(feature, false);
                text.append(' ').append(feature.getName()).append('=');
                if (value instanceof List<?> list) {
                    // a two-way reference keeps its order on one end only (the stored one): the other's is as read
                    text.append(list.stream().map(TeamActionRecordingTest::shown)
                            .sorted(ModelMapping.isStored(feature) ? (x, y) -> 0 : java.util.Comparator.naturalOrder()).toList());
                } else {
                    text.append(shown(value));
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String shown(Object value) {
        return value instanceof EObject object ? id(object) : String.valueOf(value instanceof java.util.Date d ? d.getTime() : value);
    }

    private static String id(EObject object) {
        var id = object.eClass().getEStructuralFeature("id");
        return id == null ? object.eClass().getName() + "@" + (object.eContainer() == null ? "" : object.eContainingFeature().getName())
                : String.valueOf(object.eGet(id));
    }

    /** One random change of the model: what a researcher's actions do, two-way references and moves among them. */
    private record Named(String name, Runnable step) implements Runnable {
        @Override
        public void run() {
            step.run();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Runnable randomStep(Project project, Random random, int n) {
        int kind = random.nextInt(12);
        return new Named("step " + kind, stepOfKind(kind, project, random, n));
    }

    private static Runnable stepOfKind(int kind, Project project, Random random, int n) {
        List<Code> codes = allCodes(project);
        List<Source> sources = project.getSources();
        switch (kind) {
            case 0 -> {
                Code code = F.createCode();
                code.setId(UUID.randomUUID().toString());
                code.setName("code " + n);
                return () -> project.getCodes().add(random.nextInt(project.getCodes().size() + 1), code);
            }
            case 1 -> {
                Code code = pick(codes, random);
                return () -> code.setName("renamed " + n);
            }
            case 2 -> { // a code moved under another (not under itself or its own children)
                Code code = pick(codes, random);
                Code parent = pick(codes, random);
                return () -> {
                    // both still in the project: under a code an earlier step deleted, the code would leave the project
                    // while its codings still name it, which no researcher's action does (deleting a code deletes its codings)
                    if (code != null && parent != null && code != parent && !EcoreUtil.isAncestor(code, parent)
                            && EcoreUtil.isAncestor(project, code) && EcoreUtil.isAncestor(project, parent)) {
                        parent.getChildren().add(code);
                    }
                };
            }
            case 3 -> {
                Code code = pick(codes, random);
                return () -> {
                    if (code != null && code.getParent() != null) {
                        project.getCodes().add(0, code); // back to the top level
                    }
                };
            }
            case 4 -> {
                TextSource source = (TextSource) sources.stream().filter(TextSource.class::isInstance).toList()
                        .get(random.nextInt((int) sources.stream().filter(TextSource.class::isInstance).count()));
                return () -> {
                    Code code = pick(allCodes(project), random); // one still in the project: an earlier step may have deleted one
                    if (code != null) {
                        Coding coding = Marks.coding(code, Marks.text(n % 50, n % 50 + 7));
                        coding.setId(UUID.randomUUID().toString());
                        source.getCodings().add(coding);
                    }
                };
            }
            case 5 -> {
                Source source = pick(sources, random);
                return () -> {
                    if (!source.getCodings().isEmpty()) { // as the workbench deletes: references to it go too
                        EcoreUtil.delete(source.getCodings().get(source.getCodings().size() - 1), true);
                    }
                };
            }
            case 6 -> {
                return () -> {
                    if (project.getCodes().size() > 1) {
                        project.getCodes().move(0, project.getCodes().size() - 1);
                    }
                };
            }
            case 7 -> { // two-way, one to many: a source into a folder (a new one now and then)
                Source source = pick(sources, random);
                return () -> {
                    if (project.getSourceFolders().isEmpty() || n % 3 == 0) {
                        SourceFolder folder = F.createSourceFolder();
                        folder.setId(UUID.randomUUID().toString());
                        folder.setName("folder " + n);
                        project.getSourceFolders().add(folder);
                    }
                    source.setFolder(project.getSourceFolders().get(n % project.getSourceFolders().size()));
                };
            }
            case 8 -> { // two-way, many to many: a source and a case
                Source source = pick(sources, random);
                Case theCase = pick(project.getCases(), random);
                return () -> {
                    if (theCase != null && !theCase.getSources().contains(source)) {
                        theCase.getSources().add(source);
                    }
                };
            }
            case 9 -> {
                Source source = pick(sources, random);
                return () -> source.getCases().clear();
            }
            case 10 -> {
                Memo memo = F.createMemo();
                memo.setId(UUID.randomUUID().toString());
                memo.setTitle("memo " + n);
                return () -> project.getMemos().add(memo);
            }
            default -> {
                Code code = pick(codes, random);
                return () -> {
                    if (code != null && code.getChildren().isEmpty() && code.eContainer() != null) {
                        // a code's codings go with it, as the workbench deletes a code
                        project.getSources().forEach(s -> List.copyOf(s.getCodings()).stream().filter(c -> c.getCode() == code)
                                .forEach(c -> EcoreUtil.delete(c, true)));
                        EcoreUtil.delete(code, true);
                    }
                };
            }
        }
    }

    private static List<Code> allCodes(Project project) {
        List<Code> codes = new ArrayList<>();
        project.eAllContents().forEachRemaining(o -> {
            if (o instanceof Code code) {
                codes.add(code);
            }
        });
        return codes;
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
    }
}
