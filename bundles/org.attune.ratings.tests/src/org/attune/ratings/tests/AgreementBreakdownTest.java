package org.attune.ratings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.attune.agreement.AgreementEntry;
import org.attune.agreement.Coefficient;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.User;
import org.attune.model.VideoSource;
import org.attune.ratings.AgreementBreakdown;
import org.attune.ratings.AgreementBreakdown.Breakdown;
import org.attune.ratings.AgreementBreakdown.Level;
import org.attune.ratings.RatingException;
import org.attune.ratings.RatingService;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two raters, two recordings, sub-items 1.1, 1.2, 2.1 (A left 2.1 of R1 N/A):
 * <pre>
 *        A: 1.1 1.2 2.1    B: 1.1 1.2 2.1
 * R1         3   5  N/A        3   4   2
 * R2         6   2   7         6   2   1
 * </pre>
 * Worked by hand: overall 5 pairable units, 3 agree (60%); Cohen's kappa p_o = 3/5, p_e = 3/25, so 6/11.
 */
class AgreementBreakdownTest {
    private static final double EXACT = 1e-9;

    private static void example(ProjectStore store, boolean bSubmits) {
        RatingScale scale = Fixtures.miniScale(store);
        RatingService ratings = new RatingService(store);
        User a = ratings.user("A");
        User b = ratings.user("B");
        Integer[][] aValues = {{3, 5, null}, {6, 2, 7}};
        Integer[][] bValues = {{3, 4, 2}, {6, 2, 1}};
        for (int r = 0; r < 2; r++) {
            VideoSource video = Fixtures.addRecording(store, "R" + (r + 1), 600_000);
            RatingSheet sa = ratings.start(video, scale, a, ratings.practitioner("P1"), "VIG");
            RatingSheet sb = ratings.start(video, scale, b, ratings.practitioner("P1"), "VIG");
            SheetsTest.scoreAll(ratings, sa, a, aValues[r]);
            SheetsTest.scoreAll(ratings, sb, b, bValues[r]);
            ratings.submit(sa, a, false);
            if (bSubmits) {
                ratings.submit(sb, b, false);
            }
        }
    }

    private static AgreementEntry entry(Breakdown breakdown, Level level, String key, Coefficient c) {
        return breakdown.part(level, key).report().get(c);
    }

    @Test
    void overallPerItemPerSubItemAndPerRecordingWithTheUnitsUsed(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = Fixtures.create(tmp.resolve("p"))) {
            example(store, true);
            User lead = new RatingService(store).user("Lead");
            Breakdown breakdown = AgreementBreakdown.of(store.project(), "Likert 1-7", lead);
            assertEquals(List.of("A", "B"), breakdown.raters());
            assertEquals(2, breakdown.recordings());
            assertEquals(0, breakdown.withheldSheets());
            assertEquals(1 + 2 + 3 + 2, breakdown.parts().size(), "overall, 2 items, 3 sub-items, 2 recordings");

            AgreementEntry overall = breakdown.overall().report().get(Coefficient.PERCENT_AGREEMENT);
            assertEquals(6, breakdown.overall().report().units());
            assertEquals(5, overall.unitsUsed(), "the N/A unit cannot be paired");
            assertEquals(0.6, overall.value(), EXACT);
            assertEquals(6.0 / 11, breakdown.overall().report().get(Coefficient.COHEN_KAPPA).value(), EXACT);

            assertEquals(0.75, entry(breakdown, Level.ITEM, "1", Coefficient.PERCENT_AGREEMENT).value(), EXACT);
            assertEquals(4, entry(breakdown, Level.ITEM, "1", Coefficient.PERCENT_AGREEMENT).unitsUsed());
            AgreementEntry item2 = entry(breakdown, Level.ITEM, "2", Coefficient.PERCENT_AGREEMENT);
            assertEquals(0.0, item2.value(), EXACT);
            assertEquals(1, item2.unitsUsed());

            // per sub-item the units are the recordings: 1.1 agrees on both (kappa 1: p_o 1, p_e 1/2)
            assertEquals(1.0, entry(breakdown, Level.SUB_ITEM, "1.1", Coefficient.PERCENT_AGREEMENT).value(), EXACT);
            assertEquals(2, entry(breakdown, Level.SUB_ITEM, "1.1", Coefficient.PERCENT_AGREEMENT).unitsUsed());
            assertEquals(1.0, entry(breakdown, Level.SUB_ITEM, "1.1", Coefficient.COHEN_KAPPA).value(), EXACT);
            assertEquals(0.5, entry(breakdown, Level.SUB_ITEM, "1.2", Coefficient.PERCENT_AGREEMENT).value(), EXACT);
            assertFalse(entry(breakdown, Level.SUB_ITEM, "2.1", Coefficient.ICC_2_1).isDefined(), "one complete unit");

            String r1 = breakdown.parts().stream().filter(p -> p.level() == Level.RECORDING && p.label().equals("R1"))
                    .findFirst().orElseThrow().key();
            assertEquals(0.5, entry(breakdown, Level.RECORDING, r1, Coefficient.PERCENT_AGREEMENT).value(), EXACT);
            assertEquals(2, entry(breakdown, Level.RECORDING, r1, Coefficient.PERCENT_AGREEMENT).unitsUsed());
            assertThrows(RatingException.class, () -> breakdown.part(Level.ITEM, "9"));

            Path csv = tmp.resolve("agreement.csv");
            AgreementBreakdown.csv(breakdown, csv);
            List<String> lines = java.nio.file.Files.readAllLines(csv);
            assertEquals(String.join(",", AgreementBreakdown.COLUMNS), lines.get(0));
            assertEquals(1 + 8 * Coefficient.values().length, lines.size());
            // kappa, its 95% interval (ci_low, ci_high: Cohen's kappa has one since #17), units used, raters, no reason, no KALPHA
            String kappa = "overall,all,all sub-items of all recordings,kappa," + (6.0 / 11) + ",";
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(kappa) && l.matches(".*,-?0\\.\\d+,1\\.0,5,2,{9}")), lines.get(3));
        }
    }

    @Test
    void blindSheetsAreWithheldAndCounted(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = Fixtures.create(tmp.resolve("p"))) {
            example(store, false);
            RatingService ratings = new RatingService(store);
            Breakdown lead = AgreementBreakdown.of(store.project(), "Likert 1-7", ratings.user("Lead"));
            assertEquals(2, lead.withheldSheets(), "A's two submitted sheets are hidden until B submits");
            assertEquals(0, lead.overall().report().units());
            Breakdown a = AgreementBreakdown.of(store.project(), "Likert 1-7", ratings.user("A"));
            assertEquals(List.of("A"), a.raters(), "A sees only A's own sheets");
            assertFalse(a.overall().report().get(Coefficient.PERCENT_AGREEMENT).isDefined());
            assertThrows(RatingException.class, () -> AgreementBreakdown.of(store.project(), "Nope", ratings.user("A")));
        }
    }
}
