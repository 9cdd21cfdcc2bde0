package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.attune.analysis.AnalysisException;
import org.attune.analysis.AnalysisFilter;
import org.attune.analysis.CodingFilter;
import org.attune.analysis.CodingQuery;
import org.attune.analysis.CodingSet;
import org.attune.analysis.Cooccurrence;
import org.attune.analysis.Cooccurrence.CodePair;
import org.attune.coding.Cases;
import org.attune.coding.Codebook;
import org.attune.coding.Coder;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.index.HitKind;
import org.attune.index.ProjectIndex;
import org.attune.model.AnalyticLevel;
import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.SourceFolder;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coding queries limited to cases and folders, combined with text, and codes counted where they meet. */
class CodingQueryFiltersTest {
    private static final String INTERVIEW = """
            Guider: We watched the clip together and she was attuned to him.
            Carer: I was attuned to him, and I saw his strengths in the clip.
            Guider: What did you notice?
            Carer: That he waits for me, and that I can wait too.
            """;

    private static String words(List<CodingQuery.Segment> segments) {
        return String.join(" | ", segments.stream().map(CodingQuery.Segment::words).toList());
    }

    @Test
    void filtersTextAndCooccurrence(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve("session.txt"), INTERVIEW);
        Path other = Files.writeString(tmp.resolve("in").resolve("pilot.txt"), "Carer: Attuned at last, and strong.");
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Filters", OpenOptions.of("t").withBackups(false))) {
            new Importer(store, ImportOptions.defaults()).importAll(List.of(file, other), ImportProgress.NONE);
            TextSource session = IndexFollowsActionsTest.transcript(store);
            TextSource pilot = (TextSource) store.project().getSources().get(1);
            store.load(pilot);
            Cases cases = new Cases(store);
            var carer = cases.create("Carer 03", "carer");
            var guider = cases.create("Guider 1", "guider");
            cases.linkSpeaker(session, "Carer", carer);
            cases.linkSpeaker(session, "Guider", guider);
            cases.setAttribute(carer, "site", "north");
            SourceFolder folder = AttuneFactory.eINSTANCE.createSourceFolder();
            folder.setName("Pilot");
            store.apply("folder", () -> {
                store.project().getSourceFolders().add(folder);
                pilot.setFolder(folder);
            });

            Codebook codebook = new Codebook(store);
            Coder coder = new Coder(store);
            Code attunement = codebook.create("Attunement", null, AnalyticLevel.OPEN);
            Code strengths = codebook.create("Strengths", null, AnalyticLevel.OPEN);
            Code clip = codebook.create("Clip", null, AnalyticLevel.OPEN);
            code(coder, store, session, "she was attuned to him", attunement);
            code(coder, store, session, "I was attuned to him", attunement);
            code(coder, store, session, "attuned to him, and I saw his strengths", strengths);
            code(coder, store, session, "in the clip", clip);
            code(coder, store, session, "We watched the clip", clip);
            code(coder, store, session, "That he waits for me", attunement);
            code(coder, store, pilot, "Attuned at last", attunement);

            assertEquals("Attuned at last | she was attuned to him | I was attuned to him | That he waits for me",
                    words(CodingQuery.run(store, "Attunement")), "by transcript name, then position");
            CodingFilter carers = CodingFilter.of(List.of("role=carer"), List.of());
            assertEquals("I was attuned to him | That he waits for me", words(CodingQuery.run(store, "Attunement", carers)),
                    "only the carer's turns (the pilot diary has no case)");
            assertEquals("I was attuned to him | That he waits for me",
                    words(CodingQuery.run(store, "Attunement", CodingFilter.of(List.of("role=Carer", "Site=north"), List.of()))));
            assertEquals("", words(CodingQuery.run(store, "Attunement", CodingFilter.of(List.of("role=carer", "site=south"), List.of()))));
            assertEquals("Attuned at last", words(CodingQuery.run(store, "Attunement", CodingFilter.of(List.of(), List.of("pilot")))));
            assertEquals("attuned to him", words(CodingQuery.run(store, "Attunement AND Strengths", carers)));

            try (ProjectIndex index = ProjectIndex.open(store)) {
                assertEquals("Attuned at last | she was attuned to him | I was attuned to him",
                        words(CodingQuery.containing(CodingQuery.run(store, "Attunement"), matches(index, "attun*"))), "text within coded stretches");
                assertEquals("That he waits for me", words(CodingQuery.containing(CodingQuery.run(store, "Attunement", carers), matches(index, "wait"))),
                        "stemmed: waits");
            }

            assertEquals(List.of(pair("Attunement", "Strengths", 1, 1), pair("Attunement", "Clip", 0, 2), pair("Clip", "Strengths", 0, 1)),
                    cooccurrence(store, CodingFilter.NONE), "overlapping codings; turns holding both");
            assertEquals(List.of(pair("Attunement", "Strengths", 1, 1), pair("Attunement", "Clip", 0, 1), pair("Clip", "Strengths", 0, 1)),
                    cooccurrence(store, carers), "the carer's turns only");

            AnalysisException unknown = assertThrows(AnalysisException.class,
                    () -> CodingQuery.run(store, "Attunement", CodingFilter.of(List.of("postcode=1234"), List.of())));
            assertEquals("there is no case attribute named \"postcode\" (the project has: role, site)", unknown.getMessage(),
                    "the one check of case attributes, CaseAttributes.check");
            assertThrows(AnalysisException.class, () -> CodingFilter.of(List.of("role"), List.of()));
            assertThrows(AnalysisException.class, () -> CodingFilter.of(List.of(), List.of("Main study")).check(store));
        }
    }

    private static CodePair pair(String a, String b, long overlapping, long sameTurn) {
        return new CodePair(a, b, overlapping, sameTurn);
    }

    /** The index's matches of a text search, as places for {@link CodingQuery#containing}. */
    private static List<CodingQuery.Place> matches(ProjectIndex index, String query) throws Exception {
        return index.searcher().search(query, 1000, Set.of(HitKind.UNIT)).stream().map(h -> new CodingQuery.Place(h.sourceId(), h.start(), h.end()))
                .toList();
    }

    /** As {@code attune cli query --cooccurrence} counts: the co-occurrence of the codings the filter admits. */
    private static List<CodePair> cooccurrence(ProjectStore store, CodingFilter filter) throws Exception {
        return Cooccurrence.pairs(CodingSet.read(store, AnalysisFilter.NONE.seenThrough(filter::admits)));
    }

    private static void code(Coder coder, ProjectStore store, TextSource source, String words, Code code) {
        int[] at = IndexFollowsActionsTest.at(store, source, words);
        coder.code(source, at[0], at[1], code);
    }
}
