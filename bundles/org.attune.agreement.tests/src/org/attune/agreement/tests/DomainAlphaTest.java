package org.attune.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.attune.agreement.text.CodingStudy;
import org.attune.agreement.text.DomainAlpha;
import org.attune.agreement.text.Row;
import org.attune.agreement.text.Scope;
import org.attune.agreement.text.Stretch;
import org.attune.agreement.text.UnitizingAlpha;
import org.junit.jupiter.api.Test;

/**
 * ATLAS.ti's domain alphas. Krippendorff's (2019, p. 340) Figure 12.11 (three observers on 60 positions; |uα .413 and
 * cuα .724 as printed, quoted in the tests of the R package quallmer) to its printed three decimals; |uα also against an
 * independent implementation of Krippendorff et al.'s (2016) uα, run here on the same data
 * (zeljkobekcic/KrippendorffUnitizedAlpha, Python, with the domain's codes one category and the gaps filled in). It is not
 * Krippendorff's (2004) (c)αU, whose published .7286 DKPro reproduces (the alpha-u method). cuα and Cuα also against
 * values worked out by hand below (eqs. 36–37: expected coincidences corrected for the units' pairable lengths); with
 * two and with three coders.
 */
class DomainAlphaTest {
    private static final double PUBLISHED = 1e-4;
    /**
     * A figure printed with three decimals: the book's |uα .413 is 0.41360 exactly (quallmer, the independent Python
     * implementation and Attune agree on it), so the printed figure is cut, not rounded, or comes from rounded intermediate
     * figures; 1e-3 holds both.
     */
    private static final double PRINTED = 1e-3;
    private static final double EXACT = 1e-12;
    /** Against the independent implementation's output (printed to 15 digits). */
    private static final double CROSS_CHECK = 1e-12;

    private static Row row(List<Row> rows, Scope scope) {
        return rows.stream().filter(r -> r.scope().equals(scope)).findFirst().orElseThrow(() -> new AssertionError("no row " + scope + " in " + rows));
    }

    /**
     * Krippendorff (2004), Content Analysis, 2nd ed., pp. 251–256, shifted to start at 0. DKPro's (c)αU (the alpha-u
     * method) is the published .7286; the domain's |uα, by Krippendorff et al.'s (2016) definition, is 0.51627990 as the
     * independent Python implementation computes it on the same units (i: [75,145) [220,250), j: [70,150) [205,225)
     * [250,270) of 300); with c and k one domain (overlapping units joined, touching ones kept apart: i [30,145) [150,200)
     * [220,250), j [30,150) [150,200) [205,225) [250,270)) 0.55352538.
     */
    @Test
    void binaryAlphaAsAnIndependentImplementationOfKrippendorff2016() {
        List<Stretch> stretches = List.of(
                new Stretch("continuum", "c", "i", 75, 145), new Stretch("continuum", "c", "i", 220, 250),
                new Stretch("continuum", "c", "j", 70, 150), new Stretch("continuum", "c", "j", 205, 225),
                new Stretch("continuum", "c", "j", 250, 270),
                new Stretch("continuum", "k", "i", 30, 90), new Stretch("continuum", "k", "i", 150, 200),
                new Stretch("continuum", "k", "j", 30, 90), new Stretch("continuum", "k", "j", 150, 200));
        CodingStudy study = CodingStudy.of("characters", "i", "j", Map.of("continuum", 300L), List.of("c", "k"), stretches);
        List<Row> rows = DomainAlpha.of(study, List.of());
        assertEquals(List.of("c", "k"), DomainAlpha.themes(study));
        assertEquals(0.7286, row(UnitizingAlpha.of(study), new Scope("c", null)).figure("alpha-u").value(), PUBLISHED);
        assertEquals(0.5162799043062201, row(rows, Scope.domain("c", "continuum")).figure("alpha-binary").value(), CROSS_CHECK);
        assertEquals(0.5162799043062201, row(rows, Scope.domain("c", null)).figure("alpha-binary").value(), CROSS_CHECK);
        assertEquals(1.0, row(rows, Scope.domain("k", null)).figure("alpha-binary").value(), CROSS_CHECK);
        assertEquals(0.5535253772290809, row(rows, Scope.OVERALL).figure("alpha-binary").value(), CROSS_CHECK);
        assertEquals(Map.of("unitsA", 2L, "unitsB", 3L, "length", 300L), row(rows, Scope.domain("c", null)).counts());
        Row c = row(rows, Scope.domain("c", null));
        assertFalse(c.figure("cu-alpha").isDefined(), "one code in the domain: nothing to tell apart");
        assertTrue(c.figure("cu-alpha").notDefined().contains("one value only"), c.toString());
    }

