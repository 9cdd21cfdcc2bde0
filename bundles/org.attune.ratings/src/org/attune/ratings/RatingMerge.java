package org.attune.ratings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.Element;
import org.attune.model.Project;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.ScaleItem;
import org.attune.model.ScaleSubItem;
import org.attune.model.Score;
import org.attune.model.Source;
import org.attune.model.TimeSelection;
import org.attune.model.User;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Brings the rating sheets of another copy of a project (e.g. the copy a second rater worked in) into this
 * one, with the scales they use, their raters and practitioners, in one undoable action. The other copy is
 * opened read-only and never changed.
 *
 * <p>Elements are matched by id (users and cases also by name, sources also by content, a scale also by
 * identical content), so merging the same copy again changes nothing. A sheet present in both copies is
 * taken from the other copy only when its revision history extends ours (only the other copy changed it);
 * when both copies changed it, it is reported as a conflict and ours is kept. Nothing is deleted.
 */
public final class RatingMerge {
    /** What a merge did; {@code conflicts} and {@code skipped} say what was not merged and why. */
    public record Report(Path from, List<String> added, List<String> updated, int unchanged, List<String> conflicts,
            List<String> skipped) {
        public boolean changed() {
            return !added.isEmpty() || !updated.isEmpty();
        }
    }

    /** What became of an element of the other copy (the same outcomes as the project merge's). */
    public enum Outcome {
        ADDED, UPDATED, MATCHED, SKIPPED, CONFLICT
    }

    /** One element of the other copy: its outcome, kind ("rating sheet", "scale", "user", "case"), name, and what was found. */
    public record Entry(Outcome outcome, String kind, String name, String detail) {
        /** e.g. "user Carol", or a sheet's description followed by the detail. */
        String line() {
            String what = kind.equals(SHEET) ? name : kind + " " + name;
            return detail.isEmpty() ? what : what + ": " + detail;
        }
    }

    /**
     * A planned merge: its entries, and the changes that make it (to run in one action of the store, in order, after the
     * changes that add the elements {@code known} maps to).
     */
    public record Plan(List<Entry> entries, List<Runnable> changes) {
        List<String> lines(Outcome outcome) {
            return entries.stream().filter(e -> e.outcome() == outcome).map(Entry::line).toList();
        }
    }

    static final String SHEET = "rating sheet";

    private final Project ours;
    private final Map<EObject, EObject> mapped;
    private final List<Runnable> changes = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();

    private RatingMerge(Project ours, Map<EObject, EObject> known) {
        this.ours = ours;
        this.mapped = known;
    }

    /** Merges the project in {@code otherFolder} (opened read-only with {@code options}) into {@code store}. */
    public static Report merge(ProjectStore store, Path otherFolder, OpenOptions options) throws StoreException {
        Path other = otherFolder.toAbsolutePath().normalize();
        if (other.equals(store.folder())) {
            throw new RatingException(other + ": cannot merge a project into itself");
        }
        try (ProjectStore theirs = ProjectStore.open(other, options.withReadOnly(true).withBackups(false))) {
            Plan plan = plan(store.project(), theirs.project(), new HashMap<>());
            if (!plan.changes().isEmpty()) {
                store.apply("merge ratings from " + other.getFileName(), () -> plan.changes().forEach(Runnable::run));
            }
            return new Report(other, plan.lines(Outcome.ADDED), plan.lines(Outcome.UPDATED),
                    (int) plan.entries().stream().filter(e -> e.outcome() == Outcome.MATCHED).count(),
                    plan.lines(Outcome.CONFLICT), plan.lines(Outcome.SKIPPED));
        }
    }

    /**
     * Plans bringing the rating sheets of {@code theirs} (with the scales they use, their raters and practitioners) into
     * {@code ours}; nothing changes until the plan's changes run. {@code known} maps elements of theirs to ours that the
     * caller has matched or is adding already (users, cases, recordings; a null value: not merged); the plan adds its own
     * matches to it. A sheet is matched by id, else by its rater, recording and scale (a rater has one sheet per
     * recording and scale): the same scores are a match, other scores a conflict.
     */
    public static Plan plan(Project ours, Project theirs, Map<EObject, EObject> known) {
        RatingMerge merge = new RatingMerge(ours, known);
        theirs.getUsers().forEach(merge::mapUser);
        List<RatingSheet> sheets = new ArrayList<>(theirs.getRatingSheets());
        sheets.sort(Comparator.comparing(RatingSheet::isConsensus)); // raters' sheets first: consensus sheets refer to them
        for (RatingSheet sheet : sheets) {
            merge.mergeSheet(sheet);
        }
        return new Plan(List.copyOf(merge.entries), List.copyOf(merge.changes));
    }

