package org.attune.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attune.model.Case;
import org.attune.model.Coding;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.TimeSelection;
import org.attune.model.User;
import org.attune.model.text.TextUnit;
import org.attune.model.text.TextUnits;
import org.attune.store.ProjectStore;

/**
 * The codings of a project read once for any number of analyses, each with the cases it belongs to.
 *
 * <p><b>Which case a coding belongs to:</b> the cases of the speaker turns its text overlaps, when at least
 * one of those turns is linked to a case (a coding across two participants' turns belongs to both); else the
 * cases of its source (an interview or diary imported for a case). A coding of a recording or picture belongs
 * to its source's cases. A coding may belong to no case.
 *
 * <p>A filter keeps only the sources whose source attributes match its {@code source.NAME} conditions, only the
 * cases that match its case conditions and only the codings that still belong to one of them, and
 * only one coder's codings. Sources are in import order: those with a {@code position} first, by position,
 * then the others in the order they were added to the project.
 */
public final class CodingSet {
    private final ProjectStore store;
    private final AnalysisFilter filter;
    private final List<Source> sources;
    private final List<Case> cases;
    private final List<CodedStretch> stretches = new ArrayList<>();
    private final Map<Source, SourceText> texts = new HashMap<>();
    private final Map<Source, List<TextUnit>> paragraphs = new HashMap<>();
    private final Map<SpeakerTurn, TextUnit> turnUnits = new java.util.IdentityHashMap<>();

    private CodingSet(ProjectStore store, AnalysisFilter filter) {
        this.store = store;
        this.filter = filter;
        this.sources = importOrder(store.project()).stream().filter(this::matches).toList(); // the source conditions
        this.cases = store.project().getCases().stream().filter(this::matches).toList();
    }

    /** Reads every source's codings (each source once) and works out their cases. */
    public static CodingSet read(ProjectStore store, AnalysisFilter filter) throws AnalysisException {
        Project project = store.project();
        for (String attribute : filter.where().keySet()) {
            CaseAttributes.check(project, attribute);
        }
        User coder = filter.coder() == null ? null : coder(project, filter.coder());
        CodingSet set = new CodingSet(store, filter);
        for (Source source : set.sources) {
            store.load(source);
            set.add(source, coder);
        }
        return set;
    }

    public static CodingSet read(ProjectStore store) throws AnalysisException {
        return read(store, AnalysisFilter.NONE);
    }

    private void add(Source source, User coder) {
        List<SpeakerTurn> turns = source instanceof TextSource t ? sortedTurns(t) : List.of();
        int[] turnStarts = turns.stream().mapToInt(SpeakerTurn::getStart).toArray();
        List<Case> sourceCases = source.getCases().stream().filter(cases::contains).toList();
        boolean filtered = filter.where().keySet().stream().anyMatch(a -> !org.attune.model.attributes.Attributes.isSourceAttribute(a));
        for (Coding coding : source.getCodings()) {
            if (coding.getCode() == null || (coder != null && coding.getCreatedBy() != coder) || !filter.visible().test(coding)) {
                continue;
            }
            CodedStretch stretch;
            if (coding.getSelection() instanceof TextSelection s && source instanceof TextSource) {
                List<SpeakerTurn> overlapped = overlapped(turns, turnStarts, s.getStart(), s.getEnd());
                Set<Case> fromTurns = new LinkedHashSet<>();
                overlapped.stream().map(SpeakerTurn::getCase).filter(c -> c != null).forEach(fromTurns::add);
                List<Case> belongs = fromTurns.isEmpty() ? sourceCases : fromTurns.stream().filter(cases::contains).toList();
                if (filtered && belongs.isEmpty()) {
                    continue;
                }
                stretch = new CodedStretch(coding, coding.getCode(), source, true, s.getStart(), s.getEnd(), overlapped, belongs);
            } else {
                if (filtered && sourceCases.isEmpty()) {
                    continue;
                }
                boolean timed = coding.getSelection() instanceof TimeSelection;
                TimeSelection t = timed ? (TimeSelection) coding.getSelection() : null;
                stretch = new CodedStretch(coding, coding.getCode(), source, false, timed ? t.getStartMs() : 0,
                        timed ? t.getEndMs() : 0, List.of(), sourceCases);
            }
            stretches.add(stretch);
        }
    }

    private static List<SpeakerTurn> sortedTurns(TextSource source) {
        List<SpeakerTurn> turns = new ArrayList<>(source.getTurns());
        turns.sort(Comparator.comparingInt(SpeakerTurn::getStart));
        return turns;
    }

