package org.attune.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Element;
import org.attune.model.Memo;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.model.text.Marks;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.ProjectSummary;
import org.attune.store.mapping.ModelMapping;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A store filled with {@link ProjectStore#fillUnstored} (a team project's working copy, #21) acts as one whose filling
 * was written whole: the same random actions (codings added, recoded and deleted, sources added, deleted and moved,
 * codes renamed, moved and deleted with their codings, memos about codings, transcripts lengthened, undo and redo) run
 * on both, and after each the two hold the same elements with the same values, and the same counts. At the end the
 * store filled unstored is reopened: every element it wrote is as in memory (values, links, texts, order), so that what
 * an action changed of an element kept in memory only was written with it.
 */
class UnstoredFillTest {
    private static final OpenOptions OPEN = OpenOptions.of("unstored test").withBackups(false);
    private static final int STEPS = 80;
    /** The kinds of action of {@link #act}, deletions of sources (3) and codes (10) rarer, so that much is left to check. */
    private static final int[] KINDS = {0, 0, 1, 1, 1, 2, 3, 4, 5, 5, 6, 6, 7, 8, 9, 10, 11, 11};

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>(List.of(1L, 2L, 3L, 4L));
        seeds.add(Long.getLong("attune.sequences.seed", new Random().nextLong()));
        return seeds;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aStoreFilledUnstoredActsAsOneFilledWhole(long seed, @TempDir Path tmp) throws Exception {
        Random random = new Random(seed);
        Template template = template(random);
        Map<String, String> finalTexts = new HashMap<>();
        java.util.Set<String> touched = new java.util.HashSet<>(); // elements the actions changed or linked to
        List<String> finalState;
        try (ProjectStore whole = ProjectStore.create(tmp.resolve("whole"), "Fill", OPEN);
                ProjectStore unstored = ProjectStore.create(tmp.resolve("unstored"), "Fill", OPEN)) {
            whole.keepDerived("fill", () -> template.copyInto(whole));
            unstored.fillUnstored(() -> template.copyInto(unstored));
            assertSame(seed, "after filling", whole, unstored);
            assertEquals(modelCounts(whole), storedCounts(unstored), "seed " + seed + ": counts of the store filled unstored");
            for (int step = 0; step < STEPS; step++) {
                int kind = KINDS[random.nextInt(KINDS.length)];
                long pick = random.nextLong();
                String done = act(whole, kind, pick, step, new java.util.HashSet<>());
                act(unstored, kind, pick, step, touched);
                assertSame(seed, "step " + step + " (" + done + ")", whole, unstored);
            }
            finalState = describe(unstored);
            for (Source source : unstored.project().getSources()) {
                if (source instanceof TextSource text) {
                    finalTexts.put(text.getId(), unstored.text(text));
                }
            }
        }
        try (ProjectStore reopened = ProjectStore.open(tmp.resolve("whole"), OPEN)) {
            assertLinesEqual(finalState, describe(reopened), "seed " + seed + ": the store filled whole, reopened");
        }
        try (ProjectStore reopened = ProjectStore.open(tmp.resolve("unstored"), OPEN)) {
            Map<String, String> inMemory = byId(finalState);
            List<String> reopenedLines = describe(reopened);
            java.util.Set<String> written = byId(reopenedLines).keySet();
            for (String id : touched) {
                assertTrue(!inMemory.containsKey(id) || written.contains(id), "seed " + seed + ": " + id + " was changed, not written");
            }
            for (String line : reopenedLines) {
                String id = idOf(line);
                if (id.equals("project")) {
                    continue; // the project's own values were filled in memory only
                }
                assertTrue(inMemory.containsKey(id), "seed " + seed + ": written, but gone from the project: " + line);
                assertWrittenAsInMemory(seed, line, inMemory.get(id));
            }
            for (Source source : reopened.project().getSources()) {
                if (source instanceof TextSource text) {
                    assertEquals(finalTexts.get(text.getId()), reopened.text(text), "seed " + seed + ": the text of " + text.getName());
                }
            }
        }
    }

    /** A project kept elsewhere: codes with sub-codes, transcripts with codings, memos about codings and codes. */
    private record Template(Project project, Map<String, String> texts) {
        void copyInto(ProjectStore store) {
            EcoreUtil.Copier copier = new EcoreUtil.Copier();
            List<User> users = new ArrayList<>(copier.copyAll(project.getUsers()));
            List<Code> codes = new ArrayList<>(copier.copyAll(project.getCodes()));
            List<Source> sources = new ArrayList<>(copier.copyAll(project.getSources()));
            List<Memo> memos = new ArrayList<>(copier.copyAll(project.getMemos()));
            copier.copyReferences();
            store.project().getUsers().addAll(users);
            store.project().getCodes().addAll(codes);
            store.project().getSources().addAll(sources);
            store.project().getMemos().addAll(memos);
            for (Source source : sources) {
                store.stageText((TextSource) source, texts.get(source.getId()));
            }
        }
    }

    private static Template template(Random random) {
        Project project = StoreFixtures.F.createProject();
        User coder = StoreFixtures.F.createUser();
        coder.setId("user-a");
        coder.setName("coder A"); // the elements kept elsewhere have their creators
        project.getUsers().add(coder);
        List<Code> codes = new ArrayList<>();
        for (int i = 0, n = 3 + random.nextInt(4); i < n; i++) {
            Code code = code("code-" + i);
            project.getCodes().add(code);
            codes.add(code);
            for (int j = 0, m = random.nextInt(3); j < m; j++) {
                Code child = code("code-" + i + "." + j);
                code.getChildren().add(child);
                codes.add(child);
            }
        }
        Map<String, String> texts = new HashMap<>();
        List<Coding> codings = new ArrayList<>();
        for (int i = 0, n = 4 + random.nextInt(5); i < n; i++) {
            TextSource source = StoreFixtures.F.createTextSource();
            source.setId("source-" + i);
            source.setName("Interview " + i);
            String text = "Interview " + i + ": the guider watched the clip with the parent and named what went well.";
            source.setLength(text.length());
            texts.put(source.getId(), text);
            project.getSources().add(source);
            for (int c = 0, m = random.nextInt(7); c < m; c++) {
                int start = random.nextInt(40);
                Coding coding = Marks.coding(codes.get(random.nextInt(codes.size())), Marks.text(start, start + 1 + random.nextInt(20)));
                coding.setId("coding-" + i + "." + c);
                source.getCodings().add(coding);
                codings.add(coding);
            }
        }
        for (int i = 0; i < 2 && !codings.isEmpty(); i++) {
            Memo memo = StoreFixtures.F.createMemo();
            memo.setId("memo-" + i);
            memo.setTitle("Memo " + i);
            memo.getAbout().add(codings.get(random.nextInt(codings.size())));
            memo.getAbout().add(codes.get(random.nextInt(codes.size())));
            project.getMemos().add(memo);
        }
        project.eAllContents().forEachRemaining(o -> {
            if (o instanceof Element element && !(o instanceof User)) {
                element.setCreatedBy(coder);
            }
        });
        return new Template(project, texts);
    }

    private static Code code(String id) {
        Code code = StoreFixtures.F.createCode();
        code.setId(id);
        code.setName(id);
        code.setLevel(AnalyticLevel.OPEN);
        return code;
    }

    /** One action chosen by {@code kind} and {@code pick}, the same on two stores holding equal projects. */
    private static String act(ProjectStore store, int kind, long pick, int step, java.util.Set<String> touched) {
        Project project = store.project();
        Random choose = new Random(pick);
        List<Source> sources = project.getSources();
        List<Code> codes = allCodes(project);
        List<Coding> codings = new ArrayList<>();
        sources.forEach(store::load);
        sources.forEach(s -> codings.addAll(s.getCodings()));
        switch (kind) {
            case 0 -> {
                if (sources.isEmpty() || codes.isEmpty()) {
                    return "nothing to code";
                }
                Source source = sources.get(choose.nextInt(sources.size()));
                Coding coding = Marks.coding(codes.get(choose.nextInt(codes.size())), Marks.text(2, 9));
                coding.setId("new-coding-" + step);
                store.apply("code", () -> source.getCodings().add(coding));
                touched.add(coding.getId());
                return "coded " + source.getId();
            }
            case 1 -> {
                if (codings.isEmpty() || codes.isEmpty()) {
                    return "nothing to recode";
                }
                Coding coding = codings.get(choose.nextInt(codings.size()));
                Code code = codes.get(choose.nextInt(codes.size()));
                store.apply("recode", () -> coding.setCode(code));
                touched.add(coding.getId());
                return "recoded " + coding.getId() + " as " + code.getId();
            }
            case 2 -> {
                if (codings.isEmpty()) {
                    return "no coding to delete";
                }
                Coding coding = codings.get(choose.nextInt(codings.size()));
                store.apply("uncode", () -> EcoreUtil.delete(coding));
                return "deleted " + coding.getId();
            }
            case 3 -> {
                if (sources.isEmpty()) {
                    return "no source to delete";
                }
                Source source = sources.get(choose.nextInt(sources.size()));
                store.apply("delete source", () -> EcoreUtil.delete(source, true));
                return "deleted " + source.getId();
            }
            case 4 -> {
                if (codes.size() < 2) {
                    return "no code to move";
                }
                Code moved = codes.get(choose.nextInt(codes.size()));
                Code under = codes.get(choose.nextInt(codes.size()));
                if (under == moved || EcoreUtil.isAncestor(moved, under)) {
                    if (moved.eContainer() == project) {
                        store.apply("move code first", () -> project.getCodes().move(0, moved));
                    } else {
                        store.apply("move code to the top", () -> project.getCodes().add(moved));
                    }
                    return "moved " + moved.getId() + " to the top";
                }
                store.apply("move code", () -> under.getChildren().add(moved));
                touched.add(moved.getId());
                return "moved " + moved.getId() + " under " + under.getId();
            }
            case 5 -> {
                if (codes.isEmpty()) {
                    return "no code to rename";
                }
                Code code = codes.get(choose.nextInt(codes.size()));
                store.apply("rename", () -> code.setName(code.getName() + " (" + step + ")"));
                touched.add(code.getId());
                return "renamed " + code.getId();
            }
            case 6 -> {
                if (codings.isEmpty() || codes.isEmpty()) {
                    return "nothing to write a memo about";
                }
                Memo memo = StoreFixtures.F.createMemo();
                memo.setId("new-memo-" + step);
                memo.setTitle("About " + step);
                memo.getAbout().add(codings.get(choose.nextInt(codings.size())));
                memo.getAbout().add(codes.get(choose.nextInt(codes.size())));
                store.apply("memo", () -> project.getMemos().add(memo));
                memo.getAbout().forEach(e -> touched.add(((Element) e).getId()));
                return "memo " + memo.getId();
            }
            case 7 -> {
                if (!store.editingDomain().getCommandStack().canUndo()) {
                    return "nothing to undo";
                }
                store.undo();
                return "undo";
            }
            case 8 -> {
                if (!store.editingDomain().getCommandStack().canRedo()) {
                    return "nothing to redo";
                }
                store.redo();
                return "redo";
            }
            case 9 -> {
                TextSource source = StoreFixtures.F.createTextSource();
                source.setId("new-source-" + step);
                source.setName("New " + step);
                String text = "A diary entry recorded at step " + step + ".";
                source.setLength(text.length());
                store.stageText(source, text);
                store.apply("add source", () -> {
                    project.getSources().add(choose.nextInt(sources.size() + 1), source);
                    if (!codes.isEmpty()) {
                        Coding coding = Marks.coding(codes.get(choose.nextInt(codes.size())), Marks.text(0, 5));
                        coding.setId("new-source-coding-" + step);
                        source.getCodings().add(coding);
                    }
                });
                return "added " + source.getId();
            }
            case 10 -> {
                if (codes.isEmpty()) {
                    return "no code to delete";
                }
                Code code = codes.get(choose.nextInt(codes.size()));
                List<Coding> going = codings.stream().filter(c -> c.getCode() != null
                        && (c.getCode() == code || EcoreUtil.isAncestor(code, c.getCode()))).toList();
                store.apply("delete code", () -> {
                    going.forEach(EcoreUtil::delete);
                    EcoreUtil.delete(code, true);
                });
                return "deleted " + code.getId() + " with " + going.size() + " codings";
            }
            default -> {
                List<TextSource> texts = sources.stream().filter(TextSource.class::isInstance).map(TextSource.class::cast).toList();
                if (texts.isEmpty()) {
                    return "no text to lengthen";
                }
                TextSource source = texts.get(choose.nextInt(texts.size()));
                int end = store.text(source).length();
                String more = " More at " + step + ".";
                store.replaceText("lengthen", source, end, end, more, () -> source.setLength(end + more.length()));
                return "lengthened " + source.getId();
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

    private static void assertSame(long seed, String when, ProjectStore whole, ProjectStore unstored) {
        assertLinesEqual(describe(whole), describe(unstored), "seed " + seed + ", " + when + ": the two projects");
        assertEquals(storedCounts(whole), storedCounts(unstored), "seed " + seed + ", " + when + ": the counts");
        assertEquals(modelCounts(unstored), storedCounts(unstored), "seed " + seed + ", " + when + ": the counts and the model");
        for (Source source : whole.project().getSources()) {
            if (source instanceof TextSource text) {
                TextSource other = (TextSource) unstored.project().getSources().stream().filter(s -> s.getId().equals(text.getId()))
                        .findFirst().orElseThrow();
                assertEquals(whole.text(text), unstored.text(other), "seed " + seed + ", " + when + ": the text of " + text.getId());
            }
        }
    }

    private static List<Long> storedCounts(ProjectStore store) {
        ProjectSummary s = store.summary();
        return List.of(s.sources(), s.codes(), s.codings(), s.memos());
    }

    private static List<Long> modelCounts(ProjectStore store) {
        long sources = store.project().getSources().size();
        long codes = allCodes(store.project()).size();
        long codings = store.project().getSources().stream().mapToLong(s -> s.getCodings().size()).sum();
        long memos = store.project().getMemos().size();
        return List.of(sources, codes, codings, memos);
    }

    /** Each element of the project (sorted): its class, id, stored values and links; dates and users by name. */
    private static List<String> describe(ProjectStore store) {
        store.project().getSources().forEach(store::load);
        List<String> lines = new ArrayList<>();
        for (EObject e : ModelMapping.entitiesIn(store.project())) {
            lines.add(describe(e));
        }
        java.util.Collections.sort(lines); // each list's order is in its owner's line
        return lines;
    }

    private static String describe(EObject e) {
        String id = e instanceof Project ? "project" : e instanceof User u ? "user " + u.getName() : e instanceof Element el ? el.getId() : "?";
        StringBuilder b = new StringBuilder(id).append(" | ")
                .append(e.eClass().getName());
        for (EStructuralFeature f : e.eClass().getEAllStructuralFeatures()) {
            if (!ModelMapping.isStored(f) || f.isVolatile() || !f.isChangeable() || e instanceof User && f.getName().equals("id")
                    || f instanceof EAttribute a && a.getEAttributeType().getInstanceClass() == Date.class) {
                continue;
            }
            b.append(" | ").append(f.getName()).append('=').append(value(e.eGet(f, false), f));
        }
        return b.toString();
    }

    private static String value(Object v, EStructuralFeature f) {
        if (v instanceof List<?> list) {
            List<String> each = new ArrayList<>();
            list.forEach(x -> each.add(value(x, f)));
            if (!f.isOrdered() || f instanceof EReference r && !r.isContainment()) {
                // the model leaves a source's codings unordered, and the store keeps links as a set (a memo's "about")
                java.util.Collections.sort(each);
            }
            return each.toString();
        }
        if (v instanceof User user) {
            return "user " + user.getName();
        }
        if (v instanceof Element element) {
            return element.getId();
        }
        if (v instanceof EObject part && f instanceof EReference r && r.isContainment()) {
            return "{" + describe(part) + "}";
        }
        return String.valueOf(v);
    }

    /** Equal lists of lines, or the first that differs. */
    private static void assertLinesEqual(List<String> expected, List<String> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ", line " + i);
        }
        assertEquals(expected.size(), actual.size(), what + ": lines " + expected + " against " + actual);
    }

    private static Map<String, String> byId(List<String> lines) {
        Map<String, String> map = new HashMap<>();
        lines.forEach(l -> map.put(idOf(l), l));
        return map;
    }

    private static String idOf(String line) {
        return line.substring(0, line.indexOf(" | "));
    }

    /**
     * A reopened element as written against it in memory: each value the same, except lists, where the reopened one
     * holds what was written of the list, in the same order (elements kept in memory only are missing).
     */
    private static void assertWrittenAsInMemory(long seed, String written, String inMemory) {
        String[] w = written.split(" \\| ");
        String[] m = inMemory.split(" \\| ");
        assertEquals(m.length, w.length, "seed " + seed + ": " + written + " against " + inMemory);
        for (int i = 0; i < w.length; i++) {
            if (w[i].equals(m[i])) {
                continue;
            }
            String name = m[i].substring(0, Math.max(0, m[i].indexOf('=')));
            assertTrue(w[i].startsWith(name + "=[") && m[i].startsWith(name + "=["), "seed " + seed + ": " + w[i] + " written, " + m[i]
                    + " in memory, of " + inMemory);
            List<String> writtenItems = items(w[i]);
            List<String> memoryItems = items(m[i]);
            int at = 0;
            for (String item : writtenItems) {
                while (at < memoryItems.size() && !memoryItems.get(at).equals(item)) {
                    at++;
                }
                assertTrue(at < memoryItems.size(), "seed " + seed + ": " + w[i] + " written is no part, in order, of " + m[i]);
                at++;
            }
        }
    }

    private static List<String> items(String feature) {
        String list = feature.substring(feature.indexOf("=[") + 2, feature.length() - 1);
        return list.isEmpty() ? List.of() : List.of(list.split(", "));
    }
}