    private void note(Outcome outcome, String kind, String name, String detail) {
        entries.add(new Entry(outcome, kind, name, detail));
    }

    private User mapUser(User theirs) {
        return mapNamed(theirs, ours.getUsers(), User::getName, "user", () -> {
            User copy = AttuneFactory.eINSTANCE.createUser();
            copy.setName(theirs.getName());
            copy.setInitials(theirs.getInitials());
            copy.setColour(theirs.getColour());
            return copy;
        });
    }

    private Case mapCase(Case theirs) {
        return mapNamed(theirs, ours.getCases(), Case::getName, "case", () -> {
            Case copy = AttuneFactory.eINSTANCE.createCase();
            copy.setName(theirs.getName());
            copy.setRole(theirs.getRole());
            copy.setDescription(theirs.getDescription());
            return copy;
        });
    }

    /** Ours of {@code theirs}: the one with its id or name, or else {@code copy} of it, added to {@code ourList}. */
    @SuppressWarnings("unchecked")
    private <T extends Element> T mapNamed(T theirs, List<T> ourList, Function<T, String> name, String kind,
            java.util.function.Supplier<T> copyOf) {
        if (theirs == null) {
            return null;
        }
        return (T) known(theirs, () -> {
            T match = byIdOr(ourList, theirs, o -> Objects.equals(name.apply(o), name.apply(theirs)));
            if (match != null) {
                return match;
            }
            T copy = copyOf.get();
            copyIdentity(theirs, copy);
            changes.add(() -> ourList.add(copy));
            note(Outcome.ADDED, kind, name.apply(theirs), "");
            return copy;
        });
    }

    /** What {@code known} says of their element (null: not merged), else {@code match}'s answer, remembered. */
    private EObject known(EObject theirs, java.util.function.Supplier<EObject> match) {
        if (mapped.containsKey(theirs)) {
            return mapped.get(theirs);
        }
        EObject ours = match.get();
        mapped.put(theirs, ours);
        return ours;
    }

    private Source mapSource(Source theirs) {
        return theirs == null ? null : (Source) known(theirs, () -> byIdOr(ours.getSources(), theirs,
                s -> theirs.getContentHash() != null && theirs.getContentHash().equals(s.getContentHash())));
    }

    /** Our version of their scale: the same id, or the same content under the same name, or a copy added now. */
    private RatingScale mapScale(RatingScale theirs) {
        if (mapped.containsKey(theirs)) {
            return (RatingScale) mapped.get(theirs);
        }
        RatingScale match = byIdOr(ours.getRatingScales(), theirs, s -> Objects.equals(s.getName(), theirs.getName())
                && fingerprint(s).equals(fingerprint(theirs)));
        if (match != null && !fingerprint(match).equals(fingerprint(theirs))) {
            note(Outcome.CONFLICT, "scale", "\"" + theirs.getName() + "\" version " + theirs.getVersion(),
                    "was edited differently in the two copies; its sheets were not merged");
            mapped.put(theirs, null);
            return null;
        }
        if (match == null) {
            match = copyScale(theirs);
        }
        mapped.put(theirs, match);
        mapSubItems(theirs, match);
        return match;
    }

    private RatingScale copyScale(RatingScale theirs) {
        RatingScale copy = EcoreUtil.copy(theirs); // ids, times and contents kept
        List<EObject> elements = new ArrayList<>();
        elements.add(copy);
        copy.eAllContents().forEachRemaining(elements::add);
        for (EObject e : elements) {
            if (e instanceof Element element) {
                element.setCreatedBy(mapUser(element.getCreatedBy()));
            }
        }
        int taken = Scales.versions(ours, theirs.getName()).stream().mapToInt(RatingScale::getVersion).max().orElse(0);
        if (theirs.getVersion() <= taken) {
            copy.setVersion(taken + 1); // the same name and version already means other content here
            note(Outcome.SKIPPED, "scale", "\"" + theirs.getName() + "\" version " + theirs.getVersion(),
                    "differs from this project's; added as version " + copy.getVersion());
        }
        changes.add(() -> ours.getRatingScales().add(copy));
        note(Outcome.ADDED, "scale", theirs.getName() + " version " + copy.getVersion(), "");
        return copy;
    }