    /** The turns that [start, end) overlaps (an empty stretch: the turn it lies in). */
    private static List<SpeakerTurn> overlapped(List<SpeakerTurn> turns, int[] starts, int start, int end) {
        int last = Math.max(end, start + 1);
        int i = java.util.Arrays.binarySearch(starts, start);
        i = i >= 0 ? i : -i - 2; // the last turn starting at or before 'start'
        while (i > 0 && starts[i - 1] == starts[Math.max(i, 0)]) {
            i--;
        }
        List<SpeakerTurn> found = new ArrayList<>(1);
        for (int k = Math.max(i, 0); k < turns.size() && turns.get(k).getStart() < last; k++) {
            if (turns.get(k).getEnd() > start) {
                found.add(turns.get(k));
            }
        }
        return found;
    }

    /** Whether a case has the values the filter's case conditions ask for (its source conditions aside). */
    private boolean matches(Case participant) {
        return filter.where().entrySet().stream().allMatch(w -> org.attune.model.attributes.Attributes.isSourceAttribute(w.getKey())
                || w.getValue().equalsIgnoreCase(CaseAttributes.value(participant, w.getKey())));
    }

    /** Whether a source has the values the filter's source conditions ({@code source.NAME=VALUE}) ask for. */
    private boolean matches(Source source) {
        return filter.where().entrySet().stream().allMatch(w -> !org.attune.model.attributes.Attributes.isSourceAttribute(w.getKey())
                || w.getValue().equalsIgnoreCase(org.attune.model.attributes.Attributes.valueOf(source,
                        org.attune.model.attributes.Attributes.nameOf(w.getKey()))));
    }

    private static User coder(Project project, String name) throws AnalysisException {
        for (User user : project.getUsers()) {
            if (name.equalsIgnoreCase(user.getName()) || name.equalsIgnoreCase(user.getInitials())) {
                return user;
            }
        }
        throw new AnalysisException("there is no coder named \"" + name + "\" (coders: "
                + String.join(", ", project.getUsers().stream().map(User::getName).toList()) + ")");
    }

    static List<Source> importOrder(Project project) {
        List<Source> ordered = new ArrayList<>(project.getSources());
        ordered.sort(Comparator.comparingInt((Source s) -> s.getPosition() > 0 ? s.getPosition() : Integer.MAX_VALUE));
        return ordered;
    }

    public ProjectStore store() {
        return store;
    }

    public AnalysisFilter filter() {
        return filter;
    }

    /** The project's sources in import order. */
    public List<Source> sources() {
        return sources;
    }

    /** The project's cases that pass the filter. */
    public List<Case> cases() {
        return cases;
    }

    /** Every coding that passes the filter, source by source in import order. */
    public List<CodedStretch> stretches() {
        return stretches;
    }

    /**
     * The units of its transcript a text coding lies in: the speaker turns it overlaps or, in a transcript without
     * turns, its paragraphs ({@link TextUnits}); none for recordings and pictures.
     */
    public List<TextUnit> units(CodedStretch stretch) {
        if (!stretch.text()) {
            return List.of();
        }
        TextSource source = (TextSource) stretch.source();
        if (!stretch.turns().isEmpty()) {
            return stretch.turns().stream().map(t -> turnUnits.computeIfAbsent(t, k -> new TextUnit(source, k.getStart(), k.getEnd(), k)))
                    .toList();
        }
        if (!source.getTurns().isEmpty()) {
            return List.of(); // a coding outside every turn of a transcript with turns
        }
        List<TextUnit> all = paragraphs.computeIfAbsent(source, s -> TextUnits.of(source, store.text(source)));
        return all.stream().filter(u -> u.holds((int) stretch.start(), (int) stretch.end())).toList();
    }

    /** The words a text coding covers (0 for recordings and pictures). */
    public int words(CodedStretch stretch) {
        return stretch.text() ? text(stretch.source()).words((int) stretch.start(), (int) stretch.end()) : 0;
    }

    /** The words of code points [start, end) of a text source. */
    int words(Source source, long start, long end) {
        return text(source).words((int) start, (int) end);
    }

    /** The coded text (empty for recordings and pictures). */
    public String excerpt(CodedStretch stretch) {
        return stretch.text() ? text(stretch.source()).excerpt((int) stretch.start(), (int) stretch.end()) : "";
    }

    private SourceText text(Source source) {
        return texts.computeIfAbsent(source, s -> {
            String text = store.text((TextSource) s);
            return new SourceText(text == null ? "" : text);
        });
    }
}
