package org.attune.analysis.tests;

import static org.attune.analysis.tests.MatrixQueryTest.lines;
import static org.attune.analysis.tests.MatrixQueryTest.reopened;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.attune.analysis.CodingSet;
import org.attune.analysis.Cooccurrence;
import org.attune.analysis.Matrix;
import org.attune.analysis.Rows;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code co-occurrence on the study of {@link Study}: by overlapping codings and by shared speaker turns. */
class CooccurrenceTest {

    @Test
    void overlappingCodingsArePairsAndTheDiagonalIsEachCodesCount(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = reopened(tmp)) {
            Matrix m = Cooccurrence.compute(CodingSet.read(store), Rows.CODES, false, Cooccurrence.Mode.OVERLAP);
            // only coding 3 (Connection) overlaps others: 1 (Eye contact) and 2 (Shared joy); the theme Connection
            // counts its sub-codes' codings too, so its own count on the diagonal is 1 + 3 + 2
            assertEquals(List.of(
                    "Connection: 6 1 1 0 0 | 1",
                    "Eye contact: 1 3 0 0 0 | 1",
                    "Shared joy: 1 0 2 0 0 | 1",
                    "Stress: 0 0 0 2 0 | 0",
                    "Question: 0 0 0 0 1 | 0",
                    "Total: 1 1 1 0 0 | 3"), lines(m));
            assertEquals("overlapping codings", m.measure());
            assertEquals(2, m.codings(m.row("Connection"), m.column("Eye contact")).size(), "the two codings behind the pair");
        }
    }

    @Test
    void sharedTurnsCountTurnsHoldingBothCodes(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = reopened(tmp)) {
            Matrix m = Cooccurrence.compute(CodingSet.read(store), Rows.CODES, false, Cooccurrence.Mode.TURN);
            int connection = m.row("Connection");
            int eye = m.row("Eye contact");
            int joy = m.row("Shared joy");
            int stress = m.row("Stress");
            assertEquals(2, m.value(connection, eye), "Amy's first turn, and Ben's turn through Shared joy (the theme "
                    + "Connection counts its sub-codes' codings)");
            assertEquals(2, m.value(connection, joy), "Amy's first turn, and Ben's turn, where a Shared joy coding is also "
                    + "one of the theme's");
            assertEquals(2, m.value(eye, joy), "Amy's first turn and Ben's turn");
            assertEquals(2, m.value(joy, eye), "symmetric");
            assertEquals(4, m.codings(eye, joy).size(), "codings 1, 2, 6 and 7");
            assertEquals(2, m.value(stress, stress), "coding 5 spans the interviewer's question and Amy's answer");
            assertEquals(0, m.value(stress, eye));
            assertEquals("shared turns", m.measure());
        }
    }
}
