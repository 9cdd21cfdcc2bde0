package org.attune.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.attune.coding.Codebook;
import org.attune.coding.Coder;
import org.attune.coding.Memos;
import org.attune.coding.TextEdits;
import org.attune.core.TimeCodes;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Memo;
import org.attune.model.SpeakerTurn;
import org.attune.model.SyncPoint;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of random corrections (insertions, deletions, replacements; emoji and other surrogate pairs; edits at
 * coding and turn boundaries; whole turns deleted) of coded transcripts of the sample study, with random undo and
 * redo, each checked against a reference model: every code point has an identity, every coding, turn and sync
 * point owns or marks identities, and the rules of docs/coding.md are applied to identities, not positions (two
 * turns whose line break is deleted become one; a time code typed is a sync point, one deleted or broken takes its
 * sync point with it). After
 * each step the store's text, codings, turns and sync points must be where the model says; after reopening, too.
 */
class TextEditPropertyTest {
    private static final OpenOptions OPEN = OpenOptions.of("text edit test").withBackups(false);
    private static final String[] PIECES = {"a", "e", " ", "word", "Dawn", "\n", "😀", "é", "𝄞", "ß", ", ", "waited ", "🇩🇪", "ö", "[00:01:23]", "#00:00:05-2# ",
        "[00:0", "1:23] ", "12:00:00.500"};

    /** The reference model: code points with identities, and what each coding and turn owns. */
    private static final class Model {
        final List<Integer> points = new ArrayList<>();
        final List<Integer> ids = new ArrayList<>();
        final Map<Object, Set<Integer>> owned = new LinkedHashMap<>(); // codings and turns, by identity
        final Map<Object, Integer> marks = new LinkedHashMap<>(); // the id a sync point marks; -1: the end
        final Map<Object, Long> times = new HashMap<>(); // each sync point's time
        int nextId;

        Model copy() {
            Model m = new Model();
            m.points.addAll(points);
            m.ids.addAll(ids);
            owned.forEach((k, v) -> m.owned.put(k, new LinkedHashSet<>(v)));
            m.marks.putAll(marks);
            m.times.putAll(times);
            m.nextId = nextId;
            return m;
        }

        String text() {
            StringBuilder b = new StringBuilder();
            points.forEach(b::appendCodePoint);
            return b.toString();
        }

        void apply(int start, int end, String replacement) {
            boolean breakRemoved = points.subList(start, end).contains((int) '\n');
            List<Integer> pointsBefore = breakRemoved ? new ArrayList<>(points) : null;
            Map<Object, int[]> turnsBefore = breakRemoved ? turnPlaces() : null;
            Map<Integer, Long> codesBefore = timeCodes();
            List<Integer> gone = new ArrayList<>(ids.subList(start, end));
            int[] inserted = replacement.codePoints().toArray();
            List<Integer> fresh = new ArrayList<>();
            for (int i = 0; i < inserted.length; i++) {
                fresh.add(nextId++);
            }
            Integer before = start > 0 ? ids.get(start - 1) : null;
            Integer after = end < ids.size() ? ids.get(end) : null;
            // a pure insertion that no turn holds joins the turn starting there, else the one ending there
            Object joining = null;
            if (start == end && !fresh.isEmpty() && owned.entrySet().stream().noneMatch(e -> e.getKey() instanceof SpeakerTurn
                    && before != null && after != null && e.getValue().contains(before) && e.getValue().contains(after))) {
                joining = owned.entrySet().stream().filter(e -> e.getKey() instanceof SpeakerTurn && after != null
                        && e.getValue().contains(after) && (before == null || !e.getValue().contains(before))).map(Map.Entry::getKey)
                        .findFirst().orElse(owned.entrySet().stream().filter(e -> e.getKey() instanceof SpeakerTurn && before != null
                                && e.getValue().contains(before) && (after == null || !e.getValue().contains(after)))
                                .map(Map.Entry::getKey).findFirst().orElse(null));
            }
            for (Map.Entry<Object, Set<Integer>> entry : owned.entrySet()) {
                Set<Integer> set = entry.getValue();
                boolean takesNew = start < end ? gone.stream().anyMatch(set::contains)
                        : entry.getKey() == joining || before != null && after != null && set.contains(before) && set.contains(after);
                set.removeAll(gone);
                if (takesNew) {
                    set.addAll(fresh);
                }
            }
            for (int i = end - 1; i >= start; i--) {
                points.remove(i);
                ids.remove(i);
            }
            for (int i = 0; i < inserted.length; i++) {
                points.add(start + i, inserted[i]);
                ids.add(start + i, fresh.get(i));
            }
            // a time code deleted or broken takes its sync point with it, one typed makes one
            Map<Integer, Long> codesAfter = timeCodes();
            codesBefore.forEach((id, ms) -> {
                if (!ms.equals(codesAfter.get(id))) {
                    marks.keySet().removeIf(p -> marks.get(p).equals(id) && Math.abs(times.get(p) - ms) < 1000);
                }
            });
            codesAfter.forEach((id, ms) -> {
                if (!ms.equals(codesBefore.get(id))) {
                    Object typed = new Object();
                    marks.put(typed, id);
                    times.put(typed, ms);
                }
            });
            Set<Integer> goneSet = Set.copyOf(gone);
            marks.replaceAll((p, id) -> goneSet.contains(id) ? (start < ids.size() ? ids.get(start) : -1) : id);
            owned.values().removeIf(Set::isEmpty);
            if (breakRemoved) {
                joinLines(pointsBefore, turnsBefore);
            }
        }

