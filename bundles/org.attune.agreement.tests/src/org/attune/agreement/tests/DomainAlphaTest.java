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
 * ATLAS.ti's domain alphas. |uα (Krippendorff et al. 2016; 2019 §12.6.4) against an independent implementation of that
 * paper's uα, run here on the same data (zeljkobekcic/KrippendorffUnitizedAlpha, Python, with the domain's codes one
 * category and the gaps filled in): no published |uα figure was found. It is not Krippendorff's (2004) (c)αU, whose
 * published .7286 DKPro reproduces (the alpha-u method). cuα and Cuα against values worked out by hand below, since no
 * published figures for them were found either; with two and with three coders.
 */
class DomainAlphaTest {
    private static final double PUBLISHED = 1e-4;
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
     * [250,270) of 300); with c and k one domain (units joined: i [30,145) [150,200) [220,250), j [30,200) [205,225)
     * [250,270)) 0.56998628.
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
        assertEquals(0.5699862825788752, row(rows, Scope.OVERALL).figure("alpha-binary").value(), CROSS_CHECK);
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
     * cuα of three coders by hand: the domain T of T/x and T/y on 100 characters, A: T/x [0,40), B: T/x [0,30) T/y [30,40),
     * C: T/y [0,40). Intersections over the ordered pairs of coders: x∩x 30 (A,B) twice = 60; x∩y 10 (A,B) + 40 (A,C) +
     * 30 (B,C) = 80, and y∩x the same 80; y∩y 10 (B,C) twice = 20. Divided by m − 1 = 2: o_xx = 30, o_xy = o_yx = 40,
     * o_yy = 10; n_x = 70, n_y = 50, n = 120. cuα = 1 − 119·80/(2·70·50) = −0.36; its units n/m = 40 (all three coded
     * [0,40)); |uα = 1 (they agree on what is relevant).
     */
    @Test
    void cuAlphaOfThreeCodersByHand() {
        CodingStudy study = CodingStudy.of("characters", List.of("A", "B", "C"), Map.of("doc", 100L), List.of("T/x", "T/y"), List.of(
                new Stretch("doc", "T/x", "A", 0, 40), new Stretch("doc", "T/x", "B", 0, 30), new Stretch("doc", "T/y", "B", 30, 40),
                new Stretch("doc", "T/y", "C", 0, 40)));
        Row t = row(DomainAlpha.of(study, List.of()), Scope.domain("T", null));
        assertEquals(1 - 119.0 * 80 / 7000, t.figure("cu-alpha").value(), EXACT);
        assertEquals(40, t.figure("cu-alpha").units());
        assertEquals(1.0, t.figure("alpha-binary").value(), EXACT);
        // two of the three alone, as the pairwise report computes them: A and C always disagree, 1 − 79·80/(2·40·40)
        CodingStudy ac = CodingStudy.of("characters", List.of("A", "C"), Map.of("doc", 100L), List.of("T/x", "T/y"), List.of(
                new Stretch("doc", "T/x", "A", 0, 40), new Stretch("doc", "T/y", "C", 0, 40)));
        assertEquals(1 - 79.0 * 80 / 3200, row(DomainAlpha.of(ac, List.of()), Scope.domain("T", null)).figure("cu-alpha").value(), EXACT);
    }

    /**
     * Two coders, the continuum 0–100 of one transcript, the theme T with the codes T/x and T/y and the theme U with U/z.
     * <pre>
     * A: T/x [0,40)  U/z [40,60)        B: T/y [0,30)  U/z [30,60)   and, in the domain T only, A: T/x [0,40)
     * </pre>
     * <b>Cuα</b> (values: domains). Intersections: T∩T = [0,30) = 30, T(A)∩U(B) = [30,40) = 10, U∩U = [40,60) = 20.
     * Coincidences, both orders: o_TT = 60, o_UU = 40, o_TU = o_UT = 10; margins n_T = 70, n_U = 50, n = 120.
     * Cuα = 1 − (n − 1)·Σ_{v≠w} o_vw / Σ_{v≠w} n_v·n_w = 1 − 119·20 / (2·70·50) = 1 − 2380/7000 = 0.66.
     * <p>
     * <b>cuα of T</b> (values: T's codes). The one intersection is T/x(A) ∩ T/y(B) = [0,30) = 30: o_xy = o_yx = 30,
     * n_x = n_y = 30, n = 60; cuα = 1 − 59·60 / (2·30·30) = 1 − 3540/1800 = −0.96667 (they always disagree).
     * <p>
     * <b>cuα of T with a third coding</b> B: T/x [50,90) as well, and A: T/y [70,100): new intersection T/y(A) ∩ T/x(B) =
     * [70,90) = 20, so o_xy = o_yx = 50 and n = 100 — still no agreeing pair: 1 − 99·100/(2·50·50) = −0.98.
     */
    @Test
    void codingWithinAndAcrossDomainsByHand() {
        CodingStudy study = CodingStudy.of("characters", "A", "B", Map.of("doc", 100L), List.of("T/x", "T/y", "U/z"), List.of(
                new Stretch("doc", "T/x", "A", 0, 40), new Stretch("doc", "U/z", "A", 40, 60),
                new Stretch("doc", "T/y", "B", 0, 30), new Stretch("doc", "U/z", "B", 30, 60)));
        List<Row> rows = DomainAlpha.of(study, List.of());
        assertEquals(List.of("T", "U"), DomainAlpha.themes(study));
        assertEquals(0.66, row(rows, Scope.OVERALL).figure("Cu-alpha").value(), EXACT);
        assertEquals(60, row(rows, Scope.OVERALL).figure("Cu-alpha").units(), "30 + 10 + 20 characters both coded");
        assertEquals(0.66, row(rows, new Scope(null, "doc")).figure("Cu-alpha").value(), EXACT);
        assertEquals(1 - 3540.0 / 1800, row(rows, Scope.domain("T", null)).figure("cu-alpha").value(), EXACT);
        assertNull(row(rows, Scope.domain("T", null)).figure("Cu-alpha").value());

        CodingStudy more = CodingStudy.of("characters", "A", "B", Map.of("doc", 100L), List.of("T/x", "T/y", "U/z"), List.of(
                new Stretch("doc", "T/x", "A", 0, 40), new Stretch("doc", "U/z", "A", 40, 60),
                new Stretch("doc", "T/y", "B", 0, 30), new Stretch("doc", "U/z", "B", 30, 60),
                new Stretch("doc", "T/x", "B", 50, 90), new Stretch("doc", "T/y", "A", 70, 100)));
        assertEquals(1 - 9900.0 / 5000, row(DomainAlpha.of(more, List.of("T")), Scope.domain("T", null)).figure("cu-alpha").value(), EXACT);
        assertTrue(DomainAlpha.of(more, List.of("T")).stream().noneMatch(r -> "U".equals(r.scope().code())), "only the chosen domain");
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
