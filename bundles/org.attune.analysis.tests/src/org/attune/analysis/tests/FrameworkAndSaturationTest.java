package org.attune.analysis.tests;

import static org.attune.analysis.tests.MatrixQueryTest.labels;
import static org.attune.analysis.tests.MatrixQueryTest.reopened;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.attune.analysis.AnalysisException;
import org.attune.analysis.CodingSet;
import org.attune.analysis.FrameworkMatrix;
import org.attune.analysis.Rows;
import org.attune.analysis.Saturation;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The framework matrix with stored cell summaries, and the saturation series, on the study of {@link Study}. */
class FrameworkAndSaturationTest {

    static List<String> excerpts(FrameworkMatrix f, int row, int column) {
        return f.cell(row, column).excerpts().stream().map(FrameworkMatrix.Excerpt::text).toList();
    }

    static Code code(ProjectStore store, String name) {
        return org.attune.analysis.Rows.CODES.codes(store.project()).stream().filter(c -> c.getName().equals(name))
                .findFirst().orElseThrow();
    }

    static Case participant(ProjectStore store, String name) {
        return store.project().getCases().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void excerptsInReadingOrderAndSummariesKeptInTheProject(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("project");
        try (ProjectStore store = reopened(tmp)) {
            FrameworkMatrix f = FrameworkMatrix.compute(CodingSet.read(store), Rows.THEMES, true);
            assertEquals(List.of("Connection"), labels(f.rows()));
            assertEquals(List.of("Amy", "Ben", "Cleo"), labels(f.columns()));
            assertEquals(List.of("I saw him smile at me and we laughed together", "smile at me", "we laughed together"),
                    excerpts(f, 0, 0), "by position in the transcript, text from the store");
            assertEquals(List.of("kept eye contact", "they laughed together"), excerpts(f, 0, 1));
            assertEquals(List.of("looked at me the whole time"), excerpts(f, 0, 2));
            assertEquals("diary", f.cell(0, 2).excerpts().get(0).sourceName());
            assertNull(f.cell(0, 0).summary());

            FrameworkMatrix.summarise(store, code(store, "Connection"), participant(store, "Amy"), "Feels close to her son.");
            FrameworkMatrix.summarise(store, code(store, "Connection"), participant(store, "Ben"), "  ");
            assertEquals(1, store.project().getCellSummaries().size(), "a blank summary is not stored");
        }
        try (ProjectStore store = ProjectStore.open(folder, Study.OPEN)) {
            FrameworkMatrix f = FrameworkMatrix.compute(CodingSet.read(store), Rows.THEMES, true);
            assertEquals("Feels close to her son.", f.cell(0, 0).summary(), "kept on disk");
            assertNull(f.cell(0, 1).summary());
            Code connection = code(store, "Connection");
            Case amy = participant(store, "Amy");
            FrameworkMatrix.summarise(store, connection, amy, "Closer after the review.");
            assertEquals(1, store.project().getCellSummaries().size(), "rewriting a summary replaces it");
            assertEquals("Closer after the review.", FrameworkMatrix.summary(store.project(), connection, amy));
            store.undo();
            assertEquals("Feels close to her son.", FrameworkMatrix.summary(store.project(), connection, amy), "one undoable action");
            FrameworkMatrix.summarise(store, connection, amy, "");
            assertEquals(0, store.project().getCellSummaries().size(), "a blank summary removes it");
        }
    }

    @Test
    void saturationCountsNewCodesSourceBySource(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = reopened(tmp)) {
            CodingSet data = CodingSet.read(store);
            assertEquals(List.of(
                    "carer-interview 5 4 [Connection, Eye contact, Shared joy, Stress] 4",
                    "guider-interview 3 3 [Question] 5",
                    "diary 1 1 [] 5"), steps(Saturation.compute(data)));
            assertEquals(List.of(
                    "diary 1 1 [Eye contact] 1",
                    "guider-interview 3 3 [Shared joy, Question] 3",
                    "carer-interview 5 4 [Connection, Stress] 5"),
                    steps(Saturation.inOrder(data, List.of("diary", "Guider-Interview", "carer-interview"))));
            assertEquals("there is no source named \"focus group\"", assertThrows(AnalysisException.class,
                    () -> Saturation.inOrder(data, List.of("diary", "focus group"))).getMessage());
            assertThrows(AnalysisException.class, () -> Saturation.inOrder(data, List.of("diary", "diary")));

            store.apply("interview order", () -> {
                Study.source(store, "diary").setPosition(1);
                Study.source(store, "guider-interview").setPosition(2);
            });
            assertEquals(List.of("diary", "guider-interview", "carer-interview"),
                    CodingSet.read(store).sources().stream().map(s -> s.getName()).toList(),
                    "sources with a position come first");
        }
    }

    private static List<String> steps(List<Saturation.Step> steps) {
        return steps.stream().map(s -> s.source().getName() + " " + s.codings() + " " + s.codesUsed() + " "
                + s.newCodes().stream().map(Code::getName).toList() + " " + s.cumulativeCodes()).toList();
    }
}