        /** Turns on separate lines before the edit and on one line after it are one turn of the first speaker. */
        private void joinLines(List<Integer> pointsBefore, Map<Object, int[]> turnsBefore) {
            Map<Object, int[]> after = turnPlaces();
            List<Object> kept = after.keySet().stream().sorted(Comparator.comparingInt(t -> after.get(t)[0])).toList();
            Object head = null;
            for (int i = 1; i < kept.size(); i++) {
                int[] a = after.get(kept.get(i - 1));
                int[] b = after.get(kept.get(i));
                int[] oldA = turnsBefore.get(kept.get(i - 1));
                int[] oldB = turnsBefore.get(kept.get(i));
                boolean apartBefore = oldA[1] <= oldB[0] && pointsBefore.subList(oldA[1], oldB[0]).contains((int) '\n');
                boolean apartAfter = a[1] > b[0] || points.subList(a[1], b[0]).contains((int) '\n');
                head = apartBefore && !apartAfter ? head == null ? kept.get(i - 1) : head : null;
                if (head != null) {
                    owned.get(head).addAll(ids.subList(a[1], b[1]));
                    owned.remove(kept.get(i));
                }
            }
        }

        /** The time codes in the text, as import reads them: the identity of each one's first code point, and its time. */
        Map<Integer, Long> timeCodes() {
            Map<Integer, Long> codes = new HashMap<>();
            String text = text();
            for (TimeCodes.Mark mark : TimeCodes.find(text)) {
                codes.put(ids.get(mark.offset()), mark.timeMs());
            }
            return codes;
        }

        /** Where each turn's identities lie: [first, last + 1). */
        private Map<Object, int[]> turnPlaces() {
            Map<Integer, Integer> index = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                index.put(ids.get(i), i);
            }
            Map<Object, int[]> places = new LinkedHashMap<>();
            owned.forEach((owner, set) -> {
                if (owner instanceof SpeakerTurn) {
                    places.put(owner, new int[] {set.stream().mapToInt(index::get).min().orElseThrow(),
                            set.stream().mapToInt(index::get).max().orElseThrow() + 1});
                }
            });
            return places;
        }

        /** Where an owner's identities are: [first, end), after checking that they are one stretch. */
        int[] stretch(Object owner) {
            Set<Integer> set = owned.get(owner);
            int first = -1;
            int last = -1;
            for (int i = 0; i < ids.size(); i++) {
                if (set.contains(ids.get(i))) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            assertEquals(set.size(), last - first + 1, "the model keeps every coding one stretch");
            return new int[] {first, last + 1};
        }

        int offset(Object point) {
            int id = marks.get(point);
            return id < 0 ? ids.size() : ids.indexOf(id);
        }
    }

