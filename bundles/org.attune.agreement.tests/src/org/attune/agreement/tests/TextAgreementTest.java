package org.attune.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.agreement.text.CharacterAgreement;
import org.attune.agreement.text.CodingStudy;
import org.attune.agreement.text.Row;
import org.attune.agreement.text.Scope;
import org.attune.agreement.text.SegmentAgreement;
import org.attune.agreement.text.Stretch;
import org.attune.agreement.text.UnitizingAlpha;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;

/** Agreement between two coders on coded text, against the published worked examples (docs/agreement.md). */
class TextAgreementTest {
    private static final double PUBLISHED = 1e-4;
    private static final double EXACT = 1e-12;

    /**
     * NVivo's documented coding comparison: a source of 1,000 characters, 50 coded by both users, 150 by only one
     * of them, 800 by neither: percentage agreement (800 + 50)/1000 = 85 %.
     */
    @Test
    void nvivoCodingComparisonExample() {
        CodingStudy study = CodingStudy.of("characters", "A", "B", Map.of("doc", 1000L), List.of("code"),
                List.of(new Stretch("doc", "code", "A", 0, 125), new Stretch("doc", "code", "B", 75, 200)));
        Row row = row(CharacterAgreement.of(study), new Scope("code", "doc"));
        assertEquals(Map.of("both", 50L, "onlyA", 75L, "onlyB", 75L, "neither", 800L), row.counts());
        assertEquals(85.0, row.figure("percent").value(), PUBLISHED);
        assertEquals(1000, row.figure("percent").units());
        // NVivo's kappa is Cohen's: the same table as 1,000 units through DKPro's Cohen's kappa.
        assertEquals(dkproKappa(50, 75, 75, 800), row.figure("kappa").value(), EXACT);
        // Over the 200 characters either coded: 50 agree.
        assertEquals(25.0, row.figure("percent-coded").value(), EXACT);
        assertEquals(200, row.figure("kappa-coded").units());
        assertEquals(dkproKappa(50, 75, 75, 0), row.figure("kappa-coded").value(), EXACT);
    }

    /** A coder's overlapping codings of one code count each character once; a code's figures pool its sources. */
    @Test
    void overlapsJoinAndScopesPool() {
        CodingStudy study = CodingStudy.of("characters", "A", "B", Map.of("one", 100L, "two", 300L), List.of("x", "y"),
                List.of(new Stretch("one", "x", "A", 0, 30), new Stretch("one", "x", "A", 20, 50),
                        new Stretch("one", "x", "B", 10, 50), new Stretch("two", "y", "B", 0, 60), new Stretch("other", "x", "A", 0, 5),
                        new Stretch("one", "x", "C", 0, 100)));
        List<Row> rows = CharacterAgreement.of(study);
        assertEquals(Map.of("both", 40L, "onlyA", 10L, "onlyB", 0L, "neither", 50L), row(rows, new Scope("x", "one")).counts());
        // x over both sources: "two" adds 300 characters neither coded.
        assertEquals(Map.of("both", 40L, "onlyA", 10L, "onlyB", 0L, "neither", 350L), row(rows, new Scope("x", null)).counts());
        assertEquals(390.0 / 400 * 100, row(rows, new Scope("x", null)).figure("percent").value(), EXACT);
        // Overall: every character once per code, 2 × 400 units.
        assertEquals(800, row(rows, Scope.OVERALL).figure("percent").units());
        assertEquals(Map.of("both", 40L, "onlyA", 10L, "onlyB", 60L, "neither", 690L), row(rows, Scope.OVERALL).counts());
        // y in "two": B alone coded it, so A's share is 0 and kappa is 0, over all characters and the coded ones.
        Row y = row(rows, new Scope("y", "two"));
        assertEquals(0.0, y.figure("kappa").value(), EXACT);
        assertEquals(0.0, y.figure("kappa-coded").value(), EXACT);
        assertEquals(0.0, y.figure("percent-coded").value(), EXACT);
    }

    /** Both coders coded the same characters: over those alone chance agreement is 1 and kappa has no value. */
    @Test
    void identicalCodingHasNoKappaOverTheCodedCharacters() {
        CodingStudy study = CodingStudy.of("characters", "A", "B", Map.of("doc", 100L), List.of("x"),
                List.of(new Stretch("doc", "x", "A", 10, 20), new Stretch("doc", "x", "B", 10, 20)));
        Row row = row(CharacterAgreement.of(study), Scope.OVERALL);
        assertEquals(1.0, row.figure("kappa").value(), EXACT);
        assertEquals(100.0, row.figure("percent-coded").value(), EXACT);
        assertFalse(row.figure("kappa-coded").isDefined());
        assertEquals("both coders coded every one of these characters, so chance agreement is 1",
                row.figure("kappa-coded").notDefined());
    }