    /**
     * |uα of three and four coders against the same independent implementation: three coders on 60 characters
     * (A: [3,15) [22,53), B: [3,10) [22,53), C: [22,46)) 0.60278942; four on 100 (A: [0,10) [30,40) [70,95), B: [2,12)
     * [31,38) [72,90), C: [0,9) [28,41), D: [1,11) [30,40) [60,65) [70,96)) 0.53172184; A and B alone 0.83847737.
     */
    @Test
    void binaryAlphaOfSeveralCodersAsTheIndependentImplementation() {
        CodingStudy three = CodingStudy.of("characters", List.of("A", "B", "C"), Map.of("doc", 60L), List.of("T/x", "T/y"), List.of(
                new Stretch("doc", "T/x", "A", 3, 15), new Stretch("doc", "T/y", "A", 22, 53),
                new Stretch("doc", "T/x", "B", 3, 10), new Stretch("doc", "T/x", "B", 22, 53),
                new Stretch("doc", "T/y", "C", 22, 46)));
        Row t = row(DomainAlpha.of(three, List.of()), Scope.domain("T", null));
        assertEquals(0.602789417989418, t.figure("alpha-binary").value(), CROSS_CHECK);
        assertEquals(Map.of("units:A", 2L, "units:B", 2L, "units:C", 1L, "length", 60L), t.counts());
        CodingStudy pair = CodingStudy.of("characters", List.of("A", "B"), Map.of("doc", 60L), List.of("T/x", "T/y"), List.of(
                new Stretch("doc", "T/x", "A", 3, 15), new Stretch("doc", "T/y", "A", 22, 53),
                new Stretch("doc", "T/x", "B", 3, 10), new Stretch("doc", "T/x", "B", 22, 53)));
        assertEquals(0.838477366255144, row(DomainAlpha.of(pair, List.of()), Scope.domain("T", null)).figure("alpha-binary").value(),
                CROSS_CHECK);
        long[][][] units = { { { 0, 10 }, { 30, 40 }, { 70, 95 } }, { { 2, 12 }, { 31, 38 }, { 72, 90 } }, { { 0, 9 }, { 28, 41 } },
            { { 1, 11 }, { 30, 40 }, { 60, 65 }, { 70, 96 } } };
        List<String> coders = List.of("A", "B", "C", "D");
        List<Stretch> stretches = new java.util.ArrayList<>();
        for (int r = 0; r < units.length; r++) {
            for (long[] u : units[r]) {
                stretches.add(new Stretch("doc", "R", coders.get(r), u[0], u[1]));
            }
        }
        CodingStudy four = CodingStudy.of("characters", coders, Map.of("doc", 100L), List.of("R"), stretches);
        assertEquals(0.531721838532984, row(DomainAlpha.of(four, List.of()), Scope.OVERALL).figure("alpha-binary").value(), CROSS_CHECK);
    }

    /**
     * Krippendorff (2019), Figure 12.11, p. 340: Alex, Paul and Suzan unitize and code 60 positions with the values 1–7
     * (1-based inclusive in the book, half-open here; Alex's and Suzan's adjacent units of value 6 are separate units). The
     * book prints |uα = .413 and cuα = .724 (as quoted in quallmer's tests/testthat/test-alpha_u.R). As one domain of the
     * codes V/1 … V/7 the domain's |uα is 0.41359923 (the independent Python implementation on the same units gives the same
     * to 1e-12), its cuα 0.72416897 — with the expected coincidences corrected for the units' pairable lengths (eqs. 36–37);
     * the plain coincidence formula (n − 1) would give 0.7036, quallmer's union-of-others reading 0.7283.
     */
    @Test
    void krippendorff2019Figure12_11() {
        CodingStudy study = figure12_11("V/");
        Row v = row(DomainAlpha.of(study, List.of()), Scope.domain("V", null));
        assertEquals(0.413, v.figure("alpha-binary").value(), PRINTED);
        assertEquals(0.4135992304489525, v.figure("alpha-binary").value(), CROSS_CHECK);
        assertEquals(0.724, v.figure("cu-alpha").value(), PRINTED);
        assertEquals(0.7241689650166933, v.figure("cu-alpha").value(), 1e-12);
        assertEquals(Map.of("units:Alex", 6L, "units:Paul", 4L, "units:Suzan", 6L, "length", 60L), v.counts(),
                "adjacent units of one value stay apart");
    }