    @Test
    void codingsTurnsAndSyncPointsFollowThousandsOfRandomEdits(@TempDir Path tmp) throws Exception {
        long seed = Long.getLong("attune.seed", System.nanoTime());
        Random random = new Random(seed);
        Path folder = tmp.resolve("sample");
        Map<String, Model> finals = new HashMap<>();
        Map<String, String> coderOf = new HashMap<>();
        String memoTitle = "About a coding";
        String memoCoding;
        try (ProjectStore store = SampleProject.create(folder, OPEN)) {
            List<TextSource> sources = store.project().getSources().stream().filter(TextSource.class::isInstance)
                    .map(TextSource.class::cast).filter(s -> s.getName().startsWith("G01") || s.getName().startsWith("P01")).toList();
            assertEquals(2, sources.size(), "an interview and the time-coded practice transcript");
            TextSource timed = sources.stream().filter(s -> s.getName().startsWith("P01")).findFirst().orElseThrow();
            store.load(timed);
            assertFalse(timed.getSyncPoints().isEmpty(), "control: the practice transcript has time codes");
            List<Code> codes = new Codebook(store).all();
            for (TextSource source : sources) {
                store.load(source);
                for (String coder : List.of("Ava", "Bo")) { // two coders code at random, on top of the sample's codings
                    store.setCurrentUser(coder);
                    for (int i = 0; i < 12; i++) {
                        int start = random.nextInt(source.getLength() - 1);
                        int end = start + 1 + random.nextInt(Math.min(80, source.getLength() - start));
                        new Coder(store).code(source, start, end, codes.get(random.nextInt(codes.size())));
                    }
                }
            }
            Coding anchored = sources.get(0).getCodings().get(0);
            memoCoding = anchored.getId();
            new Memos(store).create(memoTitle, "a memo anchored on a coding", List.of(anchored));
            TextEdits edits = new TextEdits(store);
            int steps = Integer.getInteger("attune.textEditSteps", 1500);
            for (TextSource source : sources) {
                Model model = modelOf(store, source);
                List<Model> undo = new ArrayList<>();
                List<Model> redo = new ArrayList<>();
                for (int step = 0; step < steps; step++) {
                    String at = "seed " + seed + ", " + source.getName() + ", step " + step;
                    int choice = random.nextInt(10);
                    if (choice == 0 && !undo.isEmpty()) {
                        store.undo();
                        redo.add(model);
                        model = undo.remove(undo.size() - 1);
                        at += " (undo)";
                    } else if (choice == 1 && !redo.isEmpty()) {
                        store.redo();
                        undo.add(model);
                        model = redo.remove(redo.size() - 1);
                        at += " (redo)";
                    } else {
                        int[] edit = randomEdit(random, store, source, model);
                        String replacement = randomText(random);
                        if (edit[0] == edit[1] && replacement.isEmpty()
                                || model.text().codePoints().skip(edit[0]).limit(edit[1] - edit[0]).collect(StringBuilder::new,
                                        StringBuilder::appendCodePoint, StringBuilder::append).toString().equals(replacement)) {
                            continue; // no change: no action
                        }
                        Model next = model.copy();
                        next.apply(edit[0], edit[1], replacement);
                        edits.edit(source, edit[0], edit[1], replacement);
                        undo.add(model);
                        redo.clear();
                        model = next;
                        at += " (edit [" + edit[0] + ", " + edit[1] + ") -> " + replacement.replace("\n", "\\n") + ")";
                    }
                    check(store, source, model, at);
                }
                finals.put(source.getId(), model);
                source.getCodings().forEach(c -> coderOf.put(c.getId(), c.getCreatedBy().getName()));
            }
        }
        try (ProjectStore store = ProjectStore.open(folder, OPEN)) { // what was committed is what the model says
            for (var entry : finals.entrySet()) {
                TextSource source = (TextSource) store.project().getSources().stream().filter(s -> s.getId().equals(entry.getKey()))
                        .findFirst().orElseThrow();
                store.load(source);
                Model model = entry.getValue();
                assertEquals(model.text(), store.text(source), "reopened: " + source.getName());
                assertEquals(model.points.size(), source.getLength());
                Map<String, int[]> expected = new HashMap<>();
                model.owned.forEach((owner, ids) -> {
                    if (owner instanceof Coding c) {
                        expected.put(c.getId(), model.stretch(c));
                    }
                });
                assertEquals(expected.size(), source.getCodings().size(), "reopened: codings of " + source.getName());
                for (Coding coding : source.getCodings()) {
                    int[] where = expected.get(coding.getId());
                    assertNotNull(where, "reopened: a coding the model removed is back");
                    TextSelection s = (TextSelection) coding.getSelection();
                    assertEquals(where[0] + "-" + where[1], s.getStart() + "-" + s.getEnd(), "reopened: " + coding.getId());
                    assertEquals(coderOf.get(coding.getId()), coding.getCreatedBy().getName(), "the coder is kept");
                }
            }
            Memo memo = store.project().getMemos().stream().filter(m -> m.getTitle().equals(memoTitle)).findFirst().orElseThrow();
            boolean alive = store.project().getSources().stream().filter(TextSource.class::isInstance).peek(store::load)
                    .flatMap(s -> s.getCodings().stream()).anyMatch(c -> c.getId().equals(memoCoding));
            if (alive) {
                assertEquals(memoCoding, ((Coding) memo.getAbout().get(0)).getId(), "the memo is still about its coding");
            }
        }
    }

