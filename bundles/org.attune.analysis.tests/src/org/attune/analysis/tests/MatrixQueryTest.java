package org.attune.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.attune.analysis.AnalysisException;
import org.attune.analysis.AnalysisFilter;
import org.attune.analysis.CodingSet;
import org.attune.analysis.Columns;
import org.attune.analysis.Header;
import org.attune.analysis.Matrix;
import org.attune.analysis.MatrixQuery;
import org.attune.analysis.MatrixSpec;
import org.attune.analysis.Measure;
import org.attune.analysis.Rows;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matrix coding queries on the hand-counted study of {@link Study}, read back from the store on disk. */
class MatrixQueryTest {

    /** The study closed and opened again, so that codings and turns come from the store, not from memory. */
    static ProjectStore reopened(Path tmp) throws Exception {
        Study.create(tmp).store.close();
        return ProjectStore.open(tmp.resolve("project"), Study.OPEN);
    }

    static Matrix matrix(ProjectStore store, MatrixSpec spec) throws AnalysisException {
        return MatrixQuery.compute(CodingSet.read(store), spec);
    }

    /** The matrix as lines "row: v1 v2 ... | total", and a last line of column totals. */
    static List<String> lines(Matrix m) {
        List<String> lines = new java.util.ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            StringBuilder line = new StringBuilder(m.rows().get(r).label()).append(':');
            for (int c = 0; c < m.columns().size(); c++) {
                line.append(' ').append(m.value(r, c));
            }
            lines.add(line.append(" | ").append(m.rowTotal(r)).toString());
        }
        StringBuilder totals = new StringBuilder("Total:");
        for (int c = 0; c < m.columns().size(); c++) {
            totals.append(' ').append(m.columnTotal(c));
        }
        lines.add(totals.append(" | ").append(m.total()).toString());
        return lines;
    }

    static List<String> labels(List<Header> headers) {
        return headers.stream().map(Header::label).toList();
    }

    @Test
    void codesByCasesCountCodingsWithTheCaseRule(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = reopened(tmp)) {
            Matrix m = matrix(store, MatrixSpec.of(Rows.CODES, Columns.cases(), Measure.CODINGS));
            assertEquals(List.of("Amy", "Ben", "Cleo", "(no case)"), labels(m.columns()));
            assertEquals(List.of(
                    "Connection: 3 2 1 0 | 6", // a theme counts its sub-codes' codings among codes too
                    "Eye contact: 1 1 1 0 | 3",
                    "Shared joy: 1 1 0 0 | 2",
                    "Stress: 2 0 0 0 | 2",
                    "Question: 0 0 0 1 | 1",
                    "Total: 5 2 1 1 | 9"), lines(m));
            assertEquals(1, m.rows().get(m.row("Eye contact")).depth(), "a sub-code sits under its theme");
            assertEquals("Connection / Eye contact", m.rows().get(m.row("Eye contact")).path());
            List<String> behind = m.codings(m.row("Stress"), m.column("Amy")).stream()
                    .map(c -> c.getCreatedBy().getName()).toList();
            assertEquals(List.of("alice", "alice"), behind, "a cell lists the codings behind it");
        }
    }

    @Test
    void themesCountTheirSubCodesAndSubCodesCanBeIncluded(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = reopened(tmp)) {
            Matrix themes = matrix(store, MatrixSpec.of(Rows.THEMES, Columns.cases(), Measure.CODINGS));
            assertEquals(List.of("Connection: 3 2 1 | 6", "Total: 3 2 1 | 6"), lines(themes),
                    "no (no case) column: the uncased coding is not under a theme");
            Matrix withSub = matrix(store, MatrixSpec.of(Rows.CODES, Columns.cases(), Measure.CODINGS).withSubcodes(true));
            assertEquals("Connection: 3 2 1 0 | 6", lines(withSub).get(0));
            assertEquals("Eye contact: 1 1 1 0 | 3", lines(withSub).get(1));
            assertEquals("Total: 5 2 1 1 | 9", lines(withSub).get(5), "each coding is counted once in a total");
        }
    }

    @Test
    void attributeColumnsSourcesPresenceAndWords(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = reopened(tmp)) {
            Matrix sources = matrix(store, MatrixSpec.of(Rows.CODES, Columns.attribute("role"), Measure.SOURCES));
            assertEquals(List.of("carer", "guider", "(no value)"), labels(sources.columns()));
            assertEquals("Eye contact: 2 1 0 | 3", lines(sources).get(1), "carers' codings come from two sources");
            assertEquals("Total: 2 1 1 | 3", lines(sources).get(5));

            Matrix presence = matrix(store, MatrixSpec.of(Rows.THEMES, Columns.cases(), Measure.PRESENCE));
            assertEquals(List.of("Connection: 1 1 1 | 3", "Total: 1 1 1 | 3"), lines(presence),
                    "presence totals count the cells with a 1");

            Matrix words = matrix(store, MatrixSpec.of(Rows.CODES, Columns.cases(), Measure.WORDS));
            // "made me anxious" (3) + "Interviewer: And the video review? Amy: Watching it" (8)
            assertEquals("Stress: 11 0 0 0 | 11", lines(words).get(3));
            Matrix themeWords = matrix(store, MatrixSpec.of(Rows.THEMES, Columns.cases(), Measure.WORDS));
            // Amy: codings 1 and 2 lie inside coding 3 (10 words), so 10, not 10 + 3 + 3
            assertEquals("Connection: 10 6 6 | 22", lines(themeWords).get(0));

            Matrix bySource = matrix(store, MatrixSpec.frequency());
            assertEquals(List.of("carer-interview", "guider-interview", "diary"), labels(bySource.columns()), "import order");
            assertEquals("Eye contact: 1 1 1 | 3", lines(bySource).get(1));
            assertEquals("Total: 5 3 1 | 9", lines(bySource).get(5));
        }
    }

    @Test
    void filtersByCaseAttributeAndCoder(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = reopened(tmp)) {
            CodingSet carers = CodingSet.read(store, AnalysisFilter.NONE.where("role=carer"));
            Matrix m = MatrixQuery.compute(carers, MatrixSpec.of(Rows.CODES, Columns.cases(), Measure.CODINGS));
            assertEquals(List.of("Amy", "Cleo"), labels(m.columns()));
            assertEquals("Total: 5 1 | 6", lines(m).get(5));

            CodingSet bob = CodingSet.read(store, AnalysisFilter.NONE.byCoder("BOB"));
            Matrix byBob = MatrixQuery.compute(bob, MatrixSpec.of(Rows.CODES, Columns.cases(), Measure.CODINGS));
            assertEquals(List.of("Connection: 1 1 0 | 2", "Eye contact: 0 0 0 | 0", "Shared joy: 0 1 0 | 1",
                    "Stress: 0 0 0 | 0", "Question: 0 0 0 | 0", "Total: 1 1 0 | 2"), lines(byBob));

            CodingSet both = CodingSet.read(store, AnalysisFilter.NONE.where("ROLE", "Guider").byCoder("alice"));
            assertEquals(1, both.stretches().size(), "Ben's eye contact, coded by alice");

            assertEquals("there is no case attribute named \"age\" (the project has: role)", assertThrows(
                    AnalysisException.class, () -> CodingSet.read(store, AnalysisFilter.NONE.where("age=4"))).getMessage());
            assertTrue(assertThrows(AnalysisException.class, () -> CodingSet.read(store, AnalysisFilter.NONE.byCoder("carol")))
                    .getMessage().startsWith("there is no coder named \"carol\" (coders: "));
            assertThrows(AnalysisException.class, () -> AnalysisFilter.NONE.where("role"));
            assertThrows(AnalysisException.class, () -> Columns.parse("attributes"));
            assertEquals(Columns.attribute("role"), Columns.parse("attribute:role"));
        }
    }

    @Test
    void definedAttributesAreColumnsInTheirChoiceOrder(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = reopened(tmp)) {
            store.apply("attribute", () -> {
                var sessions = Study.F.createAttributeDefinition();
                sessions.setName("Stage");
                sessions.setType(org.attune.model.AttributeType.CHOICE);
                sessions.getChoices().addAll(List.of("before", "during", "after"));
                store.project().getAttributeDefinitions().add(sessions);
                String[][] values = {{"Amy", "after"}, {"Ben", "before"}, {"Cleo", "after"}};
                for (String[] v : values) {
                    var value = Study.F.createAttributeValue();
                    value.setDefinition(sessions);
                    value.setValue(v[1]);
                    store.project().getCases().stream().filter(c -> c.getName().equals(v[0])).findFirst().orElseThrow()
                            .getValues().add(value);
                }
            });
            Matrix m = matrix(store, MatrixSpec.of(Rows.THEMES, Columns.parse("attribute:stage"), Measure.CODINGS));
            assertEquals(List.of("before", "after"), labels(m.columns()), "choices in their order, only those present");
            assertEquals("Connection: 2 4 | 6", lines(m).get(0));
        }
    }
}
