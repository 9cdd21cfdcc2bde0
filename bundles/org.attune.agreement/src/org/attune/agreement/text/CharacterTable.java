package org.attune.agreement.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 2 × 2 table of positions (characters or milliseconds) by whether each coder coded them with a code, and
 * the figures NVivo's coding comparison gives from it: percent agreement (both + neither)/n and Cohen's kappa
 * (p_o − p_e)/(1 − p_e) with p_e = p_A·p_B + (1 − p_A)(1 − p_B). The same two figures over only the positions
 * either coder coded leave "neither" out (QualCoder issue 667). Computed from the counts: a table can hold
 * billions of milliseconds, more than a study of one object per unit (DKPro) can.
 */
record CharacterTable(long both, long onlyA, long onlyB, long neither) {
    static final CharacterTable EMPTY = new CharacterTable(0, 0, 0, 0);

    /** The table of one code in one source. */
    static CharacterTable of(long length, List<Stretch> coveredA, List<Stretch> coveredB) {
        long a = coveredA.stream().mapToLong(Stretch::length).sum();
        long b = coveredB.stream().mapToLong(Stretch::length).sum();
        long both = 0;
        for (Stretch x : coveredA) {
            for (Stretch y : coveredB) {
                both += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            }
        }
        return new CharacterTable(both, a - both, b - both, length - a - b + both);
    }

    CharacterTable plus(CharacterTable other) {
        return new CharacterTable(both + other.both, onlyA + other.onlyA, onlyB + other.onlyB, neither + other.neither);
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("both", both);
        counts.put("onlyA", onlyA);
        counts.put("onlyB", onlyB);
        counts.put("neither", neither);
        return counts;
    }

    List<Figure> figures(String unit) {
        long n = both + onlyA + onlyB + neither;
        long coded = both + onlyA + onlyB;
        return List.of(percent("percent", both + neither, n, unit), kappa("kappa", neither, n, unit),
                percent("percent-coded", both, coded, unit), kappa("kappa-coded", 0, coded, unit));
    }

    private static Figure percent(String id, long agreeing, long n, String unit) {
        return n == 0 ? Figure.notDefined(id, 0, unit, "no " + unit + " to compare")
                : Figure.of(id, 100.0 * agreeing / n, n, unit);
    }

    private Figure kappa(String id, long neitherCounted, long n, String unit) {
        if (n == 0) {
            return Figure.notDefined(id, 0, unit, "no " + unit + " to compare");
        }
        double pA = (double) (both + onlyA) / n;
        double pB = (double) (both + onlyB) / n;
        double expected = pA * pB + (1 - pA) * (1 - pB);
        if (expected >= 1) {
            return Figure.notDefined(id, n, unit, pA == 0 ? "neither coder coded these " + unit
                    : "both coders coded every one of these " + unit + ", so chance agreement is 1");
        }
        double observed = (double) (both + neitherCounted) / n;
        return Figure.of(id, (observed - expected) / (1 - expected), n, unit);
    }
}
