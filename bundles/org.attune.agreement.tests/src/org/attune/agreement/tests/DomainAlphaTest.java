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
 * ATLAS.ti's domain alphas: |uα against Krippendorff's (2004) published (c)αU, which it equals for a domain of one code
 * (relevant = coded c); cuα and Cuα against values worked out by hand below, since no published figures for them were
 * found.
 */
class DomainAlphaTest {
    private static final double PUBLISHED = 1e-4;
    private static final double EXACT = 1e-12;

    private static Row row(List<Row> rows, Scope scope) {
        return rows.stream().filter(r -> r.scope().equals(scope)).findFirst().orElseThrow(() -> new AssertionError("no row " + scope + " in " + rows));
    }

    /** Krippendorff (2004), Content Analysis, 2nd ed., pp. 251–256, shifted to start at 0: (c)αU = .7286, (k)αU = 1.000. */
    @Test
    void binaryAlphaOfAOneCodeDomainIsThePublishedCategoryAlpha() {
        List<Stretch> stretches = List.of(
                new Stretch("continuum", "c", "i", 75, 145), new Stretch("continuum", "c", "i", 220, 250),
                new Stretch("continuum", "c", "j", 70, 150), new Stretch("continuum", "c", "j", 205, 225),
                new Stretch("continuum", "c", "j", 250, 270),
                new Stretch("continuum", "k", "i", 30, 90), new Stretch("continuum", "k", "i", 150, 200),
                new Stretch("continuum", "k", "j", 30, 90), new Stretch("continuum", "k", "j", 150, 200));
        CodingStudy study = CodingStudy.of("characters", "i", "j", Map.of("continuum", 300L), List.of("c", "k"), stretches);
        List<Row> rows = DomainAlpha.of(study, List.of());
        assertEquals(List.of("c", "k"), DomainAlpha.themes(study));
        assertEquals(0.7286, row(rows, Scope.domain("c", "continuum")).figure("alpha-binary").value(), PUBLISHED);
        assertEquals(0.7286, row(rows, Scope.domain("c", null)).figure("alpha-binary").value(), PUBLISHED);
        assertEquals(1.0, row(rows, Scope.domain("k", null)).figure("alpha-binary").value(), PUBLISHED);
        assertEquals(Map.of("unitsA", 2L, "unitsB", 3L, "length", 300L), row(rows, Scope.domain("c", null)).counts());
        Row c = row(rows, Scope.domain("c", null));
        assertFalse(c.figure("cu-alpha").isDefined(), "one code in the domain: nothing to tell apart");
        assertTrue(c.figure("cu-alpha").notDefined().contains("one value only"), c.toString());
        // Across the two domains c and k, relevant = coded c or k: the overall |uα equals αU of the study in which
        // c and k are one code.
        CodingStudy oneCode = CodingStudy.of("characters", "i", "j", Map.of("continuum", 300L), List.of("c or k"), stretches.stream()
                .map(x -> new Stretch(x.source(), "c or k", x.coder(), x.start(), x.end())).toList());
        assertEquals(row(UnitizingAlpha.of(oneCode), Scope.OVERALL).figure("alpha-u").value(),
                row(rows, Scope.OVERALL).figure("alpha-binary").value(), EXACT);
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
