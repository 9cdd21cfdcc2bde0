package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.index.ProjectIndex;
import org.attune.index.SearchHit;
import org.attune.index.SearchSyntaxException;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over real imported transcripts, through the store and a Lucene index on disk. */
class ProjectIndexTest {
    private static final OpenOptions OPEN = OpenOptions.of("index test").withBackups(false);
    private static final String GUIDER = """
            Interviewer: [00:00:05] How did the shared review go?
            Guider: [00:00:09] The parent was attuned to her child during the shared review.
            Interviewer: And afterwards?
            Guider: [00:01:30] We were guiding the family through the clips.
            """;
    private static final String CARER = "Carer: I noticed my son smiling at me.\nCarer: Attunement takes time.";

    private static ProjectStore project(Path tmp, OpenOptions options) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("guider-interview.txt"), GUIDER);
        Files.writeString(in.resolve("carer-diary.txt"), CARER);
        ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Search", options);
        Importer importer = new Importer(store, ImportOptions.defaults());
        importer.importAll(List.of(in.resolve("guider-interview.txt")), ImportProgress.NONE);
        new Importer(store, ImportOptions.defaults().withCase("Carer 03")).importAll(List.of(in.resolve("carer-diary.txt")),
                ImportProgress.NONE);
        store.apply("role", () -> store.project().getCases().get(0).setRole("carer"));
        return store;
    }

    private static List<String> matches(ProjectIndex index, String query) throws Exception {
        return index.searcher().search(query, 50).stream().map(h -> h.match().toLowerCase()).toList();
    }

    @Test
    void theSearchSyntaxOnRealTranscripts(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = project(tmp, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            assertTrue(index.wasRebuilt(), "a new project's index is built from the store");
            assertEquals(List.of("attuned", "attunement"), matches(index, "attune").stream().sorted().toList(), "stemming");
            assertEquals(List.of("attuned"), matches(index, "exact:attuned"));
            assertEquals(List.of("shared review", "shared review"), matches(index, "\"shared review\""));
            assertEquals(List.of("attuned to her child"), matches(index, "\"attuned child\"~3"), "a proximity match is one span");
            assertTrue(matches(index, "guid*").contains("guiding"), "wildcards");
            assertEquals(List.of("son"), matches(index, "sonn~1"), "fuzzy");
            assertEquals(List.of("review"), matches(index, "speaker:guider AND review"));
            assertEquals(2, index.searcher().search("case.role:carer", 50).size(), "both of the carer's turns");
            assertEquals(List.of("time"), matches(index, "time NOT source:guider"));

            SearchSyntaxException bad = assertThrows(SearchSyntaxException.class, () -> index.searcher().search("\"shared review", 10));
            assertEquals("cannot read the query [\"shared review]: a quotation mark is not closed", bad.getMessage());
            assertTrue(assertThrows(SearchSyntaxException.class, () -> index.searcher().search("review AND", 10)).getMessage()
                    .endsWith("AND, OR and NOT need words on both sides"));
        }
    }

    @Test
    void hitsKnowTheirPlaceSpeakerTimeAndContext(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = project(tmp, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            SearchHit hit = index.searcher().search("exact:attuned", 5).get(0);
            TextSource source = (TextSource) store.project().getSources().stream()
                    .filter(s -> s.getId().equals(hit.sourceId())).findFirst().orElseThrow();
            String text = store.text(source);
            int from = text.offsetByCodePoints(0, hit.start());
            int to = text.offsetByCodePoints(0, hit.end());
            assertEquals("attuned", text.substring(from, to), "positions are code points in the stored text");
            assertEquals("Guider", hit.speaker());
            assertEquals("guider-interview", hit.sourceName());
            assertEquals(9_000, hit.timeMs(), "the turn's time code");
            assertTrue(hit.before().endsWith("The parent was "), hit.before());
            assertTrue(hit.after().startsWith(" to her child"), hit.after());
        }
    }

    @Test
    void theIndexFollowsImportsAndUndo(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = project(tmp, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            assertEquals(0, index.searcher().search("kangaroo", 10).size());
            Path more = Files.writeString(tmp.resolve("manager.txt"), "Manager: We bought a kangaroo puppet.\nGuider: Really?");
            new Importer(store, ImportOptions.defaults()).importAll(List.of(more), ImportProgress.NONE);
            assertEquals(1, index.searcher().search("kangaroo", 10).size(), "indexed when the import was committed");
            store.undo();
            assertEquals(0, index.searcher().search("kangaroo", 10).size(), "and gone when it was undone");
        }
    }

    @Test
    void aDeletedOrDamagedIndexIsRebuiltWithoutLosingAnything(@TempDir Path tmp) throws Exception {
        Path folder;
        try (ProjectStore store = project(tmp, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            folder = store.folder();
            assertEquals(2, index.searcher().search("\"shared review\"", 10).size());
        }
        try (ProjectStore store = ProjectStore.open(folder, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            assertFalse(index.wasRebuilt(), "an index in step with the store is kept");
        }
        deleteTree(folder.resolve(ProjectIndex.DIR));
        try (ProjectStore store = ProjectStore.open(folder, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            assertTrue(index.wasRebuilt());
            assertEquals(2, index.searcher().search("\"shared review\"", 10).size());
        }
        try (Stream<Path> files = Files.list(folder.resolve(ProjectIndex.DIR))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, "not a Lucene commit".getBytes(StandardCharsets.UTF_8));
            }
        }
        try (ProjectStore store = ProjectStore.open(folder, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            assertTrue(index.wasRebuilt(), "a damaged index is rebuilt from the store");
            assertEquals(2, index.searcher().search("\"shared review\"", 10).size());
            assertEquals(2, store.project().getSources().size(), "the store is untouched");
        }        // bytes changed inside a segment file (its commit intact) are found when the index opens, not by a search
        int damaged = 0;
        try (Stream<Path> files = Files.list(folder.resolve(ProjectIndex.DIR))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".cfs")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                bytes[bytes.length / 2] ^= 0x5a; // the compound file's data; its table of entries (.cfe) intact
                Files.write(file, bytes);
                damaged++;
            }
        }
        assertTrue(damaged > 0, "the index keeps its segments in compound files");
        try (ProjectStore store = ProjectStore.open(folder, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            assertTrue(index.wasRebuilt(), "an index with changed bytes inside is rebuilt from the store");
            assertEquals(2, index.searcher().search("\"shared review\"", 10).size());
        }
    }

    @Test
    void anIndexThatCannotFollowNeitherFailsTheActionNorSilencesTheListenersAfterIt(@TempDir Path tmp) throws Exception {
        Path folder;
        try (ProjectStore store = project(tmp, OPEN)) {
            folder = store.folder();
            ProjectIndex index = ProjectIndex.open(store);
            int[] heard = {0};
            store.editingDomain().getCommandStack().addCommandStackListener(e -> heard[0]++);
            deleteTree(folder.resolve(ProjectIndex.DIR)); // the index can no longer write its commits
            store.apply("New memo", () -> store.project().getMemos().add(memo("Calm", "The hedgehog game calmed the room.")));
            assertEquals(1, heard[0], "the listener after the index heard of the action");
            assertTrue(index.follower().failedToFollow());
            assertEquals(1, store.summary().memos(), "the action stands");
            index.close(); // nothing more to write: the index is marked open on disk, so it is rebuilt
        }
        try (ProjectStore store = ProjectStore.open(folder, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            assertEquals(1, store.summary().memos(), "the memo is on disk");
            assertTrue(index.wasRebuilt());
            assertEquals(1, index.searcher().search("hedgehog", 10).size(), "the rebuilt index has the memo");
        }
    }

    @Test
    void anEncryptedProjectsIndexNeverReachesTheDisk(@TempDir Path tmp) throws Exception {
        OpenOptions sealed = OPEN.withPassphrase("tide pool".toCharArray());
        try (ProjectStore store = project(tmp, sealed); ProjectIndex index = ProjectIndex.open(store)) {
            assertEquals(1, index.searcher().search("son", 10).size());
            assertFalse(Files.exists(store.folder().resolve(ProjectIndex.DIR)), "kept in memory only");
            assertTrue(Files.isDirectory(store.folder().resolve(Importer.SOURCES_DIR)), "files are copied, encrypted");
        }
        try (Stream<Path> files = Files.walk(tmp.resolve("project"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains("shared review"), file + " holds plaintext");
            }
        }
    }

    @Test
    void searchAndCodeIsOneUndoableActionAndNeverCodesTwice(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = project(tmp, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            List<SearchHit> hits = index.searcher().search("\"shared review\"", 10);
            org.attune.coding.SearchAndCode.Result result = code(store, hits, "Shared review", false);
            assertEquals(2, result.coded());
            assertTrue(result.newCode());
            assertEquals(2, store.summary().codings());
            TextSource guider = (TextSource) store.project().getSources().get(0);
            String text = store.text(guider);
            for (var coding : guider.getCodings()) {
                var selection = (org.attune.model.TextSelection) coding.getSelection();
                assertEquals("shared review", text.substring(text.offsetByCodePoints(0, selection.getStart()),
                        text.offsetByCodePoints(0, selection.getEnd())));
            }
            org.attune.coding.SearchAndCode.Result again = code(store, hits, "shared REVIEW", false);
            assertEquals(0, again.coded());
            assertEquals(2, again.alreadyCoded());
            store.undo(); // the first action: both codings and the new code
            assertEquals(0, store.summary().codings());
            assertEquals(0, store.summary().codes());

            org.attune.coding.SearchAndCode.Result turns = code(store,
                    index.searcher().search("exact:attuned", 10), "Attunement", true);
            assertEquals(1, turns.coded());
            var selection = (org.attune.model.TextSelection) guider.getCodings().get(0).getSelection();
            assertTrue(text.substring(text.offsetByCodePoints(0, selection.getStart()),
                    text.offsetByCodePoints(0, selection.getEnd())).startsWith("Guider: [00:00:09] The parent was attuned"));
        }
    }

    @Test
    void codeAllHitsAccountsForEveryHitAndMakesCodesByTheCodebooksRules(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = project(tmp, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            store.apply("memo and codes", () -> {
                store.project().getMemos().add(memo("Review", "The shared review was the turning point."));
                var family = code("Family");
                var school = code("School");
                family.getChildren().add(code("Routine"));
                school.getChildren().add(code("Routine"));
                store.project().getCodes().addAll(List.of(family, school));
            });
            List<SearchHit> hits = index.searcher().search("\"shared review\"", 10);
            assertEquals(3, hits.size(), "two in the transcript, one in the memo");
            assertEquals(2, hits.stream().filter(SearchHit::inTranscript).count());

            var refused = assertThrows(IllegalArgumentException.class, () -> code(store, hits,
                    "Review/Shared", false));
            assertTrue(refused.getMessage().contains("'/'"), refused.getMessage());
            var ambiguous = assertThrows(IllegalArgumentException.class, () -> code(store, hits,
                    "routine", false));
            assertTrue(ambiguous.getMessage().contains("\"Family/Routine\", \"School/Routine\""), ambiguous.getMessage());
            assertEquals(0, store.summary().codings(), "a refusal codes nothing");

            var byPath = code(store, hits, "school/ROUTINE", false);
            assertEquals(new org.attune.coding.SearchAndCode.Result("School/Routine", false, 2, 0, 1), byPath);
            assertEquals("Code 2 hits with 'School/Routine'", store.editingDomain().getCommandStack().getUndoCommand().getLabel(),
                    "Edit > Undo names the action, also when it adds to one source only");
            var routine = store.project().getCodes().get(1).getChildren().get(0);
            assertEquals(2, new org.attune.coding.Codebook(store).codingsOf(List.of(routine), false).size());

            var fresh = code(store, hits, "  Shared   review ", true);
            assertEquals("Shared review", fresh.code(), "the name is trimmed and its spaces folded");
            var made = new org.attune.coding.Codebook(store).find("Shared review").orElseThrow();
            assertTrue(made.getColour() != null && made.getColour().matches("#[0-9a-f]{6}"), "a colour: " + made.getColour());
            assertEquals(org.attune.model.CodeChangeKind.CREATED, made.getHistory().get(0).getKind());
            assertEquals(hits.size(), fresh.coded() + fresh.alreadyCoded() + fresh.notInTranscripts());
        }
    }

    /** Any subset of the hits, whole turns or not, coded again and again: every hit is accounted for, none coded twice. */
    @Test
    void codeAllHitsCountsAgreeWithWhatItCodes(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = project(tmp, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            store.apply("memo", () -> store.project().getMemos().add(memo(null, "Attunement and the shared review, again.")));
            List<SearchHit> all = index.searcher().search("attune* OR review OR son OR guiding", 50);
            assertTrue(all.size() >= 6, all.toString());
            java.util.Random random = new java.util.Random(16);
            java.util.Set<String> stretches = new java.util.HashSet<>();
            for (int round = 0; round < 40; round++) {
                List<SearchHit> some = all.stream().filter(h -> random.nextBoolean()).toList();
                boolean turns = random.nextBoolean();
                String name = random.nextBoolean() ? "Theme A" : "theme a";
                long before = store.summary().codings();
                if (some.stream().noneMatch(SearchHit::inTranscript)) {
                    continue;
                }
                var result = code(store, some, name, turns);
                assertEquals(some.size(), result.coded() + result.alreadyCoded() + result.notInTranscripts(), "round " + round);
                assertEquals(some.stream().filter(h -> !h.inTranscript()).count(), result.notInTranscripts());
                assertEquals(before + result.coded(), store.summary().codings(), "round " + round);
                assertEquals(1, store.summary().codes(), "one code, found again whatever its case");
                for (Source source : sources(store)) {
                    for (var coding : source.getCodings()) {
                        var s = (org.attune.model.TextSelection) coding.getSelection();
                        stretches.add(source.getId() + ":" + s.getStart() + "-" + s.getEnd());
                    }
                }
                assertEquals(store.summary().codings(), stretches.size(), "no stretch coded twice, round " + round);
            }
        }
    }

    @Test
    void codingQueriesCombineCodedStretches(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Codes", OPEN)) {
            Path file = Files.writeString(tmp.resolve("t.txt"), "x".repeat(100));
            new Importer(store, ImportOptions.defaults()).importAll(List.of(file), ImportProgress.NONE);
            TextSource source = (TextSource) store.project().getSources().get(0);
            store.apply("codes", () -> {
                var a = code("Shared review");
                var b = code("Attunement");
                var c = code("Routine");
                var child = code("Morning routine");
                c.getChildren().add(child);
                store.project().getCodes().addAll(List.of(a, b, c));
                source.getCodings().addAll(List.of(coding(a, 0, 20), coding(b, 10, 30), coding(child, 50, 60)));
            });
            assertEquals(List.of("10-20"), ranges(store, "\"Shared review\" AND Attunement"));
            assertEquals(List.of("0-20", "50-60"), ranges(store, "\"Shared review\" OR Routine"), "a code includes its sub-codes");
            assertEquals(List.of(), ranges(store, "\"Shared review\" NOT Attunement"));
            assertEquals(List.of("50-60"), ranges(store, "Routine NOT Attunement"));
            assertEquals(List.of("0-60"), ranges(store, "\"Shared review\" NEAR/30 Routine"));
            assertEquals(List.of(), ranges(store, "\"Shared review\" NEAR/29 Routine"));
            org.attune.analysis.AnalysisException unknown = assertThrows(org.attune.analysis.AnalysisException.class,
                    () -> org.attune.analysis.CodingQuery.run(store, "Attunement AND Empathy"));
            assertEquals("cannot read the coding query [Attunement AND Empathy]: there is no code named \"Empathy\"",
                    unknown.getMessage());
            assertThrows(org.attune.analysis.AnalysisException.class, () -> org.attune.analysis.CodingQuery.run(store, "Attunement AND"));
        }
    }

    /** Code All Hits as the workbench and the command line call it: the hits' words, or their whole turns. */
    private static org.attune.coding.SearchAndCode.Result code(ProjectStore store, List<SearchHit> hits, String name, boolean turns) {
        return org.attune.coding.SearchAndCode.code(store, hits.stream().map(h -> new org.attune.coding.SearchAndCode.Stretch(
                h.inTranscript() ? h.sourceId() : null, turns ? h.unitStart() : h.start(), turns ? h.unitEnd() : h.end())).toList(), name);
    }

    private static List<String> ranges(ProjectStore store, String query) throws Exception {
        return org.attune.analysis.CodingQuery.run(store, query).stream().map(s -> s.start() + "-" + s.end()).toList();
    }

    private static org.attune.model.Memo memo(String title, String text) {
        var memo = org.attune.model.AttuneFactory.eINSTANCE.createMemo();
        memo.setTitle(title);
        memo.setText(text);
        return memo;
    }

    private static org.attune.model.Code code(String name) {
        var code = org.attune.model.AttuneFactory.eINSTANCE.createCode();
        code.setName(name);
        return code;
    }

    private static org.attune.model.Coding coding(org.attune.model.Code code, int start, int end) {
        var coding = org.attune.model.AttuneFactory.eINSTANCE.createCoding();
        coding.setCode(code);
        var selection = org.attune.model.AttuneFactory.eINSTANCE.createTextSelection();
        selection.setStart(start);
        selection.setEnd(end);
        coding.setSelection(selection);
        return coding;
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static List<Source> sources(ProjectStore store) {
        return store.project().getSources();
    }
}
