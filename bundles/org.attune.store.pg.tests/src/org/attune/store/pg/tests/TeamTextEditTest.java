package org.attune.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.attune.coding.TextEdits;
import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.text.Marks;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.pg.OpenedProject;
import org.attune.store.pg.ProjectStores;
import org.attune.store.pg.StaleDataException;
import org.attune.store.pg.TeamProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Corrections of a transcript in a team project, as the workbench makes them (each action saved as it is done, others'
 * actions brought in when the model thread runs them): the text and its codings move together on the server in one
 * action; a second coder's edit of the same transcript, or her coding placed in the text she read before the first's
 * edit, is refused and she then sees the first's text and codings; undo puts the text back on the server.
 */
class TeamTextEditTest {
    private static final OpenOptions OPTIONS = OpenOptions.of("team text test");
    private static final String TEXT = "Mother smiles at the child. The child looks up.";
    private final ConcurrentLinkedQueue<Runnable> toA = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Runnable> toB = new ConcurrentLinkedQueue<>();

    private String url;
    private OpenedProject a;
    private OpenedProject b;

    /** Two clients (a, b) of a new team project with a coded transcript. */
    @BeforeEach
    void twoClientsOfACodedTranscript() throws Exception {
        url = projectWithACodedTranscript();
        a = ProjectStores.open(url, OPTIONS, true, toA::add);
        b = ProjectStores.open(url, OPTIONS, true, toB::add);
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    private static String projectWithACodedTranscript() throws Exception {
        String url = TeamDatabases.newProject("texts", "Texts");
        try (OpenedProject first = ProjectStores.open(url, OPTIONS, true)) {
            ProjectStore store = first.store();
            Code warmth = AttuneFactory.eINSTANCE.createCode();
            warmth.setName("Warmth");
            TextSource transcript = AttuneFactory.eINSTANCE.createTextSource();
            transcript.setName("Session 1");
            transcript.setLength(TEXT.length());
            store.stageText(transcript, TEXT);
            store.apply("add", () -> {
                store.project().getCodes().add(warmth);
                store.project().getSources().add(transcript);
            });
            store.load(transcript);
            store.apply("code", () -> transcript.getCodings().add(Marks.coding(warmth, Marks.text(7, 13)))); // "smiles"
            first.save("a coded transcript");
        }
        return url;
    }

    @Test
    void anEditMovesTextAndCodingsOnTheServerAndASecondEditOfTheOldTextIsRefused() throws Exception {
        new TextEdits(a.store()).edit(transcript(a), 0, 6, "The mother");
        a.save("edit by a");
        assertServer(url, "The mother smiles at the child. The child looks up.", List.of(11, 17));

        // b has not taken in a's edit: her edit of the old text is refused, and her copy then shows a's text
        StaleDataException refused = assertThrows(StaleDataException.class, () -> {
            new TextEdits(b.store()).edit(transcript(b), TEXT.indexOf("looks"), TEXT.indexOf("looks") + 5, "glances");
            b.save("edit by b");
        });
        assertTrue(refused.getMessage().contains("\"edit by b\" was not done"), refused.getMessage());
        assertEquals("The mother smiles at the child. The child looks up.", b.store().text(transcript(b)));
        assertEquals(List.of(11, 17), places(transcript(b)), "b's copy shows a's codings in a's text");
        assertFalse(b.store().editingDomain().getCommandStack().canUndo(), "the refused edit left b's history");

        // now on the text she sees, b's edit goes through, and a sees it when her model thread runs
        String now = b.store().text(transcript(b));
        new TextEdits(b.store()).edit(transcript(b), now.indexOf("looks"), now.indexOf("looks") + 5, "glances");
        b.save("edit by b again");
        assertServer(url, "The mother smiles at the child. The child glances up.", List.of(11, 17));
        drain(toA);
        assertEquals("The mother smiles at the child. The child glances up.", a.store().text(transcript(a)));
    }

    @Test
    void aCodingPlacedInTheTextBeforeAnotherCodersEditIsRefused() throws Exception {
        new TextEdits(a.store()).edit(transcript(a), 0, 0, "Today: ");
        a.save("insert by a");
        TextSource theirs = transcript(b);
        Code code = b.store().project().getCodes().get(0);
        b.store().load(theirs);
        int looks = TEXT.indexOf("looks"); // in the text b read: 7 code points before the word now
        b.store().apply("code looks", () -> theirs.getCodings().add(Marks.coding(code, Marks.text(looks, looks + 5))));
        assertThrows(StaleDataException.class, () -> b.save("code looks"));
        assertEquals(List.of(14, 20), places(theirs), "b's copy shows the codings as the server holds them");
        assertServer(url, "Today: " + TEXT, List.of(14, 20));
    }

    @Test
    void undoOfAnEditPutsTheTextAndCodingsBackOnTheServer() throws Exception {
        new TextEdits(a.store()).edit(transcript(a), 0, 13, "Smiling"); // the coded word goes with the deletion's end
        a.save("edit by a");
        assertServer(url, "Smiling at the child. The child looks up.", List.of(0, 7));
        a.store().undo();
        a.save("Undo: edit by a");
        assertServer(url, TEXT, List.of(7, 13));
        drain(toB);
        assertEquals(TEXT, b.store().text(transcript(b)));
        assertEquals(List.of(7, 13), places(transcript(b)));
    }

    private static TextSource transcript(OpenedProject opened) {
        TextSource source = (TextSource) opened.store().project().getSources().get(0);
        opened.store().load(source);
        return source;
    }

    private static List<Integer> places(TextSource source) {
        return source.getCodings().stream().map(Coding::getSelection).map(TextSelection.class::cast)
                .flatMap(s -> List.of(s.getStart(), s.getEnd()).stream()).toList();
    }

    /** What a new client reads from the server. */
    private static void assertServer(String url, String text, List<Integer> codingPlaces) throws Exception {
        try (TeamProject fresh = TeamProject.open(url, Runnable::run)) {
            TextSource source = fresh.read(() -> (TextSource) fresh.project().getSources().get(0));
            fresh.load(source);
            assertEquals(text, fresh.text(source));
            assertEquals(text.codePointCount(0, text.length()), fresh.read(source::getLength));
            assertEquals(codingPlaces, fresh.read(() -> places(source)));
        }
    }

    private static void drain(ConcurrentLinkedQueue<Runnable> queue) throws InterruptedException {
        long end = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < end) { // the notification arrives within a second
            for (Runnable r = queue.poll(); r != null; r = queue.poll()) {
                r.run();
            }
            Thread.sleep(50);
        }
    }
}