    private void mapSubItems(RatingScale theirs, RatingScale ours) {
        for (ScaleItem item : theirs.getItems()) {
            for (ScaleSubItem sub : item.getSubItems()) {
                ScaleSubItem match = null;
                for (ScaleItem ourItem : ours.getItems()) {
                    for (ScaleSubItem ourSub : ourItem.getSubItems()) {
                        if (Objects.equals(ourSub.getId(), sub.getId())
                                || (match == null && Scales.key(ourSub).equals(Scales.key(sub)))) {
                            match = ourSub;
                        }
                    }
                }
                mapped.put(sub, match);
            }
        }
    }

    private void mergeSheet(RatingSheet theirs) {
        String what = Sheets.describe(theirs);
        Source recording = mapSource(theirs.getRecording());
        if (recording == null) {
            note(Outcome.SKIPPED, SHEET, what, "the recording is not in this project; import it, then merge again");
            return;
        }
        RatingScale scale = mapScale(theirs.getScale());
        if (scale == null) {
            return;
        }
        for (RatingSheet basis : theirs.getBasedOn()) {
            if (!mapped.containsKey(basis) || mapped.get(basis) == null) {
                note(Outcome.SKIPPED, SHEET, what, "a sheet it is based on was not merged");
                return;
            }
        }
        RatingSheet copy = copySheet(theirs, recording, scale);
        RatingSheet existing = byIdOr(ours.getRatingSheets(), theirs, s -> false);
        if (existing == null && !theirs.isConsensus()) {
            RatingSheet same = ours.getRatingSheets().stream().filter(s -> !s.isConsensus() && s.getCreatedBy() == copy.getCreatedBy()
                    && s.getRecording() == recording && s.getScale() != null && Objects.equals(s.getScale().getName(), scale.getName()))
                    .findFirst().orElse(null);
            if (same != null) { // the rater started a sheet of this recording in each copy
                boolean agree = same.getStatus() == copy.getStatus() && scores(same).equals(scores(copy));
                mapped.put(theirs, agree ? same : null);
                note(agree ? Outcome.MATCHED : Outcome.CONFLICT, SHEET, what, agree ? "" : "the same rater's sheet of this recording on \""
                        + scale.getName() + "\" has other scores or another state here (" + Sheets.describe(same)
                        + "); this project's was kept");
                return;
            }
        }
        if (existing == null) {
            changes.add(() -> ours.getRatingSheets().add(copy));
            note(Outcome.ADDED, SHEET, what, "");
            mapped.put(theirs, copy);
            return;
        }
        mapped.put(theirs, existing);
        if (fingerprint(existing).equals(fingerprint(copy))) {
            note(Outcome.MATCHED, SHEET, what, "");
        } else if (startsWith(copy.getRevisions(), existing.getRevisions())) {
            changes.add(() -> replaceContent(existing, copy));
            note(Outcome.UPDATED, SHEET, what, (copy.getRevisions().size() - existing.getRevisions().size()) + " later change(s)");
        } else if (startsWith(existing.getRevisions(), copy.getRevisions())) {
            note(Outcome.MATCHED, SHEET, what, "this project has every change of the other copy's, and more");
        } else {
            note(Outcome.CONFLICT, SHEET, what, "was changed in both copies; this project's version was kept");
        }
    }

    /** A copy of their sheet whose references point into this project (the copy is not added yet). */
    private RatingSheet copySheet(RatingSheet theirs, Source recording, RatingScale scale) {
        RatingSheet copy = AttuneFactory.eINSTANCE.createRatingSheet();
        copyIdentity(theirs, copy);
        copy.setCreatedBy(mapUser(theirs.getCreatedBy()));
        copy.setScale(scale);
        copy.setRecording(recording);
        copy.setPractitioner(mapCase(theirs.getPractitioner()));
        copy.setCondition(theirs.getCondition());
        copy.setStatus(theirs.getStatus());
        copy.setSubmittedAt(theirs.getSubmittedAt());
        copy.setConsensus(theirs.isConsensus());
        copy.setDecisionNote(theirs.getDecisionNote());
        theirs.getBasedOn().forEach(b -> copy.getBasedOn().add((RatingSheet) mapped.get(b)));
        copy.getRevisions().addAll(theirs.getRevisions());
        for (Score score : theirs.getScores()) {
            Score s = EcoreUtil.copy(score);
            s.setSubItem((ScaleSubItem) mapped.get(score.getSubItem()));
            copy.getScores().add(s);
        }
        return copy;
    }

