package org.attune.coding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attune.model.Case;
import org.attune.model.Coding;
import org.attune.model.Element;
import org.attune.model.ElementLink;
import org.attune.model.MatrixCellSummary;
import org.attune.model.Memo;
import org.attune.model.Project;
import org.attune.model.RatingSheet;
import org.attune.model.Source;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.store.Overwrite;
import org.attune.store.ProjectStore;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A participant's withdrawal from a study: their case and everything of theirs leave the project for good.
 * <ul>
 * <li>the sources that are theirs alone (assigned to no other case, no turn linked to another case), with the sources
 * linked to them or recorded for them that no one else has (a transcript's recording, an e-mail's attachments), their
 * codings, attribute values and copied original files;</li>
 * <li>in a source they share with others (a group transcript), their speaker turns: the text of each is deleted as a
 * text edit ({@link TextEdits}), so codings inside it go, codings reaching over its edges lose its words and the other
 * turns and sync points move with the text;</li>
 * <li>memos about nothing but what goes, rating sheets of their recordings or with them as the practitioner, matrix cell
 * summaries of their case, links with an end that goes; references from sets and remaining memos.</li>
 * </ul>
 * The removal cannot be undone (undo would keep their data): it is one action whose audit entry says only that a
 * participant was removed, with counts; their names are taken out of earlier audit entries; closing the project
 * rewrites its store without the deleted records ({@link ProjectStore#withdraw}).
 */
public final class Withdrawal {
    /** The audit entry's summary begins so; it names no one. */
    public static final String SUMMARY = "Participant removed";
    /** What replaces their name in the memos and notes that stay. */
    public static final String REDACTED = "[withdrawn]";

    private final ProjectStore store;

    public Withdrawal(ProjectStore store) {
        this.store = store;
    }

    /** A stretch of a shared transcript deleted as the participant's turn (with the white space after it), in code points. */
    public record Turn(TextSource source, String speaker, int start, int end) {
    }

    /** Exactly what removing {@code participant} takes away. */
    public record Plan(Case participant, List<Source> sources, List<Turn> turns, List<Coding> codings, List<Memo> memos,
            List<RatingSheet> sheets, List<ElementLink> links, List<MatrixCellSummary> summaries, int attributeValues,
            List<Path> files, Set<String> words, List<String> redacted, List<String> kept) {

        /** What goes, counted, for people: "2 sources, 3 speaker turns in shared sources, 14 codings, ...". */
        public String counts() {
            return org.attune.core.Counted.of(sources.size(), "source") + ", "
                    + org.attune.core.Counted.of(turns.size(), "speaker turn") + " in shared sources, "
                    + org.attune.core.Counted.of(codings.size(), "coding") + ", " + org.attune.core.Counted.of(memos.size(), "memo")
                    + ", " + org.attune.core.Counted.of(sheets.size(), "rating sheet") + ", "
                    + org.attune.core.Counted.of(links.size(), "link") + ", "
                    + org.attune.core.Counted.of(attributeValues, "attribute value") + ", "
                    + org.attune.core.Counted.of(files.size(), "original file");
        }

        /** One line per thing that goes, for the confirmation (names shown to the researcher, never logged). */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add("Case: " + participant.getName() + (attributeValues == 0 ? "" : " with "
                    + org.attune.core.Counted.of(attributeValues, "attribute value")));
            sources.forEach(s -> lines.add("Source: " + s.getName()));
            turns.forEach(t -> lines.add("Speaker turn of " + t.speaker() + " in " + t.source().getName() + " (characters "
                    + t.start() + "–" + t.end() + ")"));
            codings.forEach(c -> lines.add("Coding: " + Elements.nameOf(c)));
            memos.forEach(m -> lines.add("Memo: " + m.getTitle()));
            sheets.forEach(s -> lines.add("Rating sheet: " + (s.getScale() == null ? "?" : s.getScale().getName())
                    + (s.getRecording() == null ? "" : " of " + s.getRecording().getName())));
            links.forEach(l -> lines.add("Link: " + (l.getName() == null ? "" : l.getName())));
            summaries.forEach(s -> lines.add("Matrix cell summary" + (s.getCode() == null ? "" : " for " + s.getCode().getName())));
            files.forEach(f -> lines.add("Original file: " + f.getFileName()));
            redacted.forEach(r -> lines.add("Their name replaced by " + REDACTED + " in " + r));
            kept.forEach(k -> lines.add("Stays (not theirs alone; pseudonymise or edit it by hand): " + k));
            return lines;
        }
    }

    /** The participant's things, as they are now; reads every source's codings and turns. */
    public Plan plan(Case participant) {
        Project project = store.project();
        project.getSources().forEach(store::load);
        Set<Source> sources = new LinkedHashSet<>();
        for (Source source : participant.getSources()) {
            if (theirsAlone(source, participant)) {
                sources.add(source);
            }
        }
        // the sources linked to theirs or recorded for them (a transcript's recording) that nobody else has
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Source source : project.getSources()) {
                if (sources.contains(source) || !source.getCases().stream().allMatch(c -> c == participant)
                        || hasOtherTurns(source, participant)) {
                    continue;
                }
                boolean attached = Elements.linkedSources(project, source).stream().anyMatch(sources::contains)
                        || sources.stream().anyMatch(s -> s instanceof TextSource t && t.getMedia() == source)
                        || source instanceof TextSource t && sources.contains(t.getMedia());
                boolean usedElsewhere = project.getSources().stream().anyMatch(other -> !sources.contains(other) && other != source
                        && (other instanceof TextSource t && t.getMedia() == source
                                || other.getCases().stream().anyMatch(c -> c != participant)
                                        && Elements.linkedSources(project, source).contains(other)));
                if (attached && !usedElsewhere) {
                    sources.add(source);
                    grew = true;
                }
            }
        }
        List<Turn> turns = new ArrayList<>();
        List<Coding> codings = new ArrayList<>();
        for (Source source : project.getSources()) {
            if (sources.contains(source)) {
                codings.addAll(source.getCodings());
                continue;
            }
            if (source instanceof TextSource text && !turnsOf(text, participant).isEmpty()) {
                int[] points = store.text(text) == null ? new int[0] : store.text(text).codePoints().toArray();
                boolean[] deleted = new boolean[points.length];
                for (SpeakerTurn turn : turnsOf(text, participant)) {
                    int end = stretchEnd(text, turn, points);
                    turns.add(new Turn(text, turn.getSpeaker(), turn.getStart(), end));
                    java.util.Arrays.fill(deleted, Math.max(0, turn.getStart()), Math.min(end, deleted.length), true);
                }
                for (Coding coding : text.getCodings()) {
                    if (coding.getSelection() instanceof TextSelection s && s.getStart() < s.getEnd()
                            && within(deleted, s.getStart(), s.getEnd())) {
                        codings.add(coding);
                    }
                }
            }
        }
        Set<EObject> going = new LinkedHashSet<>(sources);
        going.add(participant);
        going.addAll(codings);
        List<RatingSheet> sheets = project.getRatingSheets().stream()
                .filter(s -> s.getPractitioner() == participant || sources.contains(s.getRecording())).toList();
        going.addAll(sheets);
        List<Memo> memos = project.getMemos().stream()
                .filter(m -> !m.getAbout().isEmpty() && going.containsAll(m.getAbout())).toList();
        going.addAll(memos);
        List<ElementLink> links = project.getLinks().stream()
                .filter(l -> going.contains(l.getOrigin()) || going.contains(l.getTarget())).toList();
        List<MatrixCellSummary> summaries = project.getCellSummaries().stream().filter(s -> s.getCase() == participant).toList();
        int values = participant.getValues().size() + sources.stream().mapToInt(s -> s.getValues().size()).sum();
        Set<String> keptFiles = new java.util.HashSet<>();
        project.getSources().stream().filter(s -> !sources.contains(s) && s.getStoredPath() != null)
                .forEach(s -> keptFiles.add(s.getStoredPath()));
        List<Path> files = sources.stream().map(Source::getStoredPath).filter(p -> p != null && !keptFiles.contains(p)).distinct()
                .map(p -> store.folder().resolve(p)).filter(Files::exists).toList();
        Set<String> words = new LinkedHashSet<>();
        words.add(participant.getName());
        turns.forEach(t -> words.add(t.speaker()));
        for (Source source : sources) {
            words.add(source.getName());
            if (source.getOriginalPath() != null) {
                words.add(Path.of(source.getOriginalPath()).getFileName().toString());
            }
            if (source instanceof TextSource text) {
                text.getTurns().stream().filter(t -> t.getCase() == participant).forEach(t -> words.add(t.getSpeaker()));
            }
        }
        memos.forEach(m -> words.add(m.getTitle()));
        words.remove(null);
        words.removeIf(w -> w.strip().length() < 2);
        java.util.regex.Pattern name = namePattern(participant);
        List<String> redacted = new ArrayList<>();
        mentions(project, going, name, (what, text, replace) -> redacted.add(what));
        List<String> kept = new ArrayList<>();
        for (Source source : project.getSources()) {
            if (sources.contains(source)) {
                continue;
            }
            boolean spoke = spokeIn(turns, source);
            if (source instanceof TextSource text && store.text(text) != null && name.matcher(store.text(text)).find()) {
                kept.add("the text of " + source.getName() + " mentions " + participant.getName());
            }
            if (spoke && source.getStoredPath() != null) {
                kept.add("the copied original " + source.getStoredPath() + " of shared " + source.getName()
                        + " holds their turns");
            }
        }
        return new Plan(participant, List.copyOf(sources), List.copyOf(turns), List.copyOf(codings), memos, sheets, links,
                summaries, values, files, Set.copyOf(words), redacted, kept);
    }

    private static boolean spokeIn(List<Turn> turns, Source source) {
        return turns.stream().anyMatch(t -> t.source() == source);
    }

    /** Their name as a whole word, ignoring case. */
    private static java.util.regex.Pattern namePattern(Case participant) {
        return java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(participant.getName().strip()) + "\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    }

    private interface Mention {
        void found(String what, String text, java.util.function.Consumer<String> replace);
    }

    /** The memos, coding notes, rating notes and cell summaries that stay and mention {@code name}. */
    private static void mentions(Project project, Set<EObject> going, java.util.regex.Pattern name, Mention found) {
        for (Memo memo : project.getMemos()) {
            if (going.contains(memo)) {
                continue;
            }
            if (memo.getTitle() != null && name.matcher(memo.getTitle()).find()) {
                found.found("the title of memo " + memo.getTitle(), memo.getTitle(), memo::setTitle);
            }
            if (memo.getText() != null && name.matcher(memo.getText()).find()) {
                found.found("memo " + memo.getTitle(), memo.getText(), memo::setText);
            }
        }
        for (Source source : project.getSources()) {
            for (Coding coding : source.getCodings()) {
                if (!going.contains(source) && !going.contains(coding) && coding.getNote() != null
                        && name.matcher(coding.getNote()).find()) {
                    found.found("the note of coding " + Elements.nameOf(coding), coding.getNote(), coding::setNote);
                }
            }
        }
        for (RatingSheet sheet : project.getRatingSheets()) {
            if (going.contains(sheet)) {
                continue;
            }
            String of = "rating sheet" + (sheet.getRecording() == null ? "" : " of " + sheet.getRecording().getName());
            if (sheet.getDecisionNote() != null && name.matcher(sheet.getDecisionNote()).find()) {
                found.found("the decision note of " + of, sheet.getDecisionNote(), sheet::setDecisionNote);
            }
            for (org.attune.model.Score score : sheet.getScores()) {
                if (score.getNote() != null && name.matcher(score.getNote()).find()) {
                    found.found("a score note of " + of, score.getNote(), score::setNote);
                }
            }
        }
        for (MatrixCellSummary summary : project.getCellSummaries()) {
            if (summary.getText() != null && name.matcher(summary.getText()).find() && !going.contains(summary)) {
                found.found("a matrix cell summary", summary.getText(), summary::setText);
            }
        }
    }

    /**
     * Where the stretch deleted for {@code turn} ends: the turn with the white space after it up to the next turn (or the
     * end of the text), so that a coding over two of their turns in a row leaves no line break behind.
     */
    private static int stretchEnd(TextSource text, SpeakerTurn turn, int[] points) {
        int next = points.length;
        for (SpeakerTurn other : text.getTurns()) {
            if (other != turn && other.getStart() >= turn.getEnd() && other.getStart() < next) {
                next = other.getStart();
            }
        }
        for (int i = turn.getEnd(); i < next; i++) {
            if (!Character.isWhitespace(points[i])) {
                return turn.getEnd();
            }
        }
        return Math.max(turn.getEnd(), next);
    }

    private static boolean within(boolean[] deleted, int start, int end) {
        for (int i = start; i < end; i++) {
            if (i >= deleted.length || !deleted[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean theirsAlone(Source source, Case participant) {
        return source.getCases().stream().allMatch(c -> c == participant) && !hasOtherTurns(source, participant);
    }

    /** Whether a turn of {@code source} is linked to a case other than {@code participant}. */
    private static boolean hasOtherTurns(Source source, Case participant) {
        return source instanceof TextSource text
                && text.getTurns().stream().anyMatch(t -> t.getCase() != null && t.getCase() != participant);
    }

    private static List<SpeakerTurn> turnsOf(Source source, Case participant) {
        return source instanceof TextSource text ? text.getTurns().stream().filter(t -> t.getCase() == participant).toList()
                : List.of();
    }

    /** What a removal did. */
    public record Outcome(Instant at, String summary, List<Path> filesLeft) {
    }

    /**
     * Removes what {@code plan} lists as one action that cannot be undone, then deletes the copied original files. The
     * store is rewritten without the deleted records when the project is closed.
     */
    public Outcome remove(Plan plan) {
        Instant at = Instant.now();
        String summary = SUMMARY + " (" + plan.counts() + ")";
        Map<TextSource, List<Turn>> bySource = new HashMap<>();
        plan.turns().forEach(t -> bySource.computeIfAbsent(t.source(), s -> new ArrayList<>()).add(t));
        TextEdits edits = new TextEdits(store);
        Set<EObject> going = new java.util.HashSet<>(plan.sources());
        going.addAll(plan.memos());
        going.addAll(plan.sheets());
        going.addAll(plan.codings());
        going.addAll(plan.summaries());
        java.util.regex.Pattern name = namePattern(plan.participant());
        store.withdraw(summary, plan.words(), () -> {
            // first what goes whole, references to it included (a remaining memo about one of their codings);
            // then the text of their turns, which the codings reaching over a turn's edge follow
            store.apply(SUMMARY, () -> {
                mentions(store.project(), going, name, (what, text, replace) -> replace.accept(
                        name.matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement(REDACTED))));
                bySource.keySet().forEach(source -> List.copyOf(source.getTurns()).stream()
                        .filter(t -> t.getCase() == plan.participant()).forEach(EcoreUtil::remove));
                plan.summaries().forEach(EcoreUtil::remove);
                plan.links().forEach(EcoreUtil::remove);
                List<Element> gone = new ArrayList<>(plan.codings());
                gone.addAll(plan.memos());
                gone.addAll(plan.sheets());
                gone.addAll(plan.sources());
                gone.add(plan.participant());
                // one cross-reference pass; deleteAll removes in no fixed order (a coding after its source, or before):
                // the store deletes the records of all the project no longer holds either way
                EcoreUtil.deleteAll(gone.stream().filter(e -> e.eContainer() != null).toList(), true);
            });
            bySource.forEach((source, turns) -> turns.stream().sorted(Comparator.comparingInt(Turn::start).reversed())
                    .forEach(t -> edits.edit(source, t.start(), t.end(), "")));
        });
        List<Path> left = new ArrayList<>();
        for (Path file : plan.files()) {
            try {
                Overwrite.delete(file);
            } catch (IOException e) {
                left.add(file);
            }
        }
        return new Outcome(at, summary, left);
    }
}
