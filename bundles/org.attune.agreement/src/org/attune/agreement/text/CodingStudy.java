package org.attune.agreement.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What two coders coded: the sources (each a continuum of {@code unit}s from 0 to its length), the codes being
 * compared and the coded stretches of both coders. Stretches of other coders, codes or sources are left out.
 */
public final class CodingStudy {
    private final String unit;
    private final String coderA;
    private final String coderB;
    private final Map<String, Long> sources;
    private final List<String> codes;
    private final List<Stretch> stretches;

    private CodingStudy(String unit, String coderA, String coderB, Map<String, Long> sources, List<String> codes,
            List<Stretch> stretches) {
        this.unit = unit;
        this.coderA = coderA;
        this.coderB = coderB;
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
        if (coderA.equals(coderB)) {
            throw new IllegalArgumentException("agreement needs two different coders, not " + coderA + " twice");
        }
        List<Stretch> kept = new ArrayList<>();
        for (Stretch s : stretches) {
            boolean ours = (s.coder().equals(coderA) || s.coder().equals(coderB)) && codes.contains(s.code());
            if (ours && sources.containsKey(s.source())) {
                if (s.end() > sources.get(s.source())) {
                    throw new IllegalArgumentException(s.source() + " has " + sources.get(s.source()) + " " + unit + ", but "
                            + s.coder() + " coded " + s.code() + " at " + s.start() + "-" + s.end());
                }
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingLong(Stretch::start).thenComparingLong(Stretch::end));
        return new CodingStudy(unit, coderA, coderB, new LinkedHashMap<>(sources), List.copyOf(codes), List.copyOf(kept));
    }

    public String unit() {
        return unit;
    }

    public String coderA() {
        return coderA;
    }

    public String coderB() {
        return coderB;
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

    /** How many stretches each coder coded in the study. */
    public long stretchCount(String coder) {
        return stretches.stream().filter(s -> s.coder().equals(coder)).count();
    }

    /** The coder's stretches of the code in the source, by start. */
    List<Stretch> stretches(String source, String code, String coder) {
        return stretches.stream().filter(s -> s.source().equals(source) && s.code().equals(code) && s.coder().equals(coder))
                .toList();
    }

    /** Whether either coder coded the code in the source. */
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