    private static void replaceContent(RatingSheet ours, RatingSheet theirs) {
        ours.setModifiedAt(theirs.getModifiedAt());
        ours.setPractitioner(theirs.getPractitioner());
        ours.setCondition(theirs.getCondition());
        ours.setStatus(theirs.getStatus());
        ours.setSubmittedAt(theirs.getSubmittedAt());
        ours.setDecisionNote(theirs.getDecisionNote());
        ours.getRevisions().clear();
        ours.getRevisions().addAll(theirs.getRevisions());
        ours.getScores().clear();
        ours.getScores().addAll(EcoreUtil.copyAll(theirs.getScores()));
    }

    private static void copyIdentity(Element from, Element to) {
        to.setId(from.getId());
        to.setCreatedAt(from.getCreatedAt());
        to.setModifiedAt(from.getModifiedAt());
    }

    private static boolean startsWith(List<String> longer, List<String> prefix) {
        return longer.size() > prefix.size() && longer.subList(0, prefix.size()).equals(prefix);
    }

    private static <T extends Element> T byIdOr(List<T> candidates, Element theirs, java.util.function.Predicate<T> otherwise) {
        if (theirs == null) {
            return null;
        }
        for (T candidate : candidates) {
            if (Objects.equals(candidate.getId(), theirs.getId())) {
                return candidate;
            }
        }
        return candidates.stream().filter(otherwise).findFirst().orElse(null);
    }

    /** A scale's content without ids: name, version, levels, items and sub-items. */
    static String fingerprint(RatingScale scale) {
        StringBuilder s = new StringBuilder().append(scale.getName()).append('|').append(scale.getVersion()).append('|')
                .append(scale.getDescription()).append('|').append(scale.isAllowNotApplicable());
        scale.getLevels().forEach(l -> s.append("|L").append(l.getValue()).append('=').append(l.getLabel()));
        for (ScaleItem item : scale.getItems()) {
            s.append("|I").append(item.getNumber()).append('=').append(item.getTitle()).append('/').append(item.getKeyFeatures())
                    .append('/').append(item.isNotUsed());
            item.getSubItems().forEach(sub -> s.append("|S").append(sub.getNumber()).append('=').append(sub.getText())
                    .append('/').append(sub.isAllowNotApplicable()));
        }
        return s.toString();
    }

    /** A sheet's content by the ids it refers to (both sheets must refer into this project). */
    static String fingerprint(RatingSheet sheet) {
        Function<Element, String> id = e -> e == null ? "-" : e.getId();
        StringBuilder s = new StringBuilder().append(id.apply(sheet.getScale())).append('|').append(id.apply(sheet.getRecording()))
                .append('|').append(id.apply(sheet.getPractitioner())).append('|').append(id.apply(sheet.getCreatedBy()))
                .append('|').append(sheet.getCondition()).append('|').append(sheet.getStatus()).append('|')
                .append(sheet.getSubmittedAt() == null ? "-" : sheet.getSubmittedAt().getTime()).append('|')
                .append(sheet.isConsensus()).append('|').append(sheet.getDecisionNote()).append('|')
                .append(sheet.getBasedOn().stream().map(id).toList()).append('|').append(sheet.getRevisions());
        return s.append(scores(sheet)).toString();
    }

    /** A sheet's scores by the ids of their sub-items: value or state, note and evidence. */
    private static String scores(RatingSheet sheet) {
        Function<Element, String> id = e -> e == null ? "-" : e.getId();
        StringBuilder s = new StringBuilder();
        sheet.getScores().stream().sorted(Comparator.comparing(sc -> id.apply(sc.getSubItem()))).forEach(sc -> {
            s.append("|").append(id.apply(sc.getSubItem())).append('=').append(sc.getState()).append(sc.getValue())
                    .append('/').append(sc.getNote());
            for (TimeSelection t : sc.getEvidence()) {
                s.append('@').append(t.getStartMs()).append('-').append(t.getEndMs());
            }
        });
        return s.toString();
    }
}