    /**
     * Krippendorff (2004), Content Analysis, 2nd ed., pp. 251–256: the continuum 150–450 with categories c and k,
     * (c)αU = .7286 and (k)αU = 1.000 (here shifted to start at 0).
     */
    @Test
    void krippendorff2004UnitizingExample() {
        CodingStudy study = CodingStudy.of("characters", "i", "j", Map.of("continuum", 300L), List.of("c", "k"), List.of(
                new Stretch("continuum", "c", "i", 75, 145), new Stretch("continuum", "c", "i", 220, 250),
                new Stretch("continuum", "c", "j", 70, 150), new Stretch("continuum", "c", "j", 205, 225),
                new Stretch("continuum", "c", "j", 250, 270),
                new Stretch("continuum", "k", "i", 30, 90), new Stretch("continuum", "k", "i", 150, 200),
                new Stretch("continuum", "k", "j", 30, 90), new Stretch("continuum", "k", "j", 150, 200)));
        List<Row> rows = UnitizingAlpha.of(study);
        assertEquals(0.7286, row(rows, new Scope("c", "continuum")).figure("alpha-u").value(), PUBLISHED);
        assertEquals(1.0, row(rows, new Scope("k", "continuum")).figure("alpha-u").value(), PUBLISHED);
        assertEquals(0.7286, row(rows, new Scope("c", null)).figure("alpha-u").value(), PUBLISHED);
        assertEquals(300, row(rows, new Scope("c", null)).figure("alpha-u").units());
        assertEquals(Map.of("unitsA", 2L, "unitsB", 3L, "length", 300L), row(rows, new Scope("c", null)).counts());
        assertTrue(row(rows, Scope.OVERALL).figure("alpha-u").isDefined());
    }

    /**
     * Krippendorff, K. (1995), "On the reliability of unitizing contiguous data", Sociological Methodology 25, 47–76,
     * p. 57: four pairs of observers unitize 24 positions (A Bertha/Bill, B John/Jill, C Gerret/Gill, D Heather/Hill);
     * the paper prints (A)αU = .553, (B)αU = −.926, (C)αU = .679 and (D)αU = .066 for a continuum much longer than the units.
     * The units as DKPro Statistics' Krippendorff1995Test transcribes them, each position 50,000 characters long (as that test
     * does; the figures no longer change with longer positions). That test allows 0.02: its authors found a small error in
     * the paper's expected disagreement (a + where Krippendorff 2004 has a −), so the printed values are matched to 0.02,
     * not 1e-4 (the 2004 example above is the one matched to 1e-4).
     */
    @Test
    void krippendorff1995UnitizingExamples() {
        long p = 50_000;
        int[][] units = { // code (0 A … 3 D), coder (0 or 1), start, length in positions
            {0, 0, 2, 8}, {0, 0, 14, 6}, {0, 1, 4, 4}, {0, 1, 15, 2},
            {1, 0, 0, 18}, {1, 1, 0, 2}, {1, 1, 2, 1}, {1, 1, 3, 1}, {1, 1, 4, 1}, {1, 1, 5, 1}, {1, 1, 6, 3}, {1, 1, 9, 1},
            {2, 0, 2, 6}, {2, 0, 10, 2}, {2, 0, 14, 4}, {2, 0, 20, 2}, {2, 1, 0, 2}, {2, 1, 4, 4}, {2, 1, 10, 4}, {2, 1, 16, 2},
            {2, 1, 20, 2},
            {3, 0, 0, 2}, {3, 0, 2, 8}, {3, 0, 10, 4}, {3, 0, 14, 6}, {3, 0, 20, 4}, {3, 1, 0, 4}, {3, 1, 4, 4}, {3, 1, 8, 7},
            {3, 1, 15, 2}, {3, 1, 17, 7}};
        List<String> codes = List.of("A", "B", "C", "D");
        List<Stretch> stretches = java.util.Arrays.stream(units).map(u -> new Stretch("p57", codes.get(u[0]), u[1] == 0 ? "i" : "j",
                u[2] * p, (u[2] + u[3]) * p)).toList();
        CodingStudy study = CodingStudy.of("characters", "i", "j", Map.of("p57", 24 * p), codes, stretches);
        List<Row> rows = UnitizingAlpha.of(study);
        double paper = 0.02;
        assertEquals(0.553, row(rows, new Scope("A", null)).figure("alpha-u").value(), paper);
        assertEquals(-0.926, row(rows, new Scope("B", null)).figure("alpha-u").value(), paper);
        assertEquals(0.679, row(rows, new Scope("C", null)).figure("alpha-u").value(), paper);
        assertEquals(0.066, row(rows, new Scope("D", null)).figure("alpha-u").value(), paper);
    }

