package org.attune.agreement.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;


/**
 * ATLAS.ti's family of unitizing alphas over semantic domains (Krippendorff, Mathet, Bouvry &amp; Fort 2016;
 * Krippendorff 2019, §12.6). A domain is a theme and its sub-codes: a code path and every code below it
 * ("Parent/Child" names). Per domain:
 * <ul>
 * <li>{@code alpha-binary}, |uα: whether the coders tell relevant matter (coded with any code of the domain) from
 * irrelevant matter: Krippendorff et al.'s (2016) uα with every code of the domain one category, a coder's units of the
 * domain joined where they overlap (not DKPro's 2004 αU, which weighs the gaps differently);</li>
 * <li>{@code cu-alpha}, cuα: whether they give the matter both found relevant the same code of the domain: nominal
 * alpha of the coincidences of codes in the intersections of the two coders' units, each intersection weighing by
 * its length.</li>
 * </ul>
 * Per source and overall, {@code Cu-alpha}, Cuα: the same coincidences with each unit's domain as its value (are the
 * coders' units given codes of the same domain), and {@code alpha-binary} with every domain's codes relevant.
 * Figures over several sources lay them end to end on one continuum. Takes two or more coders (Krippendorff's unitizing
 * family is defined for m coders); a row counts each coder's units ({@code unitsA}, {@code unitsB} for two coders,
 * {@code units:<coder>} for more). Formulas: docs/agreement.md.
 */
public final class DomainAlpha {
    private DomainAlpha() {
    }

    /** The top-level themes of the study's codes (the first part of each code's path), in the codes' order. */
    public static List<String> themes(CodingStudy study) {
        LinkedHashSet<String> themes = new LinkedHashSet<>();
        study.codes().forEach(code -> themes.add(code.contains("/") ? code.substring(0, code.indexOf('/')) : code));
        return List.copyOf(themes);
    }

    /** Whether {@code code} (a path) is in the domain of {@code theme}: the theme itself or a code below it. */
    public static boolean inDomain(String code, String theme) {
        return code.equals(theme) || code.startsWith(theme + "/");
    }

    /**
     * Rows per domain and source (where any coder coded the domain), per domain, per source and overall.
     * {@code domains}: the themes whose domains to compare (code paths); empty for every top-level theme.
     */
    public static List<Row> of(CodingStudy study, List<String> domains) {
        List<String> themes = domains.isEmpty() ? themes(study) : List.copyOf(domains);
        Function<String, String> domainOf = code -> themes.stream().filter(t -> inDomain(code, t)).findFirst().orElse(null);
        List<Row> rows = new ArrayList<>();
        for (String theme : themes) {
            for (String source : study.sources()) {
                if (study.codes().stream().anyMatch(c -> inDomain(c, theme) && study.coded(source, c))) {
                    rows.add(domainRow(study, Scope.domain(theme, source), List.of(source), theme));
                }
            }
            rows.add(domainRow(study, Scope.domain(theme, null), study.sources(), theme));
        }
        for (String source : study.sources()) {
            rows.add(acrossRow(study, new Scope(null, source), List.of(source), domainOf));
        }
        rows.add(acrossRow(study, Scope.OVERALL, study.sources(), domainOf));
        return rows;
    }

