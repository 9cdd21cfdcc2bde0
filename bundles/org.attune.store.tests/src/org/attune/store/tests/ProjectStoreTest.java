package org.attune.store.tests;

import static org.attune.store.tests.StoreFixtures.F;
import static org.attune.store.tests.StoreFixtures.addCode;
import static org.attune.store.tests.StoreFixtures.addCoding;
import static org.attune.store.tests.StoreFixtures.addTranscript;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.model.AnalyticLevel;
import org.attune.model.AttunePackage;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Memo;
import org.attune.model.MemoKind;
import org.attune.model.Project;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.ScaleItem;
import org.attune.model.ScaleLevel;
import org.attune.model.ScaleSubItem;
import org.attune.model.Score;
import org.attune.model.ScoreState;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.VideoSource;
import org.attune.model.text.Marks;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.ProjectSummary;
import org.attune.store.StoreException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Xodus store through its public face: what is committed is what a reopened project holds. */
class ProjectStoreTest {
    private static final OpenOptions OPTIONS = OpenOptions.of("store test").withBackups(false);

    @Test
    void everyKindOfContentSurvivesReopening(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("vig");
        Project original = null;
        try (ProjectStore store = ProjectStore.create(folder, "VIG evaluation", OPTIONS)) {
            Code theme = addCode(store, "Seeing the child anew", AnalyticLevel.CANDIDATE_THEME);
            Code initial = F.createCode();
            initial.setName("Noticing initiatives");
            initial.setDefinition("x".repeat(10_000)); // long text goes to a blob
            store.apply("add sub-code", () -> theme.getChildren().add(initial));
            Case carer = F.createCase();
            carer.setName("Carer 03");
            carer.setRole("carer");
            store.apply("add case", () -> store.project().getCases().add(carer));
            TextSource transcript = addTranscript(store, "Carer 03 interview", "Interviewer: How was it?\nCarer: I saw my son smile.");
            store.apply("link case and turns", () -> {
                transcript.getCases().add(carer);
                SpeakerTurn turn = F.createSpeakerTurn();
                turn.setSpeaker("Carer");
                turn.setStart(25);
                turn.setEnd(52);
                turn.setCase(carer);
                transcript.getTurns().add(turn);
            });
            Coding coding = addCoding(store, transcript, initial, 32, 51);
            store.apply("memo", () -> {
                Memo memo = F.createMemo();
                memo.setTitle("First impressions");
                memo.setText("The smile marks a shift.");
                memo.setKind(MemoKind.CODING);
                memo.getAbout().add(coding);
                store.project().getMemos().add(memo);
            });
            VideoSource video = F.createVideoSource();
            video.setName("Practice recording 1");
            video.setDurationMs(900_000);
            store.apply("add video", () -> store.project().getSources().add(video));
            store.apply("rating", () -> addRating(store, video, carer));
            original = EcoreUtil.copy(store.project());
        }
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            Project reopened = store.project();
            TextSource transcript = (TextSource) reopened.getSources().get(0);
            // A memo is about one of its codings, so reading the memo read this source's codings too.
            store.load(transcript);
            assertEquals(1, transcript.getCodings().size());
            assertEquals("Interviewer: How was it?\nCarer: I saw my son smile.", store.text(transcript));
            assertEquals("Carer 03", transcript.getTurns().get(0).getCase().getName());
            assertTrue(reopened.getCases().get(0).getSources().contains(transcript), "the opposite side is restored");
            Coding coding = transcript.getCodings().get(0);
            assertEquals(32, ((TextSelection) coding.getSelection()).getStart());
            assertEquals(System.getProperty("user.name"), coding.getCreatedBy().getName(), "the current user made it");
            assertNotNull(coding.getCreatedAt());
            assertTrue(reopened.getMemos().get(0).getAbout().contains(coding));
            assertEquals(10_000, reopened.getCodes().get(0).getChildren().get(0).getDefinition().length());
            RatingSheet sheet = reopened.getRatingSheets().get(0);
            Score score = sheet.getScores().get(0);
            assertEquals(4, score.getValue());
            assertEquals(61_000, score.getEvidence().get(0).getStartMs());
            assertEquals("1.1", score.getSubItem().getNumber());
            assertEquals(ScoreState.NOT_APPLICABLE, sheet.getScores().get(1).getState());
            assertTrue(EcoreUtil.equals(original.getCodes(), reopened.getCodes()));
            assertTrue(EcoreUtil.equals(original.getRatingScales(), reopened.getRatingScales()));
            assertTrue(EcoreUtil.equals(original.getRatingSheets(), reopened.getRatingSheets()));
            ProjectSummary summary = store.summary();
            assertEquals(2, summary.sources());
            assertEquals(2, summary.codes());
            assertEquals(1, summary.codings());
            assertEquals(1, summary.memos());
            assertEquals(1, summary.ratingSheets());
        }
    }

    private static void addRating(ProjectStore store, VideoSource video, Case practitioner) {
        RatingScale scale = F.createRatingScale();
        scale.setName("VIG Practice Skills");
        scale.setVersion(1);
        for (int v = 0; v <= 5; v++) {
            ScaleLevel level = F.createScaleLevel();
            level.setValue(v);
            level.setLabel(v == 0 ? "Not at all" : v == 5 ? "To a very great extent" : "Level " + v);
            scale.getLevels().add(level);
        }
        ScaleItem item = F.createScaleItem();
        item.setNumber("1");
        item.setTitle("Being attentive");
        for (String n : List.of("1.1", "1.2")) {
            ScaleSubItem sub = F.createScaleSubItem();
            sub.setNumber(n);
            sub.setAllowNotApplicable(true);
            item.getSubItems().add(sub);
        }
        scale.getItems().add(item);
        store.project().getRatingScales().add(scale);
        RatingSheet sheet = F.createRatingSheet();
        sheet.setScale(scale);
        sheet.setRecording(video);
        sheet.setPractitioner(practitioner);
        sheet.setCondition("VIG shared review");
        Score scored = F.createScore();
        scored.setSubItem(item.getSubItems().get(0));
        scored.setState(ScoreState.VALUE);
        scored.setValue(4);
        scored.getEvidence().add(Marks.time(61_000, 75_500));
        Score notApplicable = F.createScore();
        notApplicable.setSubItem(item.getSubItems().get(1));
        notApplicable.setState(ScoreState.NOT_APPLICABLE);
        sheet.getScores().add(scored);
        sheet.getScores().add(notApplicable);
        store.project().getRatingSheets().add(sheet);
    }

    @Test
    void undoAndRedoAreCommittedLikeAnyAction(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Undo", OPTIONS)) {
            Code code = addCode(store, "Attunement", AnalyticLevel.OPEN);
            store.execute(SetCommand.create(store.editingDomain(), code, AttunePackage.Literals.CODE__NAME, "Attuned responses"));
            store.undo(); // back to "Attunement"
        }
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals("Attunement", store.project().getCodes().get(0).getName());
            store.execute(SetCommand.create(store.editingDomain(), store.project().getCodes().get(0),
                    AttunePackage.Literals.CODE__LEVEL, AnalyticLevel.AXIAL));
            store.undo();
            store.redo();
        }
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals(AnalyticLevel.AXIAL, store.project().getCodes().get(0).getLevel());
            store.undo(); // nothing to undo in a new session: the stack starts empty
            assertEquals(AnalyticLevel.AXIAL, store.project().getCodes().get(0).getLevel());
        }
    }

    @Test
    void aFailingActionReachesTheCallerAndLeavesNothingBehind(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Failing", OPTIONS)) {
            Code code = addCode(store, "Attunement", AnalyticLevel.OPEN);
            IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> store.apply("half an action", () -> {
                        code.setName("Half renamed");
                        store.project().getCodes().add(org.attune.model.AttuneFactory.eINSTANCE.createCode());
                        throw new IllegalStateException("the second half failed");
                    }));
            assertEquals("the second half failed", thrown.getMessage());
            assertEquals("Attunement", code.getName(), "what the action did before it failed is taken back in memory");
            assertEquals(1, store.project().getCodes().size());
            store.undo(); // undoes the code's creation: the failed action left no entry on the stack
            assertEquals(0, store.project().getCodes().size());
            store.redo();
        }
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals("Attunement", store.project().getCodes().get(0).getName(), "nothing of the failed action was written");
            assertEquals(1, store.project().getCodes().size());
        }
    }

    @Test
    void removingASourceRemovesItsUnreadCodingsAndUndoBringsThemBack(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Remove", OPTIONS)) {
            Code code = addCode(store, "Routine", AnalyticLevel.OPEN);
            TextSource source = addTranscript(store, "Diary", "Morning routine was calm today.");
            addCoding(store, source, code, 0, 15);
            addCoding(store, source, code, 8, 30);
        }
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            TextSource source = (TextSource) store.project().getSources().get(0);
            assertTrue(source.getCodings().isEmpty(), "codings are read only when first needed");
            assertEquals(2, store.summary().codings());
            store.execute(org.eclipse.emf.edit.command.RemoveCommand.create(store.editingDomain(), store.project(),
                    AttunePackage.Literals.PROJECT__SOURCES, source));
            assertEquals(0, store.summary().codings(), "no coding may be left without its source");
            assertEquals(0, store.summary().sources());
            store.undo();
            assertEquals(2, store.summary().codings());
            assertEquals("Morning routine was calm today.", store.text(source));
        }
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            TextSource source = (TextSource) store.project().getSources().get(0);
            store.load(source);
            assertEquals(2, source.getCodings().size());
            assertEquals("Morning routine was calm today.", store.text(source));
        }
    }

    @Test
    void codeOrderIsKeptWhenCodesAreMoved(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Order", OPTIONS)) {
            for (String name : List.of("A", "B", "C", "D")) {
                addCode(store, name, AnalyticLevel.INITIAL_CODE);
            }
            store.apply("move D first", () -> store.project().getCodes().move(0, 3));
            Code b = store.project().getCodes().get(2);
            Code c = store.project().getCodes().get(3);
            store.apply("nest C under B", () -> b.getChildren().add(c));
        }
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals(List.of("D", "A", "B"), store.project().getCodes().stream().map(Code::getName).toList());
            assertEquals("C", store.project().getCodes().get(2).getChildren().get(0).getName());
        }
    }

    /**
     * A commit renumbers a list only from the first index its changes can have shifted; every kind of list change
     * (insert, append, remove, remove several, move, replace, undo and redo of each) must still leave the stored
     * order equal to the order in memory.
     */
    @Test
    void codeOrderSurvivesEveryKindOfListChange(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        java.util.Random random = new java.util.Random(20261121);
        List<String> expected;
        try (ProjectStore store = ProjectStore.create(folder, "Order", OPTIONS)) {
            for (int i = 0; i < 12; i++) {
                addCode(store, "c" + i, AnalyticLevel.INITIAL_CODE);
            }
            int made = 12;
            for (int step = 0; step < 80; step++) {
                org.eclipse.emf.common.util.EList<Code> codes = store.project().getCodes();
                int size = codes.size();
                int at = random.nextInt(Math.max(1, size));
                Code fresh = F.createCode();
                fresh.setName("c" + made++);
                fresh.setLevel(AnalyticLevel.INITIAL_CODE);
                switch (random.nextInt(7)) {
                    case 0 -> store.apply("insert", () -> codes.add(Math.min(at, size), fresh));
                    case 1 -> store.apply("append", () -> codes.add(fresh));
                    case 2 -> store.apply("remove", () -> codes.remove(at));
                    case 3 -> store.apply("remove several", () -> codes.removeAll(List.of(codes.get(at), codes.get((at + 3) % size))));
                    case 4 -> store.apply("move", () -> codes.move(random.nextInt(size), at));
                    case 5 -> store.apply("replace", () -> codes.set(at, fresh));
                    default -> {
                        store.undo();
                        if (random.nextBoolean()) {
                            store.redo();
                        }
                    }
                }
                if (store.project().getCodes().size() < 4) {
                    addCode(store, "c" + made++, AnalyticLevel.INITIAL_CODE);
                }
            }
            expected = store.project().getCodes().stream().map(Code::getName).toList();
        }
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals(expected, store.project().getCodes().stream().map(Code::getName).toList());
        }
    }

    @Test
    void createRefusesANonEmptyFolderAndOpenRefusesAnythingButAProject(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "a researcher's file");
        StoreException notEmpty = assertThrows(StoreException.class, () -> ProjectStore.create(tmp, "P", OPTIONS));
        assertTrue(notEmpty.getMessage().startsWith(tmp.toString()) && notEmpty.getMessage().contains("not empty"));
        assertEquals("a researcher's file", Files.readString(tmp.resolve("notes.txt")), "nothing may be touched");
        StoreException notProject = assertThrows(StoreException.class, () -> ProjectStore.open(tmp, OPTIONS));
        assertTrue(notProject.getMessage().contains("not an Attune project"), notProject.getMessage());
        assertThrows(StoreException.class, () -> ProjectStore.create(tmp.resolve("x"), " ", OPTIONS));
    }

    @Test
    void rollingBackupIsMadeAndCanBeRestored(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Backed up", OPTIONS)) {
            addCode(store, "Before the backup", AnalyticLevel.OPEN);
        }
        String backup;
        try (ProjectStore store = ProjectStore.open(folder, OpenOptions.of("store test"))) {
            store.close(); // waits for the background backup
            backup = store.backups().get(0).name();
        }
        assertTrue(backup.startsWith("store-"), backup);
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            addCode(store, "After the backup", AnalyticLevel.OPEN);
        }
        ProjectStore.restore(folder, backup, "store test");
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals(List.of("Before the backup"), store.project().getCodes().stream().map(Code::getName).toList());
        }
        assertFalse(ProjectStore.backups(folder).isEmpty());
    }
}