    /**
     * Krippendorff's (2019) Figure 12.11 as a study: the units of Alex, Paul and Suzan on 60 positions (1-based inclusive
     * in the book, half-open here), each value v coded {@code prefix + v}.
     */
    private static CodingStudy figure12_11(String prefix) {
        String[][] units = { { "Alex", "1", "1", "7" }, { "Alex", "2", "8", "13" }, { "Alex", "5", "31", "32" }, { "Alex", "6", "33", "37" },
            { "Alex", "6", "38", "44" }, { "Alex", "7", "45", "60" }, { "Paul", "1", "1", "7" }, { "Paul", "3", "8", "13" },
            { "Paul", "5", "14", "21" }, { "Paul", "6", "33", "44" }, { "Suzan", "1", "1", "7" }, { "Suzan", "4", "8", "13" },
            { "Suzan", "5", "14", "21" }, { "Suzan", "6", "33", "37" }, { "Suzan", "6", "38", "41" }, { "Suzan", "6", "42", "44" } };
        List<Stretch> stretches = java.util.Arrays.stream(units)
                .map(u -> new Stretch("fig", prefix + u[1], u[0], Long.parseLong(u[2]) - 1, Long.parseLong(u[3]))).toList();
        List<String> codes = java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(v -> prefix + v).toList();
        return CodingStudy.of("characters", List.of("Alex", "Paul", "Suzan"), Map.of("fig", 60L), codes, stretches);
    }

    /**
     * Cuα against a published value (#17): Krippendorff (2019), Figure 12.11, p. 340, with each of the values 1–7 a
     * semantic domain of its own (seven top-level codes, the default domains). Cuα takes each unit's domain as its value,
     * so here it is the figure's cuα over the values: the book's printed .724, and exactly the 0.72416897 the one-domain
     * reading gives above; the overall |uα (every domain relevant) is the figure's .413. No publication prints a Cuα for
     * data with several codes in a domain (docs/agreement.md says where I looked), so this is the published check Cuα has.
     */
    @Test
    void krippendorff2019Figure12_11AsSevenDomains() {
        CodingStudy study = figure12_11("");
        List<Row> rows = DomainAlpha.of(study, List.of());
        Row overall = row(rows, Scope.OVERALL);
        assertEquals(0.724, overall.figure("Cu-alpha").value(), PRINTED);
        assertEquals(0.7241689650166933, overall.figure("Cu-alpha").value(), 1e-12);
        assertEquals(0.413, overall.figure("alpha-binary").value(), PRINTED);
        assertEquals(0.4135992304489525, overall.figure("alpha-binary").value(), CROSS_CHECK);
        // each domain holds one code: within it there is nothing to disagree on
        assertNull(row(rows, Scope.domain("6", null)).figure("cu-alpha").value());
    }

