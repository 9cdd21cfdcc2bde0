package org.attune.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.attune.coding.Withdrawal;
import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Memo;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.attributes.Attributes;
import org.attune.model.text.Marks;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random projects (several cases; transcripts of one participant and shared ones, turns of each speaker linked to their
 * case or to none; codings over one turn or several; memos about cases, sources and codings; attribute values), each
 * with one participant withdrawn, checked against a simple model of what is theirs: exactly their things go, everything
 * else stays with the same words coded, and after the project is closed (the store rewritten) and opened again none of
 * their names is in any file of the store.
 */
class WithdrawalPropertyTest {
    private static final OpenOptions OPEN = OpenOptions.of("withdrawal test").withBackups(false);

    /** One turn of the model: who speaks (case index, -1 for nobody's), its unique word. */
    private record TurnModel(int speaker, String word) {
    }

    /** A coding of the model: over turns [first, last] of a source, by its note. */
    private record CodingModel(int source, int first, int last, String note) {
    }

    @Test
    void exactlyTheParticipantsThingsGo(@TempDir Path tmp) throws Exception {
        long seed = Long.getLong("attune.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int round = 0; round < 12; round++) {
            check(tmp.resolve("p" + round), new Random(random.nextLong()), "seed " + seed + ", round " + round);
        }
    }

