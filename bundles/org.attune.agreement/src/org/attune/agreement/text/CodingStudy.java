package org.attune.agreement.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What two or more coders coded: the sources (each a continuum of {@code unit}s from 0 to its length), the codes
 * being compared and the coded stretches of the coders. Stretches of other coders, codes or sources are left out.
 * The pairwise methods (characters, segments) take a study of exactly two coders ({@link #coderA()},
 * {@link #coderB()}); Krippendorff's αU ({@link UnitizingAlpha}) and the semantic domains ({@link DomainAlpha}) take any number.
 */
public final class CodingStudy {
    private final String unit;
    private final List<String> coders;
    private final Map<String, Long> sources;
    private final List<String> codes;
    private final List<Stretch> stretches;

    private CodingStudy(String unit, List<String> coders, Map<String, Long> sources, List<String> codes, List<Stretch> stretches) {
        this.unit = unit;
        this.coders = coders;
        this.sources = sources;
        this.codes = codes;
        this.stretches = stretches;
    }

    /**
     * @param unit    what a position counts, plural: "characters" or "milliseconds"
     * @param sources each source's name and length, in the order to report them
     * @throws IllegalArgumentException when the coders are the same or a stretch runs past its source's end
     */
    public static CodingStudy of(String unit, String coderA, String coderB, Map<String, Long> sources, List<String> codes,
            List<Stretch> stretches) {
        return of(unit, List.of(coderA, coderB), sources, codes, stretches);
    }

    /**
     * A study of two or more coders, in the order given (a coder's position is its rater index).
     *
     * @throws IllegalArgumentException when there are fewer than two coders, a coder is named twice or a stretch runs
     *                                  past its source's end
     */
    public static CodingStudy of(String unit, List<String> coders, Map<String, Long> sources, List<String> codes,
            List<Stretch> stretches) {
        if (coders.size() < 2) {
            throw new IllegalArgumentException("agreement needs at least two coders, not " + coders);
        }
        for (int i = 0; i < coders.size(); i++) {
            if (coders.indexOf(coders.get(i)) != i) {
                throw new IllegalArgumentException("agreement needs different coders, not " + coders.get(i) + " twice");
            }
        }
        List<Stretch> kept = new ArrayList<>();
        for (Stretch s : stretches) {
            boolean ours = coders.contains(s.coder()) && codes.contains(s.code());
            if (ours && sources.containsKey(s.source())) {
                if (s.end() > sources.get(s.source())) {
                    throw new IllegalArgumentException(s.source() + " has " + sources.get(s.source()) + " " + unit + ", but "
                            + s.coder() + " coded " + s.code() + " at " + s.start() + "-" + s.end());
                }
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingLong(Stretch::start).thenComparingLong(Stretch::end));
        return new CodingStudy(unit, List.copyOf(coders), new LinkedHashMap<>(sources), List.copyOf(codes), List.copyOf(kept));
    }

    public String unit() {
        return unit;
    }

    /** The coders, in the order given. */
    public List<String> coders() {
        return coders;
    }

    /**
     * The first of the two coders of a pairwise comparison.
     *
     * @throws IllegalStateException when the study has more than two coders
     */
    public String coderA() {
        return pair().get(0);
    }

    /**
     * The second of the two coders of a pairwise comparison.
     *
     * @throws IllegalStateException when the study has more than two coders
     */
    public String coderB() {
        return pair().get(1);
    }

    private List<String> pair() {
        if (coders.size() != 2) {
            throw new IllegalStateException("this comparison takes exactly two coders, not " + coders.size() + " " + coders);
        }
        return coders;
    }

    public List<String> codes() {
        return codes;
    }

    public List<String> sources() {
        return List.copyOf(sources.keySet());
    }

    public long length(String source) {
        return sources.get(source);
    }

    /**
     * The key of a row's count of the units of the coder at {@code position}: {@code unitsA}, {@code unitsB} for two coders
     * (as the pairwise methods), {@code units:<coder>} for more.
     */
    static String unitCountKey(List<String> coders, int position) {
        return coders.size() == 2 ? (position == 0 ? "unitsA" : "unitsB") : "units:" + coders.get(position);
    }

    /** How many stretches each coder coded in the study. */
    public long stretchCount(String coder) {
        return stretches.stream().filter(s -> s.coder().equals(coder)).count();
    }

    /** The coder's stretches of the code in the source, by start. */
    List<Stretch> stretches(String source, String code, String coder) {
        return stretches.stream().filter(s -> s.source().equals(source) && s.code().equals(code) && s.coder().equals(coder))
                .toList();
    }

    /** Whether any coder coded the code in the source. */
    boolean coded(String source, String code) {
        return stretches.stream().anyMatch(s -> s.source().equals(source) && s.code().equals(code));
    }

    /**
     * What the coder covered with the code in the source, overlapping and touching stretches joined: a position
     * is coded or not, however many codings of the same code cover it.
     */
    List<Stretch> covered(String source, String code, String coder) {
        List<Stretch> joined = new ArrayList<>();
        for (Stretch s : stretches(source, code, coder)) {
            Stretch last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && s.start() <= last.end()) {
                joined.set(joined.size() - 1, new Stretch(source, code, coder, last.start(), Math.max(last.end(), s.end())));
            } else {
                joined.add(s);
            }
        }
        return joined;
    }

    /**
     * The coder's units of the code in the source as Krippendorff (2019, §12.6) counts them: every coding is a unit, only
     * overlapping ones are joined (a coder's continuum is a partition); touching ones stay apart (Krippendorff's Figure
     * 12.11 counts Suzan's adjacent units of one value separately).
     */
    List<Stretch> units(String source, String code, String coder) {
        List<Stretch> joined = new ArrayList<>();
        for (Stretch s : stretches(source, code, coder)) {
            Stretch last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && s.start() < last.end()) {
                joined.set(joined.size() - 1, new Stretch(source, code, coder, last.start(), Math.max(last.end(), s.end())));
            } else {
                joined.add(s);
            }
        }
        return joined;
    }

    /** The scopes to report: each code in each source either coder coded it in, each code, each source, overall. */
    public List<Scope> scopes() {
        List<Scope> scopes = new ArrayList<>();
        for (String code : codes) {
            for (String source : sources.keySet()) {
                if (coded(source, code)) {
                    scopes.add(new Scope(code, source));
                }
            }
        }
        codes.forEach(code -> scopes.add(new Scope(code, null)));
        sources.keySet().forEach(source -> scopes.add(new Scope(null, source)));
        scopes.add(Scope.OVERALL);
        return scopes;
    }
}