    /**
     * Worst first: by |uα ascending, then cuα or Cuα; a figure that is not defined sorts last, then by domain and
     * source.
     */
    public static final java.util.Comparator<Row> WORST_FIRST = java.util.Comparator.<Row, Double>comparing(r -> r.figure("alpha-binary").value(),
            java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(r -> r.scope().level() == Scope.Level.DOMAIN || r.scope().level() == Scope.Level.DOMAIN_SOURCE
                    ? r.figure("cu-alpha").value() : r.figure("Cu-alpha").value(), java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(r -> String.valueOf(r.scope().code()))
            .thenComparing(r -> String.valueOf(r.scope().source()));

    /** The rows of one level (per domain, per source, ...), worst first. */
    public static List<Row> worstFirst(List<Row> rows, Scope.Level level) {
        return rows.stream().filter(r -> r.scope().level() == level).sorted(WORST_FIRST).toList();
    }

    private static Row domainRow(CodingStudy study, Scope scope, List<String> sources, String theme) {
        Continuum c = Continuum.of(study, sources, code -> inDomain(code, theme) ? code : null);
        return new Row(scope, c.counts(), List.of(binary(c), coincidence("cu-alpha", c),
                Figure.notDefined("Cu-alpha", c.length, study.unit(), "across domains: see the source and overall rows")));
    }

    private static Row acrossRow(CodingStudy study, Scope scope, List<String> sources, Function<String, String> domainOf) {
        Continuum c = Continuum.of(study, sources, domainOf);
        return new Row(scope, c.counts(), List.of(binary(c),
                Figure.notDefined("cu-alpha", c.length, study.unit(), "within a domain: see the domain rows"),
                coincidence("Cu-alpha", c)));
    }

    /**
     * |uα (Krippendorff, Mathet, Bouvry &amp; Widlöcher 2016; Krippendorff 2019, §12.6.4): each coder's continuum is
     * partitioned into the domain's units (joined where they overlap) and the gaps between them. From the coincidences of
     * lengths of every ordered pair of different coders, divided by m − 1 (ℓ.. = m·L): ℓ_R. = Σ_i |R_i| (relevant length of
     * each coder), ℓ_φ. = ℓ.. − ℓ_R., ℓ_RR = Σ_{i≠j} |R_i ∩ R_j|/(m − 1), observed D_o = 2·(ℓ_R. − ℓ_RR) and expected
     * D_e = 2·ℓ_R.·ℓ_φ./(ℓ.. − Σ/ℓ..), Σ adding up the squared length of every unit and the length of every gap of every
     * coder; |uα = 1 − D_o/D_e.
     */
    private static Figure binary(Continuum c) {
        int coders = c.units.size();
        if (c.units.stream().allMatch(List::isEmpty)) {
            return Figure.notDefined("alpha-binary", c.length, c.unit, coders == 2 ? "neither coder coded here" : "no coder coded here");
        }
        List<List<long[]>> relevant = c.units.stream().map(DomainAlpha::joined).toList();
        double total = (double) coders * c.length;
        double relevantLength = 0;
        double squares = 0;
        for (List<long[]> units : relevant) {
            long covered = 0;
            for (long[] u : units) {
                covered += u[1] - u[0];
                squares += (double) (u[1] - u[0]) * (u[1] - u[0]);
            }
            relevantLength += covered;
            squares += c.length - covered; // the gaps: each position counts once
        }
        double both = 0;
        for (int i = 0; i < coders; i++) {
            for (int j = 0; j < coders; j++) {
                if (i != j) {
                    for (long[] a : relevant.get(i)) {
                        for (long[] b : relevant.get(j)) {
                            both += Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
                        }
                    }
                }
            }
        }
        both /= coders - 1;
        double observed = 2 * (relevantLength - both);
        double expected = 2 * relevantLength * (total - relevantLength) / (total - squares / total);
        return expected > 0 ? Figure.of("alpha-binary", 1 - observed / expected, c.length, c.unit)
                : Figure.notDefined("alpha-binary", c.length, c.unit, "no expected disagreement (the coding covers the whole continuum)");
    }

    /**
     * cuα, and Cuα with domains as the values (Krippendorff et al. 2016; Krippendorff 2019, §12.6.5, eqs. 36–37): nominal
     * alpha of the coincidences ℓ*_vw of values in the intersections of the coders' units — over every ordered pair of
     * different coders the lengths of the intersections of a unit valued v of the one coder with a unit valued w of the
     * other, divided by m − 1 (for two coders: both orders, each intersection twice) — whose expected coincidences are
     * corrected for the units' lengths, as uα's are: a unit g of coder i takes part with its pairable length
     * ℓ*_ig = Σ_{j≠i} Σ_h |g ∩ h|/(m − 1) (its share of ℓ*..), and
     * ε*_vw = (ℓ*_v.·ℓ*_.w − [v = w]·Σ_{ig valued v} ℓ*_ig²)/(ℓ*.. − Σ_ig ℓ*_ig²/ℓ*..), so
     * α = 1 − (ℓ*.. − Σ_ig ℓ*_ig²/ℓ*..)·Σ_{v≠w} ℓ*_vw / Σ_{v≠w} ℓ*_v.·ℓ*_w. (with units of length 1 this is the plain
     * coincidence alpha's n − 1). Krippendorff's (2019) Figure 12.11 gives .724 this way. The figure's units are the
     * positions at least two coders coded ({@link #pairable}).
     */
    private static Figure coincidence(String id, Continuum c) {
        int coders = c.units.size();
        Map<String, Map<String, Double>> o = new LinkedHashMap<>();
        double squares = 0;
        for (int i = 0; i < coders; i++) {
            for (Unit a : c.units.get(i)) {
                double pairable = 0;
                for (int j = 0; j < coders; j++) {
                    if (i == j) {
                        continue;
                    }
                    for (Unit b : c.units.get(j)) {
                        long common = Math.min(a.end, b.end) - Math.max(a.start, b.start);
                        if (common > 0) {
                            o.computeIfAbsent(a.value, k -> new LinkedHashMap<>()).merge(b.value, (double) common / (coders - 1), Double::sum);
                            pairable += (double) common / (coders - 1);
                        }
                    }
                }
                squares += pairable * pairable;
            }
        }
        Map<String, Double> margins = new LinkedHashMap<>();
        o.forEach((v, row) -> margins.put(v, row.values().stream().mapToDouble(Double::doubleValue).sum()));
        double n = margins.values().stream().mapToDouble(Double::doubleValue).sum();
        double disagree = 0;
        for (Map.Entry<String, Map<String, Double>> row : o.entrySet()) {
            for (Map.Entry<String, Double> cell : row.getValue().entrySet()) {
                disagree += row.getKey().equals(cell.getKey()) ? 0 : cell.getValue();
            }
        }
        double expected = 0;
        for (Map.Entry<String, Double> v : margins.entrySet()) {
            for (Map.Entry<String, Double> w : margins.entrySet()) {
                expected += v.getKey().equals(w.getKey()) ? 0 : v.getValue() * w.getValue();
            }
        }
        long units = pairable(c);
        if (n == 0) {
            return Figure.notDefined(id, 0, c.unit, "the coders' units do not overlap");
        }
        if (expected == 0) {
            return Figure.notDefined(id, units, c.unit, "one value only in the matter both coded, so no expected disagreement");
        }
        return Figure.of(id, 1 - (n - squares / n) * disagree / expected, units, c.unit);
    }

    /**
     * The positions of the continuum that at least two coders coded (with anything in the comparison): what cuα and Cuα are
     * computed on. Not ℓ*../m, which counts a position once per pair of intersecting units and so exceeds the continuum when
     * a coder gave the same words several codes.
     */
    private static long pairable(Continuum c) {
        java.util.TreeMap<Long, Integer> steps = new java.util.TreeMap<>();
        for (List<Unit> units : c.units) {
            for (long[] u : joined(units)) {
                steps.merge(u[0], 1, Integer::sum);
                steps.merge(u[1], -1, Integer::sum);
            }
        }
        long total = 0;
        int coding = 0;
        long from = 0;
        for (Map.Entry<Long, Integer> step : steps.entrySet()) {
            if (coding >= 2) {
                total += step.getKey() - from;
            }
            coding += step.getValue();
            from = step.getKey();
        }
        return total;
    }

    private static List<long[]> joined(List<Unit> units) {
        List<long[]> out = new ArrayList<>();
        units.stream().sorted((x, y) -> Long.compare(x.start, y.start)).forEach(u -> {
            long[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && u.start < last[1]) {
                last[1] = Math.max(last[1], u.end);
            } else {
                out.add(new long[] { u.start, u.end });
            }
        });
        return out;
    }

    private record Unit(long start, long end, String value) {
    }

    /** Every coder's units on the sources laid end to end, each valued by {@code value} (null: not in the comparison). */
    private record Continuum(String unit, long length, List<String> coders, List<List<Unit>> units) {
        static Continuum of(CodingStudy study, List<String> sources, Function<String, String> value) {
            List<String> coders = study.coders();
            List<List<Unit>> units = new ArrayList<>();
            coders.forEach(coder -> units.add(new ArrayList<>()));
            long begin = 0;
            for (String source : sources) {
                for (String code : study.codes()) {
                    String v = value.apply(code);
                    if (v == null) {
                        continue;
                    }
                    for (int coder = 0; coder < coders.size(); coder++) {
                        for (Stretch s : study.units(source, code, coders.get(coder))) {
                            units.get(coder).add(new Unit(begin + s.start(), begin + s.end(), v));
                        }
                    }
                }
                begin += study.length(source);
            }
            return new Continuum(study.unit(), begin, coders, units);
        }

        Map<String, Long> counts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int r = 0; r < coders.size(); r++) {
                counts.put(CodingStudy.unitCountKey(coders, r), (long) units.get(r).size());
            }
            counts.put("length", length);
            return counts;
        }
    }
}
