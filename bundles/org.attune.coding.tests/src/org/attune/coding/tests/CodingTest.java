package org.attune.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.coding.CodeCounts;
import org.attune.coding.Codebook;
import org.attune.coding.CodedSegments;
import org.attune.coding.Coder;
import org.attune.coding.Cases;
import org.attune.coding.Memos;
import org.attune.sample.SampleProject;
import org.attune.coding.Texts;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.CodeChangeKind;
import org.attune.model.Coding;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coding, codebook, memo and case operations on real stores, checked after reopening where it matters. */
class CodingTest {
    private static final OpenOptions OPEN = OpenOptions.of("coding test").withBackups(false);

    private static TextSource source(ProjectStore store, String name) {
        return (TextSource) store.project().getSources().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theSampleProjectHoldsSixInterviewsAndAThemedCodebook(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = SampleProject.create(tmp.resolve("sample"), OPEN)) {
            assertEquals(9, store.project().getSources().size(), "six interviews, the practice recording, its transcript and the sand tableau");
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("sample"), OPEN)) {
            var summary = store.summary();
            assertEquals(9L, summary.sources());
            assertEquals(29L, summary.codes(), "25 codes in 4 themes");
            assertEquals(4, store.project().getCodes().size(), "four candidate themes at the top");
            assertTrue(store.project().getCodes().stream().allMatch(c -> c.getLevel() == AnalyticLevel.CANDIDATE_THEME));
            assertEquals(56L, summary.codings(), "55 of the interviews and the sand tableau's region");
            assertEquals(5L, summary.memos(), "4 and the one on the tableau's region");
            // the sand tableau: one coded region with a memo on it, linked to the practice recording and so its transcript
            var tableau = (org.attune.model.ImageSource) store.project().getSources().stream()
                    .filter(org.attune.model.ImageSource.class::isInstance).findFirst().orElseThrow();
            store.load(tableau);
            assertEquals(1, tableau.getCodings().size());
            var region = tableau.getCodings().get(0);
            assertEquals("Child seeks the carer", region.getCode().getName());
            assertEquals(List.of("Side by side"), new Memos(store).about(region).stream().map(m -> m.getTitle()).toList());
            assertTrue(org.attune.coding.RegionCrops.thumbnail(store, tableau, (org.attune.model.RegionSelection) region.getSelection(), 48).length > 0,
                    "the drawn picture is stored and reads");
            var linked = new org.attune.coding.Links(store).linkedSources(tableau);
            assertEquals(List.of("P01 Practice review Anna"), linked.stream().map(x -> x.getName()).toList());
            assertTrue(linked.get(0) instanceof org.attune.model.MediaSource, "the recording");
            assertEquals(6L, summary.cases());
            Codebook codebook = new Codebook(store);
            Code supervision = codebook.find("Supervision").orElseThrow();
            assertEquals("Conditions for guiding/Supervision", supervision.path());
            CodeCounts counts = CodeCounts.of(store);
            assertEquals(new CodeCounts.Count(3, 3), counts.of(supervision));
            assertEquals(new CodeCounts.Count(0, 0), counts.of(supervision.getParent()));
            assertTrue(counts.withSubCodes(supervision.getParent()).codings() >= 3);
            List<CodedSegments.Segment> segments = CodedSegments.of(store, List.of(supervision), false, CodedSegments.Filter.NONE);
            assertEquals(List.of("Anna", "Ben", "Ruth"), segments.stream().map(s -> s.speaker()).toList());
            assertEquals(List.of("guider", "guider", "manager"), segments.stream().map(s -> s.caseOf().getRole()).toList());
            assertEquals("More time for supervision", segments.get(1).text());
            assertTrue(segments.get(1).before().endsWith("Ben: [00:02:39] "), segments.get(1).before());
            assertEquals(1, CodedSegments.of(store, List.of(supervision), false,
                    new CodedSegments.Filter("role", "manager", null)).size());
            assertEquals(1, new Memos(store).about(codebook.find("Building trust over visits").orElseThrow()).size());
            assertEquals(List.of("Dawn: waiting as a new habit"), new Memos(store).search("HABIT waiting").stream()
                    .map(m -> m.getTitle()).toList());
        }
    }

    @Test
    void codingUncodingRecodingAndInVivoAreUndoableAndCountCodePoints(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String text = "Carer: We laugh together 😀 every evening now.\nGuider: That is \"attuned play\", isn't it?";
        Files.writeString(in.resolve("diary.txt"), text);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Coding", OPEN)) {
            new Importer(store, ImportOptions.defaults()).importAll(List.of(in.resolve("diary.txt")), ImportProgress.NONE);
            TextSource diary = source(store, "diary");
            String stored = store.text(diary);
            Code joy = new Codebook(store).create("Shared joy", null, AnalyticLevel.OPEN);
            int start = stored.codePointCount(0, stored.indexOf("every"));
            int end = start + "every evening".length();
            Coder coder = new Coder(store);
            Coding coding = coder.code(diary, start, end, joy);
            assertEquals("every evening", Texts.slice(stored, start, end), "positions after the emoji count it as one");
            assertSame(coding, coder.code(diary, start, end, joy), "the same stretch is not coded twice with one code");
            int quoteStart = stored.codePointCount(0, stored.indexOf("\"attuned"));
            Coding vivo = coder.inVivo(diary, quoteStart, quoteStart + "\"attuned play\",".length());
            assertEquals("attuned play", vivo.getCode().getName(), "quotes and punctuation dropped");
            assertEquals(2L, store.summary().codes());

            store.undo();
            assertEquals(1L, store.summary().codes(), "undoing in-vivo takes back code and coding together");
            assertEquals(1, diary.getCodings().size());
            coder.annotate(coding, "  laughing as a family ");
            Code play = new Codebook(store).create("Play", null, AnalyticLevel.OPEN);
            coder.recode(coding, play);
            coder.uncode(List.of(coding));
            assertEquals(0, diary.getCodings().size());
            store.undo();
            store.undo();
            assertEquals(joy, diary.getCodings().get(0).getCode(), "undo restores the coding, then its first code");
            assertEquals("laughing as a family", diary.getCodings().get(0).getNote());
            assertThrows(IllegalArgumentException.class, () -> coder.code(diary, 10, 10, joy));
            assertThrows(IllegalArgumentException.class, () -> coder.code(diary, 0, diary.getLength() + 1, joy));
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("p"), OPEN)) {
            TextSource diary = source(store, "diary");
            store.load(diary);
            assertEquals(1, diary.getCodings().size(), "the coding and its note were committed");
            assertEquals("laughing as a family", diary.getCodings().get(0).getNote());
        }
    }

    @Test
    void mergeSplitMoveAndDeleteKeepCodingsAndHistory(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = SampleProject.create(tmp.resolve("sample"), OPEN)) {
            Codebook codebook = new Codebook(store);
            Code listening = codebook.find("Listening before instructing").orElseThrow();
            Code waiting = codebook.find("Waiting and following the lead").orElseThrow();
            long before = store.summary().codings();
            assertEquals(2, codebook.codingsOf(List.of(waiting), false).size());
            assertEquals(2, codebook.merge(waiting, listening));
            assertTrue(codebook.find("Waiting and following the lead").isEmpty());
            assertEquals(5, codebook.codingsOf(List.of(listening), false).size());
            assertEquals(CodeChangeKind.MERGED, listening.getHistory().get(listening.getHistory().size() - 1).getKind());
            assertEquals(before, store.summary().codings(), "a merge loses no coding");
            store.undo();
            Code restored = codebook.find("Waiting and following the lead").orElseThrow();
            assertEquals(2, codebook.codingsOf(List.of(restored), false).size(), "undo gives the codings back");

            Code theme = codebook.find("Changing interaction at home").orElseThrow();
            assertThrows(IllegalArgumentException.class, () -> codebook.move(theme, restored, -1));
            codebook.move(restored, null, 0);
            assertSame(restored, store.project().getCodes().get(0));
            codebook.setLevel(theme, AnalyticLevel.THEME);
            codebook.rename(theme, "Attuned interaction at home");
            codebook.describe(theme, "What changes at home", "carer's own account", "guider's hopes", "I try to listen first now.");

            List<Coding> two = codebook.codingsOf(List.of(listening), false).subList(0, 2);
            Code part = codebook.split(listening, "Commenting instead of questioning", two);
            assertEquals(2, codebook.codingsOf(List.of(part), false).size());
            assertEquals(1, codebook.codingsOf(List.of(listening), false).size());

            int removed = codebook.delete(List.of(theme));
            assertTrue(removed >= 3, "the theme's sub-codes' codings go with it");
            assertEquals(before - removed, store.summary().codings());
            store.undo();
            assertEquals(before, store.summary().codings(), "undo restores every coding of the deleted codes");
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("sample"), OPEN)) {
            Code theme = new Codebook(store).find("Attuned interaction at home").orElseThrow();
            assertEquals(AnalyticLevel.THEME, theme.getLevel());
            assertEquals("guider's hopes", theme.getExclusionCriteria());
            assertEquals(List.of(CodeChangeKind.CREATED, CodeChangeKind.RELEVELLED, CodeChangeKind.RENAMED, CodeChangeKind.REDEFINED),
                    theme.getHistory().stream().map(h -> h.getKind()).toList());
            assertTrue(new Codebook(store).find("Commenting instead of questioning").isPresent());
            assertSame(new Codebook(store).find("Waiting and following the lead").orElseThrow(), store.project().getCodes().get(0));
        }
    }

    @Test
    void casesLinkSpeakersAndHoldAttributes(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = SampleProject.create(tmp.resolve("sample"), OPEN)) {
            Cases cases = new Cases(store);
            var interviewer = cases.create("Interviewer", "researcher");
            assertThrows(IllegalArgumentException.class, () -> cases.create("interviewer", null));
            TextSource dawn = source(store, "C01 Carer Dawn");
            assertEquals(5, cases.linkSpeaker(dawn, "Interviewer", interviewer));
            cases.setAttribute(interviewer, "site", "North");
            cases.setAttribute(cases.find("Dawn").orElseThrow(), "site", "South");
            var segments = CodedSegments.of(store, new Codebook(store).all(), false, new CodedSegments.Filter("site", "south", null));
            assertEquals(8, segments.size(), "Dawn's eight codings");
            assertEquals(0, CodedSegments.of(store, new Codebook(store).all(), false, new CodedSegments.Filter(null, null, "nobody")).size());
            assertEquals(56, CodedSegments.of(store, new Codebook(store).all(), false, // with the sand tableau's region
                    new CodedSegments.Filter(null, null, store.currentUser().getName())).size());
            cases.setAttribute(interviewer, "site", " ");
            assertNull(CodedSegments.valueOf(interviewer, "site"));
        }
    }
}
