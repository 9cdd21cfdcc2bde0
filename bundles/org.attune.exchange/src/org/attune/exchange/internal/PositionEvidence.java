package org.attune.exchange.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tells how a file's text positions were counted from what its selections show when read each way: a coded
 * stretch made by a person starts and ends on word boundaries, and where the tool wrote the coded words into the
 * selection's name (QualCoder does; ATLAS.ti writes the start of a quotation) they must be the words found there.
 * The reading that fits best wins; the tool's known habit decides a tie.
 */
public final class PositionEvidence {
    private record Stretch(ToolText text, long start, long end, String name) {
    }

    /** How well the selections fit when read with one model. */
    private record Reading(PositionModel model, int inside, int onBoundaries, int namesMatched, int named) {
        int score() {
            return 3 * namesMatched + onBoundaries + inside;
        }
    }

    /** The model chosen, and a sentence for the import report, or null where every reading places the same. */
    public record Choice(PositionModel model, String explanation) {
    }

    private final List<Stretch> stretches = new ArrayList<>();
    private boolean astral;
    private boolean crLf;

    public void add(ToolText text, long start, long end, String name) {
        stretches.add(new Stretch(text, start, end, name));
        astral |= text.hasAstral();
        crLf |= text.hasCrLf();
    }

    public Choice choose(PositionModel expected, String origin) {
        List<PositionModel> candidates = PositionModel.candidates(expected, astral, crLf);
        if (candidates.size() == 1) {
            return new Choice(expected, null);
        }
        List<Reading> readings = candidates.stream().map(this::read).toList();
        Reading expectedReading = readings.get(0);
        Reading best = readings.stream().reduce(expectedReading, (a, b) -> b.score() > a.score() ? b : a);
        String tool = "as " + (origin == null ? "the file's tool" : origin) + " is known to count";
        String why = best != expectedReading ? "the selections fit this reading best"
                : readings.stream().allMatch(r -> r.score() == best.score()) ? tool + "; the selections fit every reading alike"
                : tool + ", and the selections fit it best";
        Reading next = readings.stream().filter(r -> r != best).max(Comparator.comparingInt(Reading::score)).orElseThrow();
        String others = "as " + next.model().describe() + ", " + fit(next);
        return new Choice(best.model(), "text positions were read as " + best.model().describe() + " (" + why + ": read so, "
                + fit(best) + "; " + others + ")");
    }

    private String fit(Reading r) {
        String s = r.onBoundaries() + " of " + stretches.size() + " selections start and end on word boundaries";
        if (r.named() > 0) {
            s += ", " + r.namesMatched() + " of " + r.named() + " cover the words their name quotes";
        }
        if (r.inside() < stretches.size()) {
            int outside = stretches.size() - r.inside();
            s += ", " + outside + (outside == 1 ? " lies" : " lie") + " outside its text";
        }
        return s;
    }

    private Reading read(PositionModel model) {
        int inside = 0;
        int bounded = 0;
        int matched = 0;
        int named = 0;
        for (Stretch s : stretches) {
            String quoted = quote(s.name());
            if (quoted != null) {
                named++;
            }
            int start = s.text().toStored(s.start(), model);
            int end = s.text().toStored(s.end(), model);
            if (start < 0 || end < 0 || start >= end) {
                continue;
            }
            inside++;
            int[] cps = s.text().codePoints();
            if (isBoundary(cps, start) && isBoundary(cps, end) && !Character.isWhitespace(cps[start]) && !Character.isWhitespace(cps[end - 1])) {
                bounded++;
            }
            if (quoted != null) {
                String found = squeeze(new String(cps, start, end - start));
                if (found.equals(quoted) || quoted.length() >= 8 && found.startsWith(quoted)) {
                    matched++;
                }
            }
        }
        return new Reading(model, inside, bounded, matched, named);
    }

    private static boolean isBoundary(int[] cps, int at) {
        return at == 0 || at == cps.length || !Character.isLetterOrDigit(cps[at - 1]) || !Character.isLetterOrDigit(cps[at]);
    }

    /** A selection's name as words to look for: line breaks of any kind and runs of spaces as one space, no ellipsis. */
    private static String quote(String name) {
        if (name == null) {
            return null;
        }
        String q = squeeze(name);
        if (q.endsWith("...") || q.endsWith("\u2026")) {
            q = q.substring(0, q.length() - (q.endsWith("...") ? 3 : 1)).strip();
        }
        return q.length() < 3 ? null : q;
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u2028\\u2029]+", " ").strip();
    }
}