    private static Model modelOf(ProjectStore store, TextSource source) {
        Model model = new Model();
        store.text(source).codePoints().forEach(p -> {
            model.points.add(p);
            model.ids.add(model.nextId++);
        });
        for (Coding coding : source.getCodings()) {
            if (coding.getSelection() instanceof TextSelection s) {
                model.owned.put(coding, new LinkedHashSet<>(model.ids.subList(s.getStart(), s.getEnd())));
            }
        }
        for (SpeakerTurn turn : source.getTurns()) {
            if (turn.getEnd() > turn.getStart()) {
                model.owned.put(turn, new LinkedHashSet<>(model.ids.subList(turn.getStart(), turn.getEnd())));
            }
        }
        for (SyncPoint point : source.getSyncPoints()) {
            model.marks.put(point, point.getOffset() < model.ids.size() ? model.ids.get(point.getOffset()) : -1);
            model.times.put(point, point.getTimeMs());
        }
        return model;
    }

    /** An edit at random, often at a coding's or turn's boundary, sometimes a whole turn deleted. */
    private static int[] randomEdit(Random random, ProjectStore store, TextSource source, Model model) {
        int length = model.points.size();
        int kind = random.nextInt(10);
        if (kind == 0 && !source.getTurns().isEmpty()) {
            SpeakerTurn turn = source.getTurns().get(random.nextInt(source.getTurns().size()));
            return new int[] {turn.getStart(), turn.getEnd()};
        }
        if (kind == 1 && source.getTurns().size() > 1) { // the line break(s) between two turns, or more or less of it
            int i = random.nextInt(source.getTurns().size() - 1);
            int from = source.getTurns().get(i).getEnd() - random.nextInt(3);
            int to = source.getTurns().get(i + 1).getStart() + random.nextInt(3);
            return new int[] {Math.max(0, Math.min(from, to)), Math.min(length, Math.max(from, to))};
        }
        int start;
        if (kind < 5 && !source.getCodings().isEmpty()) {
            Coding coding = source.getCodings().get(random.nextInt(source.getCodings().size()));
            TextSelection s = (TextSelection) coding.getSelection();
            start = random.nextBoolean() ? s.getStart() : s.getEnd();
            start = Math.max(0, Math.min(length, start - (random.nextInt(3) == 0 ? random.nextInt(3) : 0)));
        } else {
            start = random.nextInt(length + 1);
        }
        int removed = random.nextInt(3) == 0 ? 0 : random.nextInt(random.nextInt(8) == 0 ? 60 : 6);
        return new int[] {start, Math.min(length, start + removed)};
    }

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int pieces = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < pieces; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static void check(ProjectStore store, TextSource source, Model model, String at) {
        assertEquals(model.text(), store.text(source), at);
        assertEquals(model.points.size(), source.getLength(), at);
        int codings = 0;
        int turns = 0;
        for (Object owner : model.owned.keySet()) {
            int[] where = model.stretch(owner);
            if (owner instanceof Coding coding) {
                codings++;
                assertTrue(source.getCodings().contains(coding), at + ": a coding that still holds words is gone");
                TextSelection s = (TextSelection) coding.getSelection();
                assertEquals(where[0] + "-" + where[1], s.getStart() + "-" + s.getEnd(), at + ": coding " + coding.getCode().getName());
            } else {
                SpeakerTurn turn = (SpeakerTurn) owner;
                turns++;
                assertTrue(source.getTurns().contains(turn), at + ": a turn that still holds words is gone");
                assertEquals(where[0] + "-" + where[1], turn.getStart() + "-" + turn.getEnd(), at + ": turn of " + turn.getSpeaker());
            }
        }
        assertEquals(codings, source.getCodings().size(), at + ": codings left");
        assertEquals(turns, source.getTurns().stream().filter(t -> t.getEnd() > t.getStart()).count(), at + ": turns left");
        List<String> expected = model.marks.keySet().stream().map(p -> model.offset(p) + "@" + model.times.get(p)).sorted().toList();
        List<String> actual = source.getSyncPoints().stream().map(p -> p.getOffset() + "@" + p.getTimeMs()).sorted().toList();
        assertEquals(expected, actual, at + ": sync points (offset@ms)");
    }
}
