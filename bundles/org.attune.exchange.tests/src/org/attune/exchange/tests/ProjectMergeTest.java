package org.attune.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.attune.testsupport.Studies;
import org.attune.coding.Cases;
import org.attune.coding.Codebook;
import org.attune.coding.Coder;
import org.attune.coding.Memos;
import org.attune.exchange.merge.MergeReport;
import org.attune.exchange.merge.MergeReport.Outcome;
import org.attune.exchange.merge.ProjectMerge;
import org.attune.model.AnalyticLevel;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.codes.CodeTree;
import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.testsupport.ProjectCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merging a coder's copy into the project it was copied from, through the real store: everything the other coder
 * did is there once with its coder and dates, this project's work is untouched, a second merge changes nothing,
 * conflicts are reported and never resolved; a .qdpx that QualCoder made from the sample's transcripts matches them.
 */
class ProjectMergeTest {
    private static final OpenOptions OPTIONS = OpenOptions.of("test").withBackups(false);

    @TempDir
    Path tmp;

    /** The sample study in {@code a}, and a copy of its folder in {@code b} (as a colleague would take one). */
    private void sampleAndCopy(Path a, Path b) throws Exception {
        SampleProject.create(a, OPTIONS).close();
        ProjectCopies.colleaguesCopy(a, b);
    }

