package org.attune.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.attune.model.TextSelection;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.RegionSelection;
import org.attune.model.Source;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;
import org.attune.model.TimeSelection;
import org.attune.model.User;
import org.attune.model.attributes.Attributes;
import org.attune.store.ProjectStore;

/** Every coded segment of chosen codes, with where it is, who speaks, which case, and its surroundings. */
public final class CodedSegments {
    /** Characters of context shown on each side of a segment. */
    public static final int CONTEXT = 80;

    /** One coded stretch; positions are code points; speaker and case are null when unknown. */
    public record Segment(Coding coding, Source source, int start, int end, String speaker, Case caseOf, String before,
            String text, String after) {
        public String coder() {
            return coding.getCreatedBy() == null ? null : coding.getCreatedBy().getName();
        }
    }

    /**
     * Narrows segments: by a case attribute ({@code role} or a defined attribute's name, {@code case.NAME} too) or a
     * source attribute ({@code source.NAME}, e.g. {@code source.From}), and by coder.
     */
    public record Filter(String attribute, String value, String coder) {
        public static final Filter NONE = new Filter(null, null, null);

        Predicate<Segment> predicate() {
            return s -> (coder == null || coder.equalsIgnoreCase(s.coder())) && (attribute == null || value != null
                    && (Attributes.isSourceAttribute(attribute) ? value.equalsIgnoreCase(Attributes.valueOf(s.source(), Attributes.nameOf(attribute)))
                            : s.caseOf() != null && value.equalsIgnoreCase(valueOf(s.caseOf(), attribute))));
        }
    }

    private CodedSegments() {
    }

    /** The segments of {@code codes} (with sub-codes if asked), by source and position; every coder's. */
    public static List<Segment> of(ProjectStore store, Collection<Code> codes, boolean withSubCodes, Filter filter) {
        return of(store, codes, withSubCodes, filter, c -> true);
    }

    /**
     * The segments of {@code codes} that {@code viewer} may see under the project's blind coding rule
     * ({@link BlindCoding#canSee}), by source and position.
     */
    public static List<Segment> of(ProjectStore store, Collection<Code> codes, boolean withSubCodes, Filter filter, User viewer) {
        return of(store, codes, withSubCodes, filter, c -> BlindCoding.canSee(c, viewer));
    }

    /**
     * The segments of {@code codes} whose codings {@code shown} lets through (a {@link CodingLens}: the blind rule
     * and a coder choice), by source and position.
     */
    public static List<Segment> of(ProjectStore store, Collection<Code> codes, boolean withSubCodes, Filter filter,
            Predicate<Coding> shown) {
        Set<Code> wanted = new HashSet<>();
        for (Code code : codes) {
            if (withSubCodes) {
                addTree(code, wanted);
            } else {
                wanted.add(code);
            }
        }
        List<Segment> segments = new ArrayList<>();
        for (Source source : store.project().getSources()) {
            store.load(source);
            String text = null;
            for (Coding coding : source.getCodings()) {
                if (!wanted.contains(coding.getCode()) || !shown.test(coding)) {
                    continue;
                }
                if (source instanceof TextSource t && coding.getSelection() instanceof TextSelection) {
                    text = text == null ? store.text(t) : text;
                    segments.add(textSegment(t, text, coding));
                } else {
                    segments.add(new Segment(coding, source, -1, -1, null, firstCase(source), "", describe(coding), ""));
                }
            }
        }
        segments.sort(Comparator.comparing((Segment s) -> s.source().getName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparingInt(Segment::start));
        return segments.stream().filter(filter.predicate()).toList();
    }

    /** The value of a case's attribute, {@code role} included ({@link Attributes#valueOf(Case, String)}). */
    public static String valueOf(Case c, String attribute) {
        return Attributes.valueOf(c, Attributes.nameOf(attribute));
    }

    /** The turn holding a position, or null. */
    public static SpeakerTurn turnAt(TextSource source, int position) {
        for (SpeakerTurn turn : source.getTurns()) {
            if (turn.getStart() <= position && position < turn.getEnd()) {
                return turn;
            }
        }
        return null;
    }

    private static Segment textSegment(TextSource source, String text, Coding coding) {
        int start = (int) coding.start();
        int end = Math.min((int) coding.end(), text.codePointCount(0, text.length()));
        SpeakerTurn turn = turnAt(source, start);
        Case caseOf = turn != null && turn.getCase() != null ? turn.getCase() : firstCase(source);
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        int contextStart = Math.max(0, from - CONTEXT);
        int contextEnd = Math.min(text.length(), to + CONTEXT);
        return new Segment(coding, source, start, end, turn == null ? null : turn.getSpeaker(), caseOf,
                oneLine(text.substring(contextStart, from)), text.substring(from, to), oneLine(text.substring(to, contextEnd)));
    }

    private static Case firstCase(Source source) {
        return source.getCases().isEmpty() ? null : source.getCases().get(0);
    }

    /** What a coding without text covers: a picture's rectangle in pixels, or a recording's time range. */
    public static String describe(Coding coding) {
        if (coding.getSelection() instanceof RegionSelection r) {
            return "region " + r.getX() + "," + r.getY() + " " + r.getWidth() + "×" + r.getHeight() + " px";
        }
        if (coding.getSelection() instanceof TimeSelection t) {
            return "time " + t.getStartMs() + "–" + t.getEndMs() + " ms";
        }
        return coding.getSelection() == null ? "" : coding.getSelection().eClass().getName();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }

    private static void addTree(Code code, Set<Code> into) {
        into.add(code);
        code.getChildren().forEach(c -> addTree(c, into));
    }
}