    private static void check(Path folder, Random random, String context) throws Exception {
        int caseCount = 2 + random.nextInt(4);
        int sourceCount = 2 + random.nextInt(5);
        List<String> names = new ArrayList<>();
        for (int c = 0; c < caseCount; c++) {
            names.add("Qzparticipant" + c + "x" + random.nextInt(1000));
        }
        List<List<TurnModel>> model = new ArrayList<>();
        List<CodingModel> codingModels = new ArrayList<>();
        AttuneFactory f = AttuneFactory.eINSTANCE;
        int withdrawn = random.nextInt(caseCount);
        Set<Integer> own = new TreeSet<>();
        Map<String, List<String>> keptWords = new TreeMap<>(); // a kept coding's note -> the turn words it still covers
        Set<String> goneMemos = new TreeSet<>();
        try (ProjectStore store = ProjectStore.create(folder, "Withdrawal", OPEN)) {
            Code code = f.createCode();
            code.setName("Theme");
            List<Case> cases = new ArrayList<>();
            names.forEach(n -> {
                Case c = f.createCase();
                c.setName(n);
                cases.add(c);
            });
            List<TextSource> sources = new ArrayList<>();
            List<Memo> memos = new ArrayList<>();
            store.apply("build", () -> {
                store.project().getCodes().add(code);
                store.project().getCases().addAll(cases);
                for (int s = 0; s < sourceCount; s++) {
                    boolean shared = random.nextBoolean();
                    int owner = random.nextInt(caseCount);
                    List<TurnModel> turns = new ArrayList<>();
                    int turnCount = 1 + random.nextInt(6);
                    for (int t = 0; t < turnCount; t++) {
                        int speaker = random.nextInt(5) == 0 ? -1 : shared ? random.nextInt(caseCount) : owner;
                        turns.add(new TurnModel(speaker, "w" + s + "y" + t + "v"));
                    }
                    model.add(turns);
                    TextSource text = f.createTextSource();
                    text.setName("Source " + s + " of " + (shared ? "several" : names.get(owner)));
                    StringBuilder body = new StringBuilder();
                    for (int t = 0; t < turns.size(); t++) {
                        SpeakerTurn turn = f.createSpeakerTurn();
                        turn.setSpeaker(turns.get(t).speaker() < 0 ? "Interviewer" : names.get(turns.get(t).speaker()));
                        turn.setStart(body.length());
                        body.append(turns.get(t).word()).append(" said something");
                        turn.setEnd(body.length());
                        if (turns.get(t).speaker() >= 0) {
                            turn.setCase(cases.get(turns.get(t).speaker()));
                            if (!cases.get(turns.get(t).speaker()).getSources().contains(text)) {
                                cases.get(turns.get(t).speaker()).getSources().add(text);
                            }
                        }
                        text.getTurns().add(turn);
                        if (t < turns.size() - 1) {
                            body.append("\n\n");
                        }
                    }
                    if (!shared && !cases.get(owner).getSources().contains(text)) {
                        cases.get(owner).getSources().add(text);
                    }
                    text.setLength(body.length());
                    store.stageText(text, body.toString());
                    store.project().getSources().add(text);
                    sources.add(text);
                    int codingCount = random.nextInt(4);
                    for (int k = 0; k < codingCount; k++) {
                        int first = random.nextInt(turns.size());
                        int last = Math.min(turns.size() - 1, first + random.nextInt(2));
                        CodingModel cm = new CodingModel(s, first, last, "note" + s + "n" + k);
                        Coding coding = f.createCoding();
                        coding.setCode(code);
                        coding.setNote(cm.note());
                        coding.setSelection(Marks.text(text.getTurns().get(first).getStart(), text.getTurns().get(last).getEnd()));
                        text.getCodings().add(coding);
                        codingModels.add(cm);
                    }
                }
                for (int m = 0; m < 3; m++) {
                    Memo memo = f.createMemo();
                    memo.setTitle("Memo " + m);
                    memo.setText("about");
                    switch (random.nextInt(3)) {
                        case 0 -> memo.getAbout().add(cases.get(random.nextInt(caseCount)));
                        case 1 -> memo.getAbout().add(sources.get(random.nextInt(sourceCount)));
                        default -> memo.getAbout().addAll(List.of(cases.get(random.nextInt(caseCount)), sources.get(random.nextInt(sourceCount))));
                    }
                    memos.add(memo);
                }
                store.project().getMemos().addAll(memos);
                for (Case c : cases) {
                    Attributes.set(store.project(), c, "Area", "Area of " + c.getName());
                }
            });

            // the model: a source is theirs alone when every linked turn is theirs and no other case has it
            Case leaving = cases.get(withdrawn);
            for (int s = 0; s < sourceCount; s++) {
                TextSource text = sources.get(s);
                boolean others = text.getCases().stream().anyMatch(c -> c != leaving)
                        || model.get(s).stream().anyMatch(t -> t.speaker() >= 0 && t.speaker() != withdrawn);
                if (text.getCases().contains(leaving) && !others) {
                    own.add(s);
                }
            }
            Set<String> goneNotes = new TreeSet<>();
            for (CodingModel cm : codingModels) {
                if (own.contains(cm.source())) {
                    goneNotes.add(cm.note());
                    continue;
                }
                List<String> words = new ArrayList<>();
                for (int t = cm.first(); t <= cm.last(); t++) {
                    if (model.get(cm.source()).get(t).speaker() != withdrawn) {
                        words.add(model.get(cm.source()).get(t).word());
                    }
                }
                if (words.isEmpty()) {
                    goneNotes.add(cm.note());
                } else {
                    keptWords.put(cm.note(), words);
                }
            }
            for (Memo memo : memos) {
                boolean allGo = memo.getAbout().stream().allMatch(e -> e == leaving
                        || e instanceof TextSource t && own.contains(sources.indexOf(t)));
                if (allGo) {
                    goneMemos.add(memo.getTitle());
                }
            }

            Withdrawal withdrawal = new Withdrawal(store);
            Withdrawal.Plan plan = withdrawal.plan(leaving);
            assertEquals(own.stream().map(s -> sources.get(s).getName()).toList(),
                    plan.sources().stream().map(org.attune.model.Source::getName).toList(), context + ": their own sources");
            assertEquals(goneNotes, new TreeSet<>(plan.codings().stream().map(Coding::getNote).toList()), context + ": their codings");
            assertEquals(goneMemos, new TreeSet<>(plan.memos().stream().map(Memo::getTitle).toList()), context + ": memos about them");
            long theirTurns = 0;
            for (int s = 0; s < sourceCount; s++) {
                if (!own.contains(s)) {
                    theirTurns += model.get(s).stream().filter(t -> t.speaker() == withdrawn).count();
                }
            }
            assertEquals(theirTurns, plan.turns().size(), context + ": their turns in shared sources");
            withdrawal.remove(plan);
            assertFalse(store.editingDomain().getCommandStack().canUndo(), context + ": no undo");
        }
        assertEquals(List.of(), org.attune.testsupport.FileScan.holding(folder.resolve(ProjectStore.STORE_DIR), names.get(withdrawn)),
                context + ": their name is in no file of the rewritten store");

        try (ProjectStore store = ProjectStore.open(folder, OPEN)) {
            List<String> left = store.project().getCases().stream().map(Case::getName).toList();
            List<String> expected = new ArrayList<>(names);
            expected.remove(withdrawn);
            assertEquals(expected, left, context);
            for (Case c : store.project().getCases()) {
                assertEquals("Area of " + c.getName(), org.attune.coding.CodedSegments.valueOf(c, "Area"), context);
            }
            Map<String, String> coded = new HashMap<>();
            int sourcesLeft = 0;
            for (var source : store.project().getSources()) {
                TextSource text = (TextSource) source;
                store.load(text);
                sourcesLeft++;
                String body = store.text(text);
                int s = Integer.parseInt(text.getName().split(" ")[1]);
                for (TurnModel turn : model.get(s)) {
                    assertEquals(turn.speaker() != withdrawn, body.contains(turn.word()), context + ": " + turn + " in " + body);
                }
                assertEquals(model.get(s).stream().filter(t -> t.speaker() != withdrawn).count(), text.getTurns().size(), context);
                for (SpeakerTurn turn : text.getTurns()) {
                    assertTrue(body.codePoints().skip(turn.getStart()).limit(turn.getEnd() - turn.getStart())
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                            .endsWith(" said something"), context + ": turns follow the text");
                }
                for (Coding coding : text.getCodings()) {
                    TextSelection sel = (TextSelection) coding.getSelection();
                    coded.put(coding.getNote(), body.substring(sel.getStart(), sel.getEnd()));
                }
            }
            assertEquals(sourceCount - own.size(), sourcesLeft, context);
            assertEquals(keptWords.keySet(), coded.keySet(), context + ": the codings that stay");
            keptWords.forEach((note, words) -> {
                for (String w : words) {
                    assertTrue(coded.get(note).contains(w), context + ": " + note + " still codes " + w + ": " + coded.get(note));
                }
            });
            Set<String> memosLeft = new TreeSet<>(store.project().getMemos().stream().map(Memo::getTitle).toList());
            Set<String> all = new TreeSet<>(List.of("Memo 0", "Memo 1", "Memo 2"));
            all.removeAll(goneMemos);
            assertEquals(all, memosLeft, context);
            assertTrue(store.audit().get(0).summary().startsWith(Withdrawal.SUMMARY), context);
            assertTrue(store.audit().stream().noneMatch(e -> e.toString().contains(names.get(withdrawn))), context);
        }
    }
}