    /** A code's figure over two recordings is the figure of their continua laid end to end, in the sources' order. */
    @Test
    void unitizingAlphaOverTwoSourcesIsTheOneContinuum() {
        Map<String, Long> recordings = new LinkedHashMap<>();
        recordings.put("r1", 1000L);
        recordings.put("r2", 1000L);
        CodingStudy apart = CodingStudy.of("milliseconds", "A", "B", recordings, List.of("x"), List.of(
                new Stretch("r1", "x", "A", 100, 400), new Stretch("r1", "x", "B", 150, 400),
                new Stretch("r2", "x", "A", 500, 900), new Stretch("r2", "x", "B", 500, 800)));
        CodingStudy joined = CodingStudy.of("milliseconds", "A", "B", Map.of("r", 2000L), List.of("x"), List.of(
                new Stretch("r", "x", "A", 100, 400), new Stretch("r", "x", "B", 150, 400),
                new Stretch("r", "x", "A", 1500, 1900), new Stretch("r", "x", "B", 1500, 1800)));
        assertEquals(row(UnitizingAlpha.of(joined), new Scope("x", null)).figure("alpha-u").value(),
                row(UnitizingAlpha.of(apart), new Scope("x", null)).figure("alpha-u").value(), EXACT);
    }

    /**
     * αU of three coders, A and B coding alike and C otherwise: it lies between the pairs' figures (A with B: 1,
     * A or B with C: lower), and it is DKPro's αU of the same units with each coder's position its rater index.
     */
    @Test
    void unitizingAlphaOfThreeCoders() {
        List<Stretch> alike = List.of(new Stretch("doc", "x", "A", 100, 200), new Stretch("doc", "y", "A", 500, 600),
                new Stretch("doc", "x", "B", 100, 200), new Stretch("doc", "y", "B", 500, 600));
        List<Stretch> stretches = new java.util.ArrayList<>(alike);
        stretches.addAll(List.of(new Stretch("doc", "x", "C", 150, 260), new Stretch("doc", "y", "C", 480, 560),
                new Stretch("doc", "x", "C", 800, 850)));
        CodingStudy three = CodingStudy.of("characters", List.of("A", "B", "C"), Map.of("doc", 1000L), List.of("x", "y"), stretches);
        Row all = row(UnitizingAlpha.of(three), Scope.OVERALL);
        double alpha = all.figure("alpha-u").value();
        double ab = alphaU(CodingStudy.of("characters", "A", "B", Map.of("doc", 1000L), List.of("x", "y"), stretches));
        double ac = alphaU(CodingStudy.of("characters", "A", "C", Map.of("doc", 1000L), List.of("x", "y"), stretches));
        double bc = alphaU(CodingStudy.of("characters", "B", "C", Map.of("doc", 1000L), List.of("x", "y"), stretches));
        assertEquals(1.0, ab, EXACT);
        assertEquals(ac, bc, EXACT);
        assertTrue(ac < alpha && alpha < ab, ac + " < " + alpha + " < " + ab);

        UnitizingAnnotationStudy dkpro = new UnitizingAnnotationStudy(3, 0, 1000);
        dkpro.addUnit(100, 100, 0, "x");
        dkpro.addUnit(500, 100, 0, "y");
        dkpro.addUnit(100, 100, 1, "x");
        dkpro.addUnit(500, 100, 1, "y");
        dkpro.addUnit(150, 110, 2, "x");
        dkpro.addUnit(800, 50, 2, "x");
        dkpro.addUnit(480, 80, 2, "y");
        KrippendorffAlphaUnitizingAgreement direct = new KrippendorffAlphaUnitizingAgreement(dkpro);
        assertEquals(direct.calculateAgreement(), alpha, EXACT);
        assertEquals(direct.calculateCategoryAgreement("x"), row(UnitizingAlpha.of(three), new Scope("x", "doc")).figure("alpha-u")
                .value(), EXACT);
        assertEquals(Map.of("units:A", 2L, "units:B", 2L, "units:C", 3L, "length", 1000L), all.counts());
        assertEquals(Map.of("units:A", 1L, "units:B", 1L, "units:C", 2L, "length", 1000L),
                row(UnitizingAlpha.of(three), new Scope("x", null)).counts());

        // A third coder like the other two: perfect agreement.
        CodingStudy same = CodingStudy.of("characters", List.of("A", "B", "C"), Map.of("doc", 1000L), List.of("x", "y"),
                java.util.stream.Stream.concat(alike.stream(), alike.stream().filter(s -> s.coder().equals("A"))
                        .map(s -> new Stretch(s.source(), s.code(), "C", s.start(), s.end()))).toList());
        assertEquals(1.0, alphaU(same), EXACT);
        // The pairwise methods take two coders only.
        IllegalStateException pairwise = assertThrows(IllegalStateException.class, () -> CharacterAgreement.of(three));
        assertTrue(pairwise.getMessage().contains("exactly two coders"), pairwise.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CodingStudy.of("characters", List.of("A"), Map.of(), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> CodingStudy.of("characters", List.of("A", "B", "A"), Map.of(), List.of(),
                List.of()));
    }

    private static double alphaU(CodingStudy study) {
        return row(UnitizingAlpha.of(study), Scope.OVERALL).figure("alpha-u").value();
    }

    /**
     * MAXQDA's segment level: A's 3 segments of x, B's 2; one pair overlaps by 90 % (agrees at the default
     * threshold), one by 50 %; each coder's agreeing segments count, kappa with p_c = 1/k over the k codes.
     */
    @Test
    void maxqdaSegmentsAndKappa() {
        CodingStudy study = CodingStudy.of("characters", "A", "B", Map.of("doc", 1000L), List.of("x", "y"), List.of(
                new Stretch("doc", "x", "A", 0, 100), new Stretch("doc", "x", "B", 0, 90), // 90/100
                new Stretch("doc", "x", "A", 200, 300), new Stretch("doc", "x", "B", 250, 300), // 50/100
                new Stretch("doc", "x", "A", 500, 600),
                new Stretch("doc", "y", "A", 700, 800), new Stretch("doc", "y", "B", 700, 800)));
        List<Row> rows = SegmentAgreement.of(study, 0.9);
        Row x = row(rows, new Scope("x", null));
        assertEquals(Map.of("agreements", 2L, "onlyA", 2L, "onlyB", 1L, "codes", 1L), x.counts());
        assertEquals(40.0, x.figure("percent").value(), EXACT);
        assertFalse(x.figure("kappa").isDefined());
        Row all = row(rows, Scope.OVERALL);
        assertEquals(4.0 / 7 * 100, all.figure("percent").value(), EXACT);
        assertEquals(7, all.figure("percent").units());
        assertEquals((4.0 / 7 - 0.5) / 0.5, all.figure("kappa").value(), EXACT);
        // At 50 % the second pair agrees too.
        assertEquals(6.0 / 7 * 100, row(SegmentAgreement.of(study, 0.5), Scope.OVERALL).figure("percent").value(), EXACT);
        assertThrows(IllegalArgumentException.class, () -> SegmentAgreement.of(study, 0));
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        IllegalArgumentException past = assertThrows(IllegalArgumentException.class, () -> CodingStudy.of("characters", "A", "B",
                Map.of("doc", 10L), List.of("x"), List.of(new Stretch("doc", "x", "A", 5, 20))));
        assertTrue(past.getMessage().contains("doc has 10 characters"), past.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CodingStudy.of("characters", "A", "A", Map.of(), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Stretch("doc", "x", "A", 5, 5));
    }

    private static Row row(List<Row> rows, Scope scope) {
        return rows.stream().filter(r -> r.scope().equals(scope)).findFirst().orElseThrow(() -> new AssertionError("no row " + scope));
    }

    private static double dkproKappa(int both, int onlyA, int onlyB, int neither) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(2);
        study.addMultipleItems(both, 1, 1);
        study.addMultipleItems(onlyA, 1, 0);
        study.addMultipleItems(onlyB, 0, 1);
        study.addMultipleItems(neither, 0, 0);
        return new CohenKappaAgreement(study).calculateAgreement();
    }
}