    /** A coder's random work: new codes, codings, memos, case attributes; {@code rename} also renames original codes. */
    private static void work(ProjectStore store, String coder, long seed, int steps, boolean rename) {
        store.setCurrentUser(coder);
        Random rnd = new Random(seed);
        Codebook book = new Codebook(store);
        Coder coding = new Coder(store);
        List<TextSource> sources = store.project().getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast).toList();
        List<Code> original = List.copyOf(book.all());
        for (int i = 0; i < steps; i++) {
            List<Code> codes = book.all();
            switch (rnd.nextInt(rename ? 6 : 5)) {
                case 0 -> book.create(coder + " code " + i, rnd.nextBoolean() ? null : codes.get(rnd.nextInt(codes.size())), AnalyticLevel.OPEN);
                case 1, 2 -> {
                    TextSource s = sources.get(rnd.nextInt(sources.size()));
                    int start = rnd.nextInt(s.getLength() - 10);
                    coding.code(s, start, Math.min(s.getLength(), start + 1 + rnd.nextInt(120)), codes.get(rnd.nextInt(codes.size())));
                }
                case 3 -> new Memos(store).create(coder + " memo " + i, "seed " + seed + " step " + i,
                        List.of(rnd.nextBoolean() ? codes.get(rnd.nextInt(codes.size())) : sources.get(rnd.nextInt(sources.size()))));
                case 4 -> {
                    List<Case> cases = store.project().getCases();
                    new Cases(store).setAttribute(cases.get(rnd.nextInt(cases.size())), coder + " score", String.valueOf(rnd.nextInt(10)));
                }
                default -> {
                    Code c = original.get(rnd.nextInt(original.size()));
                    if (c.getHistory().stream().noneMatch(h -> h.getKind() == org.attune.model.CodeChangeKind.RENAMED)) {
                        book.rename(c, c.getName() + " (" + coder + " " + i + ")");
                    }
                }
            }
        }
    }

    /** Every coding: id, code id, source, stretch, coder, date. */
    private static List<String> codings(ProjectStore store) {
        List<String> keys = new ArrayList<>();
        for (Source s : store.project().getSources()) {
            store.load(s);
            for (Coding c : s.getCodings()) {
                String stretch = c.getSelection() instanceof TextSelection t ? t.getStart() + "-" + t.getEnd()
                        : c.getSelection() instanceof org.attune.model.RegionSelection r // the sample's sand tableau
                                ? r.getX() + "," + r.getY() + " " + r.getWidth() + "x" + r.getHeight() : String.valueOf(c.getSelection());
                keys.add(c.getId() + "|" + c.getCode().getId() + "|" + s.getName() + "|" + stretch + "|"
                        + c.getCreatedBy().getName() + "|" + c.getCreatedAt().getTime());
            }
        }
        return keys;
    }

    private static Map<String, String> codes(ProjectStore store) {
        Map<String, String> codes = new HashMap<>();
        for (Code c : CodeTree.all(store.project())) {
            codes.put(c.getId(), c.getName() + " under " + (c.getParent() == null ? "-" : c.getParent().getId()));
        }
        return codes;
    }

    private static List<String> memos(ProjectStore store) {
        return store.project().getMemos().stream().map(m -> m.getId() + "|" + m.getTitle() + "|" + m.getText() + "|"
                + (m.getCreatedBy() == null ? "-" : m.getCreatedBy().getName()) + "|" + m.getCreatedAt().getTime() + "|"
                + m.getAbout().stream().map(e -> e.getId()).toList()).toList();
    }

    private static Set<String> caseValues(ProjectStore store) {
        Set<String> values = new TreeSet<>();
        for (Case c : store.project().getCases()) {
            c.getValues().forEach(v -> values.add(c.getName() + "|" + v.getDefinition().getName() + "|" + v.getValue()));
        }
        return values;
    }

    private static <T> Set<T> union(List<T> a, List<T> b) {
        Set<T> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void everythingOfTheOtherCoderComesInOnceAndASecondMergeChangesNothing() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Path a = tmp.resolve("a" + seed);
            Path b = tmp.resolve("b" + seed);
            sampleAndCopy(a, b);
            List<String> bCodings;
            Map<String, String> bCodes;
            List<String> bMemos;
            Set<String> bValues;
            List<String> afterMerge;
            try (ProjectStore theirs = ProjectStore.open(b, OPTIONS)) {
                work(theirs, "Ben", seed, 40, true);
                bCodings = codings(theirs);
                bCodes = codes(theirs);
                bMemos = memos(theirs);
                bValues = caseValues(theirs);
            }
            try (ProjectStore ours = ProjectStore.open(a, OPTIONS)) {
                work(ours, "Ana", seed * 31, 40, false);
                List<String> aCodings = codings(ours);
                Map<String, String> aCodes = codes(ours);
                List<String> aMemos = memos(ours);
                Set<String> aValues = caseValues(ours);

                MergeReport report = ProjectMerge.merge(ours, b, OPTIONS, null);
                String why = "seed " + seed + ": " + report.items();
                assertEquals(List.of(), report.of(Outcome.CONFLICT), why);
                assertEquals(List.of(), report.of(Outcome.SKIPPED), why);
                List<String> merged = codings(ours);
                assertEquals(merged.size(), new HashSet<>(merged).size(), "no coding twice; " + why);
                assertEquals(union(aCodings, bCodings), new HashSet<>(merged), why);
                assertTrue(merged.stream().anyMatch(k -> k.contains("|Ben|")) && merged.stream().anyMatch(k -> k.contains("|Ana|")), why);
                Map<String, String> expectedCodes = new HashMap<>(aCodes);
                expectedCodes.putAll(bCodes); // Ben's renames and new codes; Ana's codes are in aCodes only
                assertEquals(expectedCodes, codes(ours), why);
                List<String> mergedMemos = memos(ours);
                assertEquals(mergedMemos.size(), new HashSet<>(mergedMemos).size(), why);
                assertEquals(union(aMemos, bMemos), new HashSet<>(mergedMemos), why);
                Set<String> expectedValues = new TreeSet<>(aValues);
                expectedValues.addAll(bValues);
                assertEquals(expectedValues, caseValues(ours), why);
                assertTrue(report.count(Outcome.ADDED) > 0, why);

                MergeReport again = ProjectMerge.merge(ours, b, OPTIONS, null);
                assertFalse(again.changes(), "a second merge changes nothing: " + again.of(Outcome.ADDED) + again.of(Outcome.UPDATED));
                assertEquals(List.of(), again.of(Outcome.CONFLICT));
                assertEquals(new HashSet<>(merged), new HashSet<>(codings(ours)));
                assertEquals(merged.size(), codings(ours).size());

                ours.undo(); // the merge was one action
                assertEquals(new HashSet<>(aCodings), new HashSet<>(codings(ours)), "undo takes the whole merge back");
                assertEquals(aCodes, codes(ours));
                assertEquals(aValues, caseValues(ours));
                ours.redo();
                assertEquals(new HashSet<>(merged), new HashSet<>(codings(ours)));
                afterMerge = merged;
            }
            try (ProjectStore reopened = ProjectStore.open(a, OPTIONS)) {
                List<String> stored = codings(reopened);
                assertEquals(afterMerge.size(), stored.size(), "on disk as merged");
                assertEquals(new HashSet<>(afterMerge), new HashSet<>(stored));
            }
        }
    }

    @Test
    void conflictsAreReportedAndThisProjectsVersionIsKept() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        sampleAndCopy(a, b);
        String codeId;
        try (ProjectStore theirs = ProjectStore.open(b, OPTIONS)) {
            theirs.setCurrentUser("Ben");
            Codebook book = new Codebook(theirs);
            Code code = book.all().get(3);
            codeId = code.getId();
            book.rename(code, "Ben's name");
            Studies.transcript(theirs, "Extra interview", "Carer: we read together every night.");
            TextSource extra = (TextSource) theirs.project().getSources().stream().filter(s -> s.getName().equals("Extra interview")).findFirst().orElseThrow();
            new Coder(theirs).code(extra, 7, 20, code);
            new Cases(theirs).setAttribute(theirs.project().getCases().get(0), "site", "York");
            TextSource first = (TextSource) theirs.project().getSources().get(0);
            new Coder(theirs).code(first, 0, 12, book.all().get(0));
        }
        try (ProjectStore ours = ProjectStore.open(a, OPTIONS)) {
            ours.setCurrentUser("Ana");
            Codebook book = new Codebook(ours);
            Code code = book.all().stream().filter(c -> c.getId().equals(codeId)).findFirst().orElseThrow();
            book.rename(code, "Ana's name");
            Studies.transcript(ours, "Extra interview", "Carer: we hardly read at all.");
            new Cases(ours).setAttribute(ours.project().getCases().get(0), "site", "Leeds");
            int before = codings(ours).size();

            MergeReport report = ProjectMerge.merge(ours, b, OPTIONS, null);
            Map<String, MergeReport.Item> conflicts = new HashMap<>();
            report.of(Outcome.CONFLICT).forEach(i -> conflicts.put(i.kind(), i));
            assertEquals(Set.of("code", "source", "attribute value"), conflicts.keySet(), report.items().toString());
            assertTrue(conflicts.get("code").detail().contains("Ben's name") && conflicts.get("code").name().contains("Ana's name")
                    && conflicts.get("code").detail().contains("renamed differently"), conflicts.get("code").toString());
            assertEquals("Extra interview", conflicts.get("source").name());
            assertTrue(conflicts.get("source").detail().contains("none of its 1 coding"), conflicts.get("source").toString());
            assertTrue(conflicts.get("attribute value").detail().contains("York") && conflicts.get("attribute value").detail().contains("Leeds"));
            assertEquals("Ana's name", code.getName(), "never silently resolved: this project's name is kept");
            assertEquals("Leeds", ours.project().getCases().get(0).getValues().stream().filter(v -> v.getDefinition().getName().equals("site"))
                    .findFirst().orElseThrow().getValue());
            TextSource extra = (TextSource) ours.project().getSources().stream().filter(s -> s.getName().equals("Extra interview")).findFirst().orElseThrow();
            assertEquals("Carer: we hardly read at all.", ours.text(extra));
            assertEquals(1, ours.project().getSources().stream().filter(s -> s.getName().equals("Extra interview")).count());
            assertEquals(before + 1, codings(ours).size(), "Ben's coding on a matching source came in, the one on the conflicting one did not");
            assertTrue(report.count(Outcome.ADDED) == 2, report.of(Outcome.ADDED).toString()); // the coding, and the user Ben
        }
    }

    /** Empty documents (NVivo exports them for memo documents) are not the same document: matched by id or name only. */
    @Test
    void emptyDocumentsAreMatchedByIdOrNameNotByTheirEmptyText() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        sampleAndCopy(a, b);
        try (ProjectStore ours = ProjectStore.open(a, OPTIONS)) {
            Studies.transcript(ours, "Empty memo document", "");
        }
        try (ProjectStore theirs = ProjectStore.open(b, OPTIONS)) {
            Studies.transcript(theirs, "Empty memo document", ""); // another id: the same name and the same (empty) text
            Studies.transcript(theirs, "Another empty one", "");
        }
        try (ProjectStore ours = ProjectStore.open(a, OPTIONS)) {
            MergeReport report = ProjectMerge.merge(ours, b, OPTIONS, null);
            assertEquals(List.of("Another empty one"), report.of(Outcome.ADDED).stream().filter(i -> i.kind().equals("source"))
                    .map(MergeReport.Item::name).toList(), report.items().toString());
            assertEquals(List.of(), report.of(Outcome.CONFLICT));
            assertTrue(report.of(Outcome.MATCHED).contains(new MergeReport.Item(Outcome.MATCHED, "source", "Empty memo document",
                    "the same empty text")), report.items().toString());
            assertEquals(11, ours.project().getSources().size(), "the sample's nine and the two empty documents");
            assertFalse(ProjectMerge.merge(ours, b, OPTIONS, null).changes());
            assertEquals(11, ours.project().getSources().size());
        }
    }

    /**
     * A real .qdpx that QualCoder ("QualCoder 4.0 Beta", driven headless by the qualcoder-peer scripts: make_project.py
     * over the sample study's six transcripts with --codes 6 --codings 40 --seed 3 --coder qualcoder-peer --mode sql,
     * then run_export_qdpx.py) wrote, merged into the sample study: QualCoder keeps a byte-order mark and the final
     * line end that Attune's import drops, so the transcripts match once normalised; none is added, QualCoder's codes
     * and codings come in once, each on the words QualCoder coded.
     */
    @Test
    void aQdpxQualCoderMadeFromTheSameTranscriptsMatchesThemByContent() throws Exception {
        Path qdpx = tmp.resolve("qualcoder.qdpx");
        try (InputStream in = ProjectMergeTest.class.getResourceAsStream("/resources/qualcoder-sample-study.qdpx")) {
            Files.copy(in, qdpx);
        }
        Map<String, List<String>> coded = selectionsIn(qdpx);
        try (ProjectStore ours = SampleProject.create(tmp.resolve("sample"), OPTIONS)) {
            int sources = ours.project().getSources().size();
            int codingsBefore = codings(ours).size();
            MergeReport dry = ProjectMerge.plan(ours, qdpx, OPTIONS, null).report();
            assertEquals(codingsBefore, codings(ours).size(), "planning changes nothing");
            MergeReport report = ProjectMerge.merge(ours, qdpx, OPTIONS, null);
            assertEquals(dry.items(), report.items());
            assertEquals(List.of(), report.of(Outcome.CONFLICT), report.items().toString());
            assertEquals(6, report.of(Outcome.MATCHED).stream().filter(i -> i.kind().equals("source")).count(), report.items().toString());
            assertEquals(sources, ours.project().getSources().size(), "no transcript twice");
            assertEquals(6, report.of(Outcome.ADDED).stream().filter(i -> i.kind().equals("code")).count());
            assertEquals(40, report.of(Outcome.ADDED).stream().filter(i -> i.kind().equals("coding")).count());
            assertEquals(codingsBefore + 40, codings(ours).size());
            int checked = 0;
            for (Source s : ours.project().getSources()) {
                if (!(s instanceof TextSource)) {
                    continue; // the sample's practice recording
                }
                String text = ours.text((TextSource) s);
                for (Coding c : s.getCodings()) {
                    if (c.getCreatedBy() != null && c.getCreatedBy().getName().equals("qualcoder-peer")) {
                        TextSelection t = (TextSelection) c.getSelection();
                        int from = text.offsetByCodePoints(0, t.getStart());
                        String words = text.substring(from, text.offsetByCodePoints(from, t.getEnd() - t.getStart()));
                        assertTrue(coded.getOrDefault(s.getName(), List.of()).contains(words.strip()),
                                s.getName() + ": " + words);
                        checked++;
                    }
                }
            }
            assertEquals(40, checked);
            assertFalse(ProjectMerge.merge(ours, qdpx, OPTIONS, null).changes(), "a second merge changes nothing");
            assertEquals(codingsBefore + 40, codings(ours).size());
        }
    }

    /** The coded words QualCoder wrote into each selection's name (line breaks as they are or U+2029), by source name without ".txt". */
    private static Map<String, List<String>> selectionsIn(Path qdpx) throws IOException {
        String qde;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(qdpx.toFile())) {
            qde = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Map<String, List<String>> coded = new HashMap<>();
        java.util.regex.Matcher source = java.util.regex.Pattern.compile("<TextSource [^>]*name=\"([^\"]+)\\.txt\"[^>]*>(.*?)</TextSource>",
                java.util.regex.Pattern.DOTALL).matcher(qde);
        while (source.find()) {
            java.util.regex.Matcher sel = java.util.regex.Pattern.compile("<PlainTextSelection [^>]*name=\"([^\"]*)\"").matcher(source.group(2));
            while (sel.find()) {
                coded.computeIfAbsent(source.group(1), k -> new ArrayList<>()).add(unescape(sel.group(1)).replace('\u2029', '\n').strip());
            }
        }
        return coded;
    }

    private static String unescape(String xml) {
        xml = java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(xml)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
        return xml.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