    /**
     * cuα of three coders by hand: the domain T of T/x and T/y on 100 characters, A: T/x [0,40), B: T/x [0,30) T/y [30,40),
     * C: T/y [0,40). Intersections over the ordered pairs of coders: x∩x 30 (A,B) twice = 60; x∩y 10 (A,B) + 40 (A,C) +
     * 30 (B,C) = 80, and y∩x the same 80; y∩y 10 (B,C) twice = 20. Divided by m − 1 = 2: o_xx = 30, o_xy = o_yx = 40,
     * o_yy = 10; n_x = 70, n_y = 50, n = 120. Each unit's pairable length (its intersections with the others' units over
     * m − 1): A's x (40 + 40)/2 = 40, B's x (30 + 30)/2 = 30, B's y (10 + 10)/2 = 10, C's y (40 + 40)/2 = 40; Σ squares
     * 4200, so the expected coincidences' denominator is n − 4200/n = 85 (not n − 1 = 119):
     * cuα = 1 − 85·80/(2·70·50) = 1/35; its units are the 40 characters at least two coded (all three coded [0,40)); |uα = 1 (they agree on what is
     * relevant).
     */
    @Test
    void cuAlphaOfThreeCodersByHand() {
        CodingStudy study = CodingStudy.of("characters", List.of("A", "B", "C"), Map.of("doc", 100L), List.of("T/x", "T/y"), List.of(
                new Stretch("doc", "T/x", "A", 0, 40), new Stretch("doc", "T/x", "B", 0, 30), new Stretch("doc", "T/y", "B", 30, 40),
                new Stretch("doc", "T/y", "C", 0, 40)));
        Row t = row(DomainAlpha.of(study, List.of()), Scope.domain("T", null));
        assertEquals(1 - 85.0 * 80 / 7000, t.figure("cu-alpha").value(), EXACT);
        assertEquals(40, t.figure("cu-alpha").units());
        assertEquals(1.0, t.figure("alpha-binary").value(), EXACT);
        // two of the three alone, as the pairwise report computes them: A and C always disagree on one unit each, which is
        // what chance gives too: n = 80, squares 2·40², 1 − (80 − 40)·80/(2·40·40) = 0 (as nominal alpha of one unit)
        CodingStudy ac = CodingStudy.of("characters", List.of("A", "C"), Map.of("doc", 100L), List.of("T/x", "T/y"), List.of(
                new Stretch("doc", "T/x", "A", 0, 40), new Stretch("doc", "T/y", "C", 0, 40)));
        assertEquals(0.0, row(DomainAlpha.of(ac, List.of()), Scope.domain("T", null)).figure("cu-alpha").value(), EXACT);
    }

    /**
     * Two coders, the continuum 0–100 of one transcript, the theme T with the codes T/x and T/y and the theme U with U/z.
     * <pre>
     * A: T/x [0,40)  U/z [40,60)        B: T/y [0,30)  U/z [30,60)   and, in the domain T only, A: T/x [0,40)
     * </pre>
     * <b>Cuα</b> (values: domains). Intersections: T∩T = [0,30) = 30, T(A)∩U(B) = [30,40) = 10, U∩U = [40,60) = 20.
     * Coincidences, both orders: o_TT = 60, o_UU = 40, o_TU = o_UT = 10; margins n_T = 70, n_U = 50, n = 120.
     * The units' pairable lengths: A's T 30 + 10 = 40, A's U 20, B's T 30, B's U 10 + 20 = 30; Σ squares 3800, so
     * Cuα = 1 − (n − 3800/n)·Σ_{v≠w} o_vw / Σ_{v≠w} n_v·n_w = 1 − (265/3)·20 / (2·70·50) = 1 − 5300/21000 = 0.747619.
     * <p>
     * <b>cuα of T</b> (values: T's codes). The one intersection is T/x(A) ∩ T/y(B) = [0,30) = 30: o_xy = o_yx = 30,
     * n_x = n_y = 30, n = 60, each unit's pairable length 30; cuα = 1 − (60 − 1800/60)·60 / (2·30·30) = 0: one pair of units
     * that disagree is what chance gives.
     * <p>
     * <b>cuα of T with a third coding</b> B: T/x [50,90) as well, and A: T/y [70,100): new intersection T/y(A) ∩ T/x(B) =
     * [70,90) = 20, so o_xy = o_yx = 50 and n = 100, pairable lengths 30, 20, 30, 20 (squares 2600) — still no agreeing
     * pair: 1 − (100 − 26)·100/(2·50·50) = −0.48.
     */
    @Test
    void codingWithinAndAcrossDomainsByHand() {
        CodingStudy study = CodingStudy.of("characters", "A", "B", Map.of("doc", 100L), List.of("T/x", "T/y", "U/z"), List.of(
                new Stretch("doc", "T/x", "A", 0, 40), new Stretch("doc", "U/z", "A", 40, 60),
                new Stretch("doc", "T/y", "B", 0, 30), new Stretch("doc", "U/z", "B", 30, 60)));
        List<Row> rows = DomainAlpha.of(study, List.of());
        assertEquals(List.of("T", "U"), DomainAlpha.themes(study));
        assertEquals(1 - 5300.0 / 21000, row(rows, Scope.OVERALL).figure("Cu-alpha").value(), EXACT);
        assertEquals(60, row(rows, Scope.OVERALL).figure("Cu-alpha").units(), "30 + 10 + 20 characters both coded");
        assertEquals(1 - 5300.0 / 21000, row(rows, new Scope(null, "doc")).figure("Cu-alpha").value(), EXACT);
        assertEquals(0.0, row(rows, Scope.domain("T", null)).figure("cu-alpha").value(), EXACT);
        assertNull(row(rows, Scope.domain("T", null)).figure("Cu-alpha").value());

        CodingStudy more = CodingStudy.of("characters", "A", "B", Map.of("doc", 100L), List.of("T/x", "T/y", "U/z"), List.of(
                new Stretch("doc", "T/x", "A", 0, 40), new Stretch("doc", "U/z", "A", 40, 60),
                new Stretch("doc", "T/y", "B", 0, 30), new Stretch("doc", "U/z", "B", 30, 60),
                new Stretch("doc", "T/x", "B", 50, 90), new Stretch("doc", "T/y", "A", 70, 100)));
        assertEquals(1 - 7400.0 / 5000, row(DomainAlpha.of(more, List.of("T")), Scope.domain("T", null)).figure("cu-alpha").value(), EXACT);
        assertTrue(DomainAlpha.of(more, List.of("T")).stream().noneMatch(r -> "U".equals(r.scope().code())), "only the chosen domain");
    }

