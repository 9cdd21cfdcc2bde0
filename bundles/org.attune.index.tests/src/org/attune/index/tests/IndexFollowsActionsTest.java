package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.coding.Cases;
import org.attune.coding.Codebook;
import org.attune.coding.Coder;
import org.attune.coding.Memos;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.index.HitKind;
import org.attune.index.ProjectIndex;
import org.attune.index.SearchHit;
import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Memo;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codings, memos, code definitions and case attributes are searchable, and follow every action and its undo. */
class IndexFollowsActionsTest {
    private static final OpenOptions OPEN = OpenOptions.of("index test").withBackups(false);
    private static final String GUIDER = """
            Interviewer: How did the shared review go?
            Guider: The parent was attuned to her child during the shared review.
            Carer: I focus on what works now, and I notice when he is calm.
            """;

    static ProjectStore project(Path tmp) throws Exception {
        Path file = Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve("guider-interview.txt"), GUIDER);
        ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Follow", OPEN);
        new Importer(store, ImportOptions.defaults().withCase("Carer 03")).importAll(List.of(file), ImportProgress.NONE);
        return store;
    }

    static TextSource transcript(ProjectStore store) {
        TextSource source = (TextSource) store.project().getSources().get(0);
        store.load(source);
        return source;
    }

    /** Code points of the first occurrence of {@code words} (the texts here are ASCII: chars are code points). */
    static int[] at(ProjectStore store, TextSource source, String words) {
        int start = store.text(source).indexOf(words);
        assertTrue(start >= 0, words);
        return new int[] {start, start + words.length()};
    }

    private static List<HitKind> kinds(ProjectIndex index, String query) throws Exception {
        return index.searcher().search(query, 50).stream().map(SearchHit::kind).sorted().toList();
    }

    @Test
    void codingsAreFoundByCodePathAndFollowCodingUncodingRecodingRenamingAndUndo(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = project(tmp); ProjectIndex index = ProjectIndex.open(store)) {
            Codebook codebook = new Codebook(store);
            Coder coder = new Coder(store);
            TextSource source = transcript(store);
            Code attunement = codebook.create("Attunement", null, AnalyticLevel.OPEN);
            Code strengths = codebook.create("Seeing strengths", null, AnalyticLevel.OPEN);
            Code works = codebook.create("Focus on what works", strengths, AnalyticLevel.OPEN);
            int[] attuned = at(store, source, "attuned to her child");
            Coding coding = coder.code(source, attuned[0], attuned[1], attunement);
            int[] focus = at(store, source, "I focus on what works now");
            coder.code(source, focus[0], focus[1], works);

            assertEquals(List.of(HitKind.CODING, HitKind.CODE), kinds(index, "code:Attunement"), "the coded stretch and the code");
            SearchHit coded = index.searcher().search("code:Attunement AND kind:coding", 5).get(0);
            assertEquals(attuned[0], coded.start());
            assertEquals(attuned[1], coded.end());
            assertEquals("Attunement", coded.code());
            assertEquals(coding.getId(), coded.elementId());
            assertEquals(1, index.searcher().search("code:\"Seeing strengths/Focus on what works\" AND kind:coding", 5).size());
            assertEquals(1, index.searcher().search("code:\"Seeing strengths\" AND kind:coding", 5).size(), "a parent's path covers its child's codings");
            assertEquals(List.of("attuned"), index.searcher().search("attune AND code:Attunement AND kind:coding", 5).stream().map(SearchHit::match).toList(),
                    "text restricted to what is coded");
            assertEquals(0, index.searcher().search("review AND code:Attunement AND kind:coding", 5).size(), "'review' is outside the coded stretch");
            assertFalse(kinds(index, "attuned").contains(HitKind.CODING), "plain words find transcripts, not their coded copies");

            codebook.rename(attunement, "Attuning");
            assertEquals(0, index.searcher().search("code:Attunement", 5).size(), "renamed: the old path is gone");
            assertEquals(List.of(HitKind.CODING, HitKind.CODE), kinds(index, "code:Attuning"));
            store.undo();
            assertEquals(List.of(HitKind.CODING, HitKind.CODE), kinds(index, "code:Attunement"), "undo brings the old name back");

            coder.recode(coding, works);
            assertEquals(List.of(HitKind.CODE), kinds(index, "code:Attunement"));
            assertEquals(2, index.searcher().search("code:\"Focus on what works\" AND kind:coding", 5).size());
            store.undo();
            assertEquals(List.of(HitKind.CODING, HitKind.CODE), kinds(index, "code:Attunement"));

            coder.uncode(List.of(coding));
            assertEquals(List.of(HitKind.CODE), kinds(index, "code:Attunement"));
            store.undo();
            store.redo();
            assertEquals(List.of(HitKind.CODE), kinds(index, "code:Attunement"), "redo takes it off again");
            store.undo();
            assertEquals(List.of(HitKind.CODING, HitKind.CODE), kinds(index, "code:Attunement"));

            codebook.move(works, null, -1);
            assertEquals(0, index.searcher().search("code:\"Seeing strengths\" AND kind:coding", 5).size(), "moved out from under its parent");
        }
    }

    /**
     * Property: after any sequence of actions (memos made, edited and deleted, stretches coded and uncoded, undo
     * and redo), a search made at once, with no pause, finds exactly what the project holds: the index follows off
     * the thread that acts, and every search waits for what was committed before it.
     */
    @Test
    void aSearchRightAfterAnyActionFindsWhatItChanged(@TempDir Path tmp) throws Exception {
        List<String> words = List.of("walrus", "puffin", "otter", "heron", "bison");
        List<String> stretches = List.of("shared review go", "attuned to her child", "what works now");
        for (long seed = 1; seed <= 4; seed++) {
            java.util.Random random = new java.util.Random(seed);
            Path here = Files.createDirectories(tmp.resolve("seed" + seed));
            try (ProjectStore store = project(here); ProjectIndex index = ProjectIndex.open(store)) {
                Memos memos = new Memos(store);
                Coder coder = new Coder(store);
                Codebook codebook = new Codebook(store);
                TextSource source = transcript(store);
                List<Code> codes = List.of(codebook.create("Alpha", null, AnalyticLevel.OPEN), codebook.create("Beta", null, AnalyticLevel.OPEN));
                for (int step = 0; step < 30; step++) {
                    List<Memo> now = List.copyOf(store.project().getMemos());
                    String word = words.get(random.nextInt(words.size()));
                    switch (random.nextInt(6)) {
                        case 0 -> memos.create("Note " + step, "A " + word + " in session " + step + ".", List.of());
                        case 1 -> {
                            if (!now.isEmpty()) {
                                memos.edit(now.get(random.nextInt(now.size())), "Edited " + step, "Now a " + word + ".");
                            }
                        }
                        case 2 -> {
                            if (!now.isEmpty()) {
                                memos.delete(now.get(random.nextInt(now.size())));
                            }
                        }
                        case 3 -> {
                            int[] at = at(store, source, stretches.get(random.nextInt(stretches.size())));
                            coder.code(source, at[0], at[1], codes.get(random.nextInt(codes.size())));
                        }
                        case 4 -> {
                            if (!source.getCodings().isEmpty()) {
                                coder.uncode(List.of(source.getCodings().get(random.nextInt(source.getCodings().size()))));
                            }
                        }
                        default -> {
                            if (random.nextBoolean() && store.editingDomain().getCommandStack().canUndo()) {
                                store.undo();
                            } else if (store.editingDomain().getCommandStack().canRedo()) {
                                store.redo();
                            }
                        }
                    }
                    String where = "seed " + seed + ", step " + step;
                    for (String w : words) {
                        long held = store.project().getMemos().stream().filter(m -> m.getText().contains(w)).count();
                        assertEquals(held, index.searcher().search(w, 100, java.util.Set.of(HitKind.MEMO)).size(), where + ": memos with " + w);
                    }
                    for (Code code : codes) {
                        long held = source.getCodings().stream().filter(c -> c.getCode() == code).count();
                        assertEquals(held, index.searcher().search("code:" + code.getName() + " AND kind:coding", 100).size(), where + ": codings of " + code.getName());
                    }
                }
                assertFalse(index.follower().failedToFollow());
            }
        }
    }

    /** An action returns while the index is busy: the index takes it in on its own thread, and a search then finds it. */
    @Test
    void anActionDoesNotWaitForTheIndex(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = project(tmp); ProjectIndex index = ProjectIndex.open(store)) {
            java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            Thread busy = new Thread(() -> {
                synchronized (index) { // what the follower's thread takes to apply a batch, e.g. a slow commit
                    holding.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            busy.start();
            assertTrue(holding.await(10, java.util.concurrent.TimeUnit.SECONDS));
            java.util.concurrent.CompletableFuture<Memo> acted = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> new Memos(store).create("Busy", "A narwhal while the index was busy.", List.of()));
            try {
                acted.get(10, java.util.concurrent.TimeUnit.SECONDS); // would wait for the index if it followed on this thread
            } finally {
                release.countDown();
            }
            busy.join();
            assertEquals(1, index.searcher().search("narwhal", 5).size(), "found at once after the index is free");
        }
    }

    @Test
    void memosCodeDefinitionsAndCaseAttributesAreSearchableAndFollowEdits(@TempDir Path tmp) throws Exception {
        Path folder;
        try (ProjectStore store = project(tmp); ProjectIndex index = ProjectIndex.open(store)) {
            folder = store.folder();
            Memos memos = new Memos(store);
            Memo memo = memos.create("Reflection on session two", "The mother seemed more confident after the review.", List.of());
            SearchHit hit = index.searcher().search("confident", 5).get(0);
            assertEquals(HitKind.MEMO, hit.kind());
            assertEquals("Memo: Reflection on session two", hit.sourceName());
            assertEquals(memo.getId(), hit.elementId());
            assertEquals("confident", hit.match());
            assertEquals(1, index.searcher().search("title:reflection", 5).size());
            memos.edit(memo, "Reflection on session two", "Calmer at bedtime.");
            assertEquals(0, index.searcher().search("confident", 5).size());
            assertEquals(1, index.searcher().search("bedtime", 5).size());
            store.undo();
            assertEquals(1, index.searcher().search("confident", 5).size(), "undo restores the memo's old text in the index");

            Codebook codebook = new Codebook(store);
            Code attunement = codebook.create("Attunement", null, AnalyticLevel.OPEN);
            codebook.describe(attunement, "Moments of responsive contact", "The adult follows the child's lead", null,
                    "She waited for his look");
            SearchHit code = index.searcher().search("responsive", 5).get(0);
            assertEquals(HitKind.CODE, code.kind());
            assertEquals("Code: Attunement", code.sourceName());
            assertEquals(List.of(HitKind.CODE), kinds(index, "lead"), "criteria are searched");
            assertEquals(List.of(HitKind.CODE), kinds(index, "waited"), "examples are searched");

            Cases cases = new Cases(store);
            var carer = cases.find("Carer 03").orElseThrow();
            cases.setAttribute(carer, "role", "carer");
            cases.setAttribute(carer, "Site", "north");
            assertEquals(3, index.searcher().search("case.site:north", 10).size(), "every turn of the carer's interview");
            assertEquals(3, index.searcher().search("case.role:carer", 10).size());
            store.undo();
            assertEquals(0, index.searcher().search("case.site:north", 10).size());
            store.redo();
            memos.delete(memo);
            assertEquals(0, index.searcher().search("confident", 5).size());
        }
        try (ProjectStore store = ProjectStore.open(folder, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            assertFalse(index.wasRebuilt(), "closed cleanly and in step: kept");
            assertEquals(3, index.searcher().search("case.site:north", 10).size());
            assertEquals(1, index.searcher().search("responsive", 10).size());
        }
    }

    /** A source's attributes (an e-mail's From, a Kind set by hand) restrict a search: {@code source.kind:photo}. */
    @Test
    void sourceAttributesAreSearchableAndFollowEditsAndUndo(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("project");
        try (ProjectStore store = project(tmp); ProjectIndex index = ProjectIndex.open(store)) {
            TextSource source = transcript(store);
            assertEquals(0, index.searcher().search("source.kind:photo", 10).size());
            new org.attune.coding.SourceAttributes(store).set(source, "Kind", "photo");
            assertEquals(3, index.searcher().search("source.kind:photo", 10).size(), "every turn of the source");
            assertEquals(1, index.searcher().search("attuned AND source.kind:photo", 10).size());
            assertEquals(0, index.searcher().search("attuned AND source.kind:interview", 10).size());
            store.undo();
            assertEquals(0, index.searcher().search("source.kind:photo", 10).size(), "undo takes the value out of the index");
            store.redo();
            new org.attune.coding.SourceAttributes(store).set(source, "Date sent", "2026-03-02");
            assertEquals(3, index.searcher().search("source.date_sent:2026*", 10).size(), "a name with a space, as case attributes");
        }
        try (ProjectStore store = ProjectStore.open(folder, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            assertEquals(3, index.searcher().search("source.kind:photo", 10).size(), "kept");
        }
    }

    @Test
    void aCancelledRebuildIsRedoneAndProgressIsReported(@TempDir Path tmp) throws Exception {
        Path folder;
        try (ProjectStore store = project(tmp)) {
            folder = store.folder();
            Path more = Files.writeString(tmp.resolve("diary.txt"), "Carer: A calm morning.");
            new Importer(store, ImportOptions.defaults()).importAll(List.of(more), ImportProgress.NONE);
            Counting cancelling = new Counting(1);
            assertThrows(OperationCanceledException.class, () -> ProjectIndex.open(store, cancelling));
            assertTrue(cancelling.total > 0 && cancelling.worked < cancelling.total, "stopped part-way");
            Counting counting = new Counting(Integer.MAX_VALUE);
            try (ProjectIndex index = ProjectIndex.open(store, counting)) {
                assertTrue(index.wasRebuilt(), "the cancelled rebuild is done again");
                assertTrue(counting.total > 0, "a rebuild says how much there is to do");
                assertEquals(counting.total, counting.worked, "and reports all of it done");
                assertEquals(1, index.searcher().search("morning", 5).size());
                Counting cancelAgain = new Counting(1);
                assertThrows(OperationCanceledException.class, () -> index.rebuild(cancelAgain));
                assertEquals(1, index.searcher().search("morning", 5).size(), "a cancelled rebuild leaves the index as it was");
                new Memos(store).create("After cancel", "still following", List.of());
                assertEquals(1, index.searcher().search("following", 5).size());
            }
        }
        try (ProjectStore store = ProjectStore.open(folder, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            assertFalse(index.wasRebuilt());
            assertEquals(1, index.searcher().search("following", 5).size());
        }
    }

    /** Counts work and cancels once {@code cancelAfter} units are done. */
    static final class Counting extends NullProgressMonitor {
        final int cancelAfter;
        int total;
        int worked;

        Counting(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            worked += work;
        }

        @Override
        public boolean isCanceled() {
            return worked >= cancelAfter;
        }
    }
}
