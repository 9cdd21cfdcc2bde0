package org.attune.coding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attune.core.ActionLabel;
import org.attune.core.TimeCodes;
import org.attune.model.Coding;
import org.attune.model.SpeakerTurn;
import org.attune.model.SyncPoint;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.text.Marks;
import org.attune.store.ProjectStore;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Corrects the text of a transcript after it was imported and coded: each call is one undoable action that
 * changes the text and moves everything positioned in it with the words (codings and so the memos about them,
 * speaker turns, sync points). Positions are code points, as everywhere in Attune. The rules (docs/coding.md,
 * "Correcting a transcript"), for an edit that replaces [start, end) with a text of r code points:
 * <ul>
 * <li>text before the edit keeps its place, text after it moves by the change in length;</li>
 * <li>a coding or turn loses the code points the edit removes; it goes when none is left (undo brings it back
 * with its coder, note, dates and memos) and is kept, shorter, otherwise;</li>
 * <li>the new text belongs to a coding or turn that held some of the replaced text, or, for a pure insertion,
 * that held both the code point before and the one after the insertion: inserted inside it extends it;
 * inserted exactly at its start or end it does not (the boundaries at an edit's edges stay put);</li>
 * <li>a sync point inside the removed text moves to the edit's start; one at a pure insertion's position moves
 * with the word it marks;</li>
 * <li>two turns that were on separate lines and are not after the edit become one turn of the first speaker;</li>
 * <li>a time code typed or pasted becomes a sync point, one deleted or broken takes its sync point with it.</li>
 * </ul>
 * {@link #follow} is the rule for one stretch, for callers that keep positions of their own.
 */
public final class TextEdits {
    private final ProjectStore store;

    public TextEdits(ProjectStore store) {
        this.store = store;
    }

    /**
     * What an edit did: how many stretches it replaced; the codings that lost words to a deletion (still there,
     * shorter) and those it removed (no word left). A coding whose words were replaced by others holds the new ones
     * and is neither.
     */
    public record Outcome(int replacements, List<Coding> shrunk, List<Coding> removed) {
        static final Outcome NONE = new Outcome(0, List.of(), List.of());

        Outcome plus(Outcome other) {
            List<Coding> lost = new ArrayList<>(shrunk);
            other.shrunk.stream().filter(c -> !lost.contains(c)).forEach(lost::add);
            List<Coding> gone = new ArrayList<>(removed);
            gone.addAll(other.removed);
            lost.removeAll(gone);
            return new Outcome(replacements + other.replacements, lost, gone);
        }
    }

    /** A single replacement that found its text more than once, or not at all. */
    public static final class NotOneMatch extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int count;

        NotOneMatch(String message, int count) {
            super(message);
            this.count = count;
        }

        /** How often the text was found. */
        public int count() {
            return count;
        }
    }

    /**
     * Replaces code points [start, end) of {@code source} with {@code replacement} (empty: a deletion; start ==
     * end: an insertion) as one undoable action. Line breaks in the replacement are stored as \n.
     */
    public Outcome edit(TextSource source, int start, int end, String replacement) {
        String label = start == end ? "Insert text in " + ActionLabel.q(source.getName())
                : replacement.isEmpty() ? "Delete text in " + ActionLabel.q(source.getName()) : "Edit text of " + ActionLabel.q(source.getName());
        return edit(label, source, start, end, replacement);
    }

    private Outcome edit(String label, TextSource source, int start, int end, String replacement) {
        String inserted = normalise(replacement);
        refuseIfNotInProject(source);
        store.load(source);
        String text = store.text(source);
        if (text == null) {
            throw new IllegalArgumentException("\"" + source.getName() + "\" has no text to edit");
        }
        int length = source.getLength();
        if (start < 0 || end < start || end > length) {
            throw new IllegalArgumentException("[" + start + ", " + end + ") is not a stretch of \"" + source.getName() + "\" ("
                    + length + " characters)");
        }
        int r = inserted.codePointCount(0, inserted.length());
        if (start == end && r == 0 || Texts.slice(text, start, end).equals(inserted)) {
            return Outcome.NONE;
        }
        Texts.Offsets offsets = new Texts.Offsets(text);
        List<Coding> shrunk = new ArrayList<>();
        List<Coding> removed = new ArrayList<>();
        List<Runnable> changes = new ArrayList<>();
        for (Coding coding : source.getCodings()) {
            if (coding.getSelection() instanceof TextSelection s) {
                int[] moved = follow(s.getStart(), s.getEnd(), start, end, r);
                if (moved == null) {
                    removed.add(coding);
                    changes.add(() -> EcoreUtil.remove(coding));
                    continue;
                }
                if (r == 0 && s.getStart() < end && s.getEnd() > start) {
                    shrunk.add(coding);
                }
                changes.add(() -> {
                    s.setStart(moved[0]);
                    s.setEnd(moved[1]);
                });
            }
        }
        SpeakerTurn joined = turnJoinedBy(source, start, end, r);
        Map<SpeakerTurn, int[]> turnsAfter = new LinkedHashMap<>();
        for (SpeakerTurn turn : source.getTurns()) {
            int[] followed = turn.getEnd() > turn.getStart() ? follow(turn.getStart(), turn.getEnd(), start, end, r)
                    : new int[] {followPoint(turn.getStart(), start, end, r), followPoint(turn.getStart(), start, end, r)};
            // text typed between two turns belongs to one: the next, else the one before
            turnsAfter.put(turn, turn != joined || followed == null ? followed
                    : turn.getStart() == start ? new int[] {start, followed[1]} : new int[] {followed[0], start + r});
        }
        joinLines(turnsAfter, text, offsets, start, end, inserted);
        for (Map.Entry<SpeakerTurn, int[]> entry : turnsAfter.entrySet()) {
            SpeakerTurn turn = entry.getKey();
            int[] moved = entry.getValue();
            changes.add(moved == null ? () -> EcoreUtil.remove(turn) : () -> {
                turn.setStart(moved[0]);
                turn.setEnd(moved[1]);
            });
        }
        for (SyncPoint point : source.getSyncPoints()) {
            int offset = point.getOffset();
            int moved = followPoint(offset, start, end, r);
            if (moved != offset) {
                changes.add(() -> point.setOffset(moved));
            }
        }
        followTimeCodes(source, text, offsets, start, end, inserted, changes);
        Date before = source.getModifiedAt();
        // strictly later than before, so that the index tells every two successive texts apart (fingerprints)
        Date modified = new Date(Math.max(Instant.now().toEpochMilli(), before == null ? 0 : before.getTime() + 1));
        int newLength = length - (end - start) + r;
        store.replaceText(label, source, offsets.toUtf16(start), offsets.toUtf16(end), inserted, () -> {
            changes.forEach(Runnable::run);
            source.setLength(newLength);
            source.setModifiedAt(modified);
        });
        return new Outcome(1, shrunk, removed);
    }

    /**
     * Two turns that were on separate lines before the edit and are not after it (the line break between them
     * deleted or replaced, on its own or with words of either) become one turn of the first speaker: the first runs
     * on to the end of the second, which goes (with its link to a case; undo brings it back). {@code turns} holds
     * each turn's place after the edit (null: removed) and is changed in place.
     */
    private static void joinLines(Map<SpeakerTurn, int[]> turns, String text, Texts.Offsets offsets, int start, int end, String inserted) {
        if (text.substring(offsets.toUtf16(start), offsets.toUtf16(end)).indexOf('\n') < 0) {
            return; // no line break removed: no two turns came onto one line
        }
        List<SpeakerTurn> kept = turns.entrySet().stream().filter(e -> e.getValue() != null && e.getValue()[1] > e.getValue()[0])
                .sorted(Comparator.comparingInt(e -> e.getValue()[0])).map(Map.Entry::getKey).toList();
        Texts.Offsets insertedOffsets = new Texts.Offsets(inserted);
        int r = inserted.codePointCount(0, inserted.length());
        int shift = end - start - r; // new position + shift = old position, after the inserted text
        List<int[]> places = kept.stream().map(turns::get).map(int[]::clone).toList();
        int[] head = null;
        for (int i = 1; i < kept.size(); i++) {
            SpeakerTurn first = kept.get(i - 1);
            SpeakerTurn second = kept.get(i);
            int[] a = places.get(i - 1);
            int[] b = places.get(i);
            boolean apartBefore = first.getEnd() <= second.getStart() && lineBreakIn(text, offsets, first.getEnd(), second.getStart());
            boolean apartAfter = a[1] > b[0] || lineBreakIn(text, offsets, a[1], Math.min(b[0], start))
                    || lineBreakIn(inserted, insertedOffsets, Math.max(a[1], start) - start, Math.min(b[0], start + r) - start)
                    || lineBreakIn(text, offsets, Math.max(a[1], start + r) + shift, b[0] + shift);
            head = apartBefore && !apartAfter ? head == null ? turns.get(first) : head : null;
            if (head != null) {
                head[1] = b[1];
                turns.put(second, null);
            }
        }
    }

    /**
     * A time code typed or pasted ({@code [00:01:23]}, {@code #00:01:23-4#}: whatever import reads as one,
     * {@link TimeCodes}) is a sync point at its start from then on; one deleted or broken takes the sync point it made
     * (at its start, within a second of its time) with it. Only the lines the edit touches are read.
     */
    private static void followTimeCodes(TextSource source, String text, Texts.Offsets offsets, int start, int end, String inserted,
            List<Runnable> changes) {
        int from = offsets.toUtf16(start);
        int to = offsets.toUtf16(end);
        int lineStart = from == 0 ? 0 : text.lastIndexOf('\n', from - 1) + 1;
        int lineEnd = text.indexOf('\n', to) < 0 ? text.length() : text.indexOf('\n', to);
        List<TimeCodes.Mark> before = TimeCodes.find(text.substring(lineStart, lineEnd));
        List<TimeCodes.Mark> after = TimeCodes.find(text.substring(lineStart, from) + inserted + text.substring(to, lineEnd));
        if (before.isEmpty() && after.isEmpty()) {
            return;
        }
        int base = offsets.toCodePoint(lineStart);
        int r = inserted.codePointCount(0, inserted.length());
        Set<String> was = new HashSet<>();
        before.forEach(m -> was.add(followPoint(base + m.offset(), start, end, r) + "@" + m.timeMs()));
        Set<String> is = new HashSet<>();
        after.forEach(m -> is.add(base + m.offset() + "@" + m.timeMs()));
        for (TimeCodes.Mark gone : before) {
            if (!is.contains(followPoint(base + gone.offset(), start, end, r) + "@" + gone.timeMs())) {
                source.getSyncPoints().stream().filter(p -> p.getOffset() == base + gone.offset() && madeBy(p, gone.timeMs())).toList()
                        .forEach(p -> changes.add(() -> EcoreUtil.remove(p)));
            }
        }
        for (TimeCodes.Mark typed : after) {
            if (!was.contains(base + typed.offset() + "@" + typed.timeMs())) {
                SyncPoint point = Marks.sync(base + typed.offset(), typed.timeMs());
                changes.add(() -> { // in the order of their places
                    List<SyncPoint> points = source.getSyncPoints();
                    int index = 0;
                    while (index < points.size() && points.get(index).getOffset() <= point.getOffset()) {
                        index++;
                    }
                    points.add(index, point);
                });
            }
        }
    }

    /** Whether {@code point} can be the sync point of a time code that reads {@code timeMs}: within its second. */
    public static boolean madeBy(SyncPoint point, long timeMs) {
        return Math.abs(point.getTimeMs() - timeMs) < 1000;
    }

    /** Whether code points [from, to) of {@code text} hold a line break (false for an empty or reversed range). */
    private static boolean lineBreakIn(String text, Texts.Offsets offsets, int from, int to) {
        return from < to && text.substring(offsets.toUtf16(from), offsets.toUtf16(to)).indexOf('\n') >= 0;
    }

    /**
     * The turn that takes text inserted at {@code start} where no turn holds it (between two turns, or before the
     * first or after the last): the turn that starts there, else the one that ends there; null when a turn holds the
     * insertion already, or it is no pure insertion. A turn is what search counts as a unit, so no typed word is left
     * outside every turn, unfindable (TextEditsFollowedTest).
     */
    private static SpeakerTurn turnJoinedBy(TextSource source, int start, int end, int r) {
        if (r == 0 || end != start || source.getTurns().stream().anyMatch(t -> t.getStart() < start && t.getEnd() > start)) {
            return null;
        }
        SpeakerTurn endsThere = null;
        for (SpeakerTurn turn : source.getTurns()) {
            if (turn.getEnd() > turn.getStart() && turn.getStart() == start) {
                return turn;
            }
            if (turn.getEnd() > turn.getStart() && turn.getEnd() == start && endsThere == null) {
                endsThere = turn;
            }
        }
        return endsThere;
    }

    /**
     * Replaces {@code old} with {@code with} in the text of {@code source}: every occurrence with {@code all} (one
     * undoable action), otherwise the only one; {@link NotOneMatch} when it is not found, or found more than once
     * without {@code all}.
     */
    public Outcome replace(TextSource source, String old, String with, boolean all) {
        if (old == null || old.isEmpty()) {
            throw new IllegalArgumentException("nothing to replace: the text to replace is empty");
        }
        refuseIfNotInProject(source);
        String sought = normalise(old);
        String text = store.text(source);
        List<Integer> found = new ArrayList<>();
        for (int at = text == null ? -1 : text.indexOf(sought); at >= 0; at = text.indexOf(sought, at + sought.length())) {
            found.add(text.codePointCount(0, at));
        }
        String name = ActionLabel.q(source.getName());
        if (found.isEmpty()) {
            throw new NotOneMatch(ActionLabel.q(old) + " does not occur in " + name, 0);
        }
        if (found.size() > 1 && !all) {
            throw new NotOneMatch(ActionLabel.q(old) + " occurs " + found.size() + " times in " + name
                    + "; make it longer to pick one, or replace all", found.size());
        }
        int count = sought.codePointCount(0, sought.length());
        Outcome[] outcome = {Outcome.NONE};
        String label = "Replace " + ActionLabel.q(old) + " with " + ActionLabel.q(with) + " in " + name;
        store.applyAsOne(label, () -> {
            for (int i = found.size() - 1; i >= 0; i--) { // from the end: the earlier positions stay valid
                Outcome one = edit(label, source, found.get(i), found.get(i) + count, with);
                outcome[0] = outcome[0].plus(new Outcome(1, one.shrunk(), one.removed()));
            }
        });
        return outcome[0];
    }

    /**
     * A transcript that is not in the project (deleted, its import undone, or never added) is not edited: the edit
     * would change what no one sees, and what the search index does not follow.
     */
    private void refuseIfNotInProject(TextSource source) {
        if (source == null || source.eContainer() != store.project()) {
            throw new IllegalArgumentException((source == null ? "no transcript" : ActionLabel.q(source.getName()))
                    + " is not in the project (deleted, or its import undone): its text cannot be edited");
        }
    }

    /**
     * Where the stretch [a, b) is after [start, end) was replaced by r code points (the rules above); null when
     * nothing of it is left.
     */
    public static int[] follow(int a, int b, int start, int end, int r) {
        int delta = r - (end - start);
        int from = a < start ? a : a < end ? start : a + delta;
        int to = b <= start ? b : b <= end ? start : b + delta;
        boolean holdsNew = r > 0 && (end > start ? a < end && b > start : a < start && b > start);
        if (holdsNew) {
            from = Math.min(from, start);
            to = Math.max(to, start + r);
        }
        return to > from ? new int[] {from, to} : null;
    }

    /** Where a position that marks the code point at {@code offset} (a sync point) is after the edit. */
    public static int followPoint(int offset, int start, int end, int r) {
        return offset < start ? offset : offset < end ? start : offset + r - (end - start);
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