    /**
     * A coder who gives the same words two codes of the domain: A: T/x and T/y on [0,40), B: T/x on [0,40). Coincidences,
     * both orders: o_xx = 80, o_xy = o_yx = 40; n_x = 120, n_y = 40, n = 160; pairable lengths A's x 40, A's y 40, B's x 80
     * (squares 9600), so cuα = 1 − (160 − 60)·80/(2·120·40) = 1/6. Its units are the 40 characters both coded, not
     * n/m = 80 (a position counts once, however many codes it has).
     */
    @Test
    void severalCodesOnTheSameWordsCountTheirCharactersOnce() {
        CodingStudy study = CodingStudy.of("characters", "A", "B", Map.of("doc", 100L), List.of("T/x", "T/y"), List.of(
                new Stretch("doc", "T/x", "A", 0, 40), new Stretch("doc", "T/y", "A", 0, 40), new Stretch("doc", "T/x", "B", 0, 40)));
        Row t = row(DomainAlpha.of(study, List.of()), Scope.domain("T", null));
        assertEquals(1.0 / 6, t.figure("cu-alpha").value(), EXACT);
        assertEquals(40, t.figure("cu-alpha").units());
        assertEquals(40, row(DomainAlpha.of(study, List.of()), Scope.OVERALL).figure("Cu-alpha").units());
    }

    @Test
    void codersWhoAgreeGiveOne() {
        CodingStudy study = CodingStudy.of("characters", "A", "B", Map.of("doc", 100L), List.of("T", "T/x", "T/y"), List.of(
                new Stretch("doc", "T/x", "A", 10, 40), new Stretch("doc", "T/y", "A", 50, 60),
                new Stretch("doc", "T/x", "B", 10, 40), new Stretch("doc", "T/y", "B", 50, 60)));
        Row t = row(DomainAlpha.of(study, List.of()), Scope.domain("T", null));
        assertEquals(1.0, t.figure("alpha-binary").value(), EXACT);
        assertEquals(1.0, t.figure("cu-alpha").value(), EXACT);
        assertEquals("domain", t.scope().level().label(), "a domain's row is named as such, not as a code's");
        assertEquals("domain-source", Scope.domain("T", "doc").level().label());
        assertEquals("code", new Scope("T", null).level().label());
    }

}
